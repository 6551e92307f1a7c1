package dev.camelwhatsapp.cloud.flows.endpoint;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;

import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Flow data endpoint needs to start, and that a wrong key is never quoted. */
class FlowDataConsumerStartupTest {

    @Test
    void withoutPrivateKeyItRefusesToStart() {
        assertThatThrownBy(() -> start("flowEndpointPath=/flows&appSecret=s"))
                .hasStackTraceContaining("needs flowPrivateKey");
    }

    @Test
    void withoutAppSecretItRefusesToStart() {
        assertThatThrownBy(() -> start("flowEndpointPath=/flows&flowPrivateKey=classpath:flows/keys/plain-pkcs8.pem"))
                .hasStackTraceContaining("X-Hub-Signature-256 without appSecret");
    }

    @Test
    void keyMaterialThatIsNotPemIsNotQuoted() {
        String notPem = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
        assertThatThrownBy(() -> start("flowEndpointPath=/flows&appSecret=s&flowPrivateKey=RAW(" + notPem + ")"))
                .hasStackTraceContaining("not PEM")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(notPem));
    }

    @Test
    void wrongPassphraseIsNotQuoted() {
        assertThatThrownBy(() -> start("flowEndpointPath=/flows&appSecret=s"
                + "&flowPrivateKey=classpath:flows/keys/des3-pkcs8.pem"
                + "&flowPrivateKeyPassphrase=RAW(guess-1234)"))
                .hasStackTraceContaining("wrong passphrase")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("guess-1234"));
    }

    @Test
    void anEncryptedKeyFromTheClasspathServes() throws Exception {
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:106540352242922?flowEndpointPath=/flows&appSecret=RAW(" + APP_SECRET + ")"
                        + "&flowPrivateKey=classpath:flows/keys/des3-pkcs8.pem"
                        + "&flowPrivateKeyPassphrase=RAW(" + PemPrivateKeysTest.PASSPHRASE + ")")
                        .setBody(constant(FlowDataResponse.screen("NEVER").build()));
            }
        })) {
            byte[] body
                    = "{\"encrypted_flow_data\":\"AA==\",\"encrypted_aes_key\":\"AA==\",\"initial_vector\":\"AA==\"}"
                            .getBytes();
            HttpResponse<String> response = server.post("/flows", body, "Content-Type", "application/json",
                    "X-Hub-Signature-256", signature(APP_SECRET, body));
            assertThat(response.statusCode()).isEqualTo(421);
        }
    }

    private static void start(String options) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whatsapp-cloud:106540352242922?" + options).log("never");
                }
            });
            context.start();
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
