package dev.camelwhatsapp.cloud;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.flow.InMemoryConversationWindowStore;
import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.VERIFY_TOKEN;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a consumer needs to start, what it warns about, and that its secrets show nowhere.
 */
class WebhookConsumerStartupTest {

    @Test
    void consumerWithoutAppSecretRefusesToStart() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whatsapp-cloud:106540352242922?verifyToken=RAW(" + VERIFY_TOKEN + ")").log("never");
                }
            });

            assertThatThrownBy(context::start).hasStackTraceContaining("cannot receive webhooks without appSecret")
                    .hasStackTraceContaining("allowUnsignedWebhooks")
                    .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(VERIFY_TOKEN));
        }
    }

    @Test
    void unsignedWebhooksWhenExplicitlyAllowedWithAWarning() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        LogCapture log = LogCapture.start();
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?allowUnsignedWebhooks=true").process(received);
            }
        })) {
            assertThat(server.post(PATH, fixture("message-text.json"), "Content-Type", "application/json")
                    .statusCode()).isEqualTo(200);
            assertThat(received.count()).isEqualTo(1);
        } finally {
            log.close();
        }
        assertThat(log.warningsAndErrors()).contains("accepts unsigned webhooks");
    }

    @Test
    void engineBodyLimitStopsOversizedBodiesBeforeTheConsumer() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        try (WebhookTestServer server = WebhookTestServer.start(
                main -> main.configure().httpServer().withMaxBodySize(4096), new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(received);
                    }
                })) {
            byte[] big = new byte[100_000];
            Arrays.fill(big, (byte) ' ');

            assertThat(server.post(PATH, big, "Content-Type", "application/json", "X-Hub-Signature-256",
                    WebhookTestServer.signature(APP_SECRET, big)).statusCode()).isEqualTo(413);
            assertThat(server.postSigned(fixture("message-text.json")).statusCode()).isEqualTo(200);
        }
        assertThat(received.count()).isEqualTo(1);
    }

    @Test
    void invalidWebhookPathIsRefused() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("whatsapp-cloud:*?appSecret=s&webhookPath=whatsapp").log("never");
                }
            });

            assertThatThrownBy(context::start).hasStackTraceContaining("webhookPath must start with /");
        }
    }

    @Test
    void secretsAppearNowhere() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        LogCapture log = LogCapture.start();
        String endpoints;
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                // secrets come from properties, never spelled out in a route (Camel logs route definitions)
                from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})"
                        + "&verifyToken=RAW({{whatsapp.webhook-verify-token}})")
                        .process(received).to("log:received?showAll=true");
            }
        })) {
            assertThat(server.postSigned(fixture("message-text.json")).statusCode()).isEqualTo(200);
            assertThat(server.get(PATH + "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=" + VERIFY_TOKEN)
                    .statusCode()).isEqualTo(200);
            assertThat(server.get(PATH + "?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong")
                    .statusCode()).isEqualTo(403);
            endpoints = server.context().getEndpoints().toString();
        } finally {
            log.close();
        }
        assertThat(endpoints).contains("whatsapp-cloud").doesNotContain(APP_SECRET).doesNotContain(VERIFY_TOKEN);
        assertThat(received.all().get(0).headers().toString()).doesNotContain(APP_SECRET).doesNotContain(VERIFY_TOKEN);
        // Camel's own placeholder resolution prints resolved values at DEBUG (for every component); everything
        // else, at any level, must not show them
        String logged = log.text().lines()
                .filter(line -> !line.startsWith("DEBUG org.apache.camel.component.properties.DefaultPropertiesParser")
                        && !line.startsWith("DEBUG org.apache.camel.impl.engine.DefaultCamelContextExtension"))
                .reduce("", (all, line) -> all + line + "\n");
        assertThat(logged).contains("DEBUG dev.camelwhatsapp").contains("received").doesNotContain(APP_SECRET)
                .doesNotContain(VERIFY_TOKEN);
    }

    @Test
    void customConversationWindowStoreIsUsed() throws Exception {
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore(10);
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                bindToRegistry("windows", store);
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&conversationWindowStore=#windows")
                        .log("${body}");
            }
        })) {
            assertThat(server.postSigned(fixture("message-text.json")).statusCode()).isEqualTo(200);
            // the only store in the registry is also what producers of this context use by default
            assertThat(FlowDefaults.conversationWindowStore(server.context())).isSameAs(store);
        }
        assertThat(store.lastInbound("106540352242922", "16505551234")).isPresent();
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
