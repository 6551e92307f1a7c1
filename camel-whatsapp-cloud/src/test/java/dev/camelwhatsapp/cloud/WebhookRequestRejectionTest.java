package dev.camelwhatsapp.cloud;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything unsigned, mis-signed or malformed is refused with the right status before any route runs, quietly
 * (DEBUG only), and the server keeps serving.
 */
class WebhookRequestRejectionTest {

    static final byte[] TEXT = fixture("message-text.json");
    LogCapture log;

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&maxBodySize=65536").process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    @BeforeEach
    void captureLogs() {
        RECEIVED.clear();
        log = LogCapture.start();
    }

    @AfterEach
    void nothingReachedTheRouteAndNothingWasLoudAndTheServerStillServes() {
        assertThat(RECEIVED.count()).as("no refused request reaches the route").isZero();
        log.close();
        assertThat(log.warningsAndErrors()).as("refusals are logged at DEBUG only").isEmpty();
        byte[] fresh = fixture("message-text.json", "wamid.HBgL", "wamid.ALIVE" + System.nanoTime());
        assertThat(APP.postSigned(fresh).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).isEqualTo(1);
    }

    private HttpResponse<String> postJson(byte[] body, String signature) {
        return signature == null
                ? APP.server().post(PATH, body, "Content-Type", "application/json")
                : APP.server().post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256", signature);
    }

    // ---- signature ------------------------------------------------------------------------------------------------

    @Test
    void wrongSecretIsForbidden() {
        HttpResponse<String> response = postJson(TEXT, signature("another-app-secret", TEXT));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(log.text()).contains("answered 403").doesNotContain(APP_SECRET);
    }

    @Test
    void oneTamperedByteIsForbidden() {
        String header = signature(APP_SECRET, TEXT);
        byte[] tampered = TEXT.clone();
        int index = new String(TEXT, StandardCharsets.UTF_8).indexOf("another color");
        tampered[index] = 'A';

        assertThat(postJson(tampered, header).statusCode()).isEqualTo(403);
    }

    @Test
    void missingSignatureIsForbidden() {
        assertThat(postJson(TEXT, null).statusCode()).isEqualTo(403);
    }

    @Test
    void signatureWithoutPrefixIsForbidden() {
        String hexOnly = signature(APP_SECRET, TEXT).substring("sha256=".length());

        assertThat(postJson(TEXT, hexOnly).statusCode()).isEqualTo(403);
        assertThat(postJson(TEXT, "sha1=" + hexOnly).statusCode()).isEqualTo(403);
    }

    @Test
    void uppercaseHexIsAccepted() {
        String upper = "sha256=" + signature(APP_SECRET, TEXT).substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertThat(postJson(TEXT, upper).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).isEqualTo(1);
        RECEIVED.clear();
    }

    // ---- malformed ------------------------------------------------------------------------------------------------

    @Test
    void malformedJsonIsBadRequest() {
        byte[] malformed = "{\"object\":\"whatsapp_business_account\",\"entry\":[".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postJson(malformed, signature(APP_SECRET, malformed));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(log.text()).contains("answered 400: malformed JSON");
    }

    @Test
    void wrongObjectIsBadRequest() {
        byte[] page = new String(TEXT, StandardCharsets.UTF_8).replace("whatsapp_business_account", "page")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(postJson(page, signature(APP_SECRET, page)).statusCode()).isEqualTo(400);
    }

    @Test
    void emptyBodyIsRefused() {
        byte[] empty = new byte[0];

        assertThat(postJson(empty, signature(APP_SECRET, empty)).statusCode()).isEqualTo(400);
        assertThat(postJson(empty, null).statusCode()).isEqualTo(403);
    }

    @Test
    void bodyOverTheLimitIsTooLargeByContentLength() {
        byte[] huge = padded(65_537);

        HttpResponse<String> response = postJson(huge, signature(APP_SECRET, huge));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void chunkedBodyOverTheLimitIsTooLarge() {
        byte[] huge = padded(200_000);
        HttpRequest request = HttpRequest.newBuilder(APP.server().uri(PATH))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", signature(APP_SECRET, huge))
                // no length known in advance: sent chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        assertThat(APP.server().send(request).statusCode()).isEqualTo(413);
    }

    @Test
    void bodyAtTheLimitIsAccepted() {
        byte[] exact = padded(65_536);

        assertThat(postJson(exact, signature(APP_SECRET, exact)).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).isEqualTo(1);
        RECEIVED.clear();
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        String header = signature(APP_SECRET, TEXT);

        assertThat(APP.server().post(PATH, TEXT, "Content-Type", "text/plain", "X-Hub-Signature-256", header)
                .statusCode())
                .isEqualTo(415);
        assertThat(APP.server().post(PATH, TEXT, "Content-Type", "application/x-www-form-urlencoded",
                "X-Hub-Signature-256", header).statusCode()).isEqualTo(415);
    }

    @Test
    void jsonWithCharsetIsAccepted() {
        byte[] body = fixture("message-text.json", "wamid.HBgL", "wamid.CHARSET");

        HttpResponse<String> response = APP.server().post(PATH, body, "Content-Type", "application/json; charset=UTF-8",
                "X-Hub-Signature-256", signature(APP_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(200);
        RECEIVED.clear();
    }

    @Test
    void otherMethodsAreNotServed() {
        HttpResponse<String> response = APP.server().send(HttpRequest.newBuilder(APP.server().uri(PATH))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(TEXT)).build());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    /** A valid payload padded with whitespace to exactly {@code size} bytes, with a message id of its own. */
    private static byte[] padded(int size) {
        byte[] body = fixture("message-text.json", "wamid.HBgL", "wamid.SIZE" + size + "x" + System.nanoTime());
        byte[] result = Arrays.copyOf(body, size);
        Arrays.fill(result, body.length, size, (byte) ' ');
        return result;
    }
}
