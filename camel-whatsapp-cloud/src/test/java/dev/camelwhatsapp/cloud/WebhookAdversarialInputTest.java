package dev.camelwhatsapp.cloud;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TIMESTAMP;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed payloads that are valid but unusual, or crafted: recurring changes, events without ids, values no reader
 * expects, bytes that are not UTF-8, signatures where they do not belong. Each was once mishandled.
 */
class WebhookAdversarialInputTest {

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")").process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    static byte[] templateStatus(String event, long time) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"time\":" + time
                + ",\"changes\":[{\"field\":\"message_template_status_update\",\"value\":{\"event\":\"" + event
                + "\",\"message_template_id\":7001,\"message_template_name\":\"recurring\","
                + "\"message_template_language\":\"en_US\",\"reason\":\"NONE\"}}]}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChangeThatRecursIsRoutedEachTimeAndItsRedeliveryIsNot() {
        byte[] approved = templateStatus("APPROVED", 1_750_100_000);
        byte[] paused = templateStatus("PAUSED", 1_750_100_600);
        byte[] approvedAgain = templateStatus("APPROVED", 1_750_101_200);

        assertThat(APP.postSigned(approved).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(paused).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(approvedAgain).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(approvedAgain).statusCode()).as("Meta's redelivery").isEqualTo(200);

        assertThat(RECEIVED.all()).extracting(received -> ((TemplateStatusUpdate) received.body()).event())
                .containsExactly("APPROVED", "PAUSED", "APPROVED");
    }

    @Test
    void eventsWithoutAnIdAreKeyedByTheirContent() {
        byte[] idless = Payloads.messagesValue(
                "{\"status\":\"failed\",\"timestamp\":\"1750099000\",\"recipient_id\":\"1\",\"errors\":[{\"code\":1}]},"
                        + "{\"status\":\"failed\",\"timestamp\":\"1750099000\",\"recipient_id\":\"1\",\"errors\":[{\"code\":2}]}",
                "{\"from\":\"16505551234\",\"timestamp\":\"1749416383\",\"type\":\"text\",\"text\":{\"body\":\"a\"}},"
                        + "{\"from\":\"16505551234\",\"timestamp\":\"1749416383\",\"type\":\"text\",\"text\":{\"body\":\"b\"}}");

        assertThat(APP.postSigned(idless).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(idless).statusCode()).as("redelivered").isEqualTo(200);

        assertThat(RECEIVED.count()).as("four distinct events, each routed once").isEqualTo(4);
    }

    @Test
    void anUnreadableValueDoesNotFailTheEventsBesideIt() {
        byte[] payload = Payloads.messagesValue(
                Payloads.status("wamid.FUTURE", "delivered", "99999999999999999") + ","
                        + "{\"id\":{\"not\":\"text\"},\"status\":[\"read\"],\"timestamp\":true,\"errors\":\"none\","
                        + "\"pricing\":7,\"conversation\":[]}",
                Payloads.textMessage("wamid.BESIDE", "still here"));

        HttpResponse<String> response = APP.postSigned(payload);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.all()).extracting(received -> received.header(MESSAGE_ID))
                .contains("wamid.BESIDE", "wamid.FUTURE");
        assertThat(RECEIVED.all()).filteredOn(received -> "wamid.FUTURE".equals(received.header(MESSAGE_ID)))
                .allMatch(received -> received.header(TIMESTAMP) == null);
    }

    @Test
    void invalidUtf8InASignedBodyIsRefusedWith400() {
        byte[] body = Payloads.messagesValue("", Payloads.textMessage("wamid.UTF8", "caf\u00e9"));
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("caf") + 3;
        body[at] = (byte) 0xC0; // overlong form of "/" in place of the lead byte of é
        body[at + 1] = (byte) 0xAF;

        assertThat(APP.postSigned(body).statusCode()).isEqualTo(400);
        assertThat(RECEIVED.count()).isZero();
    }

    @Test
    void aSignatureInTheQueryStringIsNotASignatureHeader() {
        byte[] body = Payloads.messagesValue("", Payloads.textMessage("wamid.QUERY", "hi"));
        String query = "?X-Hub-Signature-256=" + signature(APP_SECRET, body).replace("=", "%3D");

        HttpResponse<String> response = APP.server().post(PATH + query, body, "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(RECEIVED.count()).isZero();
    }

    @Test
    void theSameValidSignatureSentTwiceIsAccepted() {
        byte[] body = Payloads.messagesValue("", Payloads.textMessage("wamid.TWICE", "hi"));
        String signature = signature(APP_SECRET, body);
        HttpRequest request = HttpRequest.newBuilder(URI.create(APP.server().uri(PATH).toString()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", signature).header("X-Hub-Signature-256", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(APP.server().send(request).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).isEqualTo(1);
    }

    @Test
    void twoDifferentSignatureHeadersAreRefused() {
        byte[] body = Payloads.messagesValue("", Payloads.textMessage("wamid.DIFFERENT", "hi"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(APP.server().uri(PATH).toString()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", signature(APP_SECRET, body))
                .header("X-Hub-Signature-256", signature("another secret", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        assertThat(APP.server().send(request).statusCode()).isEqualTo(403);
        assertThat(RECEIVED.count()).isZero();
    }

    @Test
    void anIdOfHalfAMegabyteIsRoutedAndRememberedUnderABoundedKey() {
        String hugeId = "wamid." + "A".repeat(512 * 1024);
        byte[] payload = Payloads.messagesValue("", Payloads.textMessage(hugeId, "hi"));

        assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);

        assertThat(RECEIVED.count()).as("routed once").isEqualTo(1);
    }

    @Test
    void unreadableValuesAreReportedInOneWarningWithoutTheirContent() {
        byte[] payload = Payloads.messagesValue(
                Payloads.status("wamid.SECRET-CONTENT-1", "delivered", "99999999999999999") + ","
                        + Payloads.status("wamid.SECRET-CONTENT-2", "read", "not-a-time"),
                Payloads.textMessage("wamid.FINE", "fine"));
        try (LogCapture log = LogCapture.start()) {
            assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);

            String warnings = log.warningsAndErrors();
            assertThat(warnings.lines().filter(line -> line.contains("read in part"))).hasSize(1);
            assertThat(warnings).contains("statuses[0].timestamp").contains("statuses[1].timestamp")
                    .doesNotContain("SECRET-CONTENT").doesNotContain("99999999999999999").doesNotContain("not-a-time");
        }
        assertThat(RECEIVED.count()).isEqualTo(3);
    }

    @Test
    void aReadablePayloadLogsNoWarning() {
        try (LogCapture log = LogCapture.start()) {
            byte[] payload = Payloads.messagesValue(
                    Payloads.status("wamid.OK1", "sent", "1750099000"),
                    Payloads.textMessage("wamid.OK2", "fine"));
            assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
            assertThat(log.warningsAndErrors()).isEmpty();
        }
    }
}
