package dev.camelwhatsapp.emulator.fidelity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Send answers and inbound message webhooks against Meta's examples. */
class MessagesFidelityTest {

    private static final String MESSAGES = "/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator();

    @BeforeEach
    void reset() {
        RUNNING.emulator().reset();
        RUNNING.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
    }

    @Test
    void freeFormSendAnswersExactlyLikeMetasExample() {
        JsonNode answer = RUNNING.client().post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "Hello")).json();

        MetaExamples.assertSameKeys(answer, MetaExamples.load("send-text-response"));
        assertThat(answer.path("messages").path(0).has("message_status")).isFalse();
    }

    @Test
    void templateSendAddsMessageStatusAccepted() {
        JsonNode answer = RUNNING.client().post(MESSAGES,
                GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US",
                        "[]")).json();

        MetaExamples.assertSameKeysExcept(answer, MetaExamples.load("send-text-response"), Set.of("message_status"));
        assertThat(answer.path("messages").path(0).path("message_status").asText()).isEqualTo("accepted");
    }

    @Test
    void inboundTextWebhookHasMetasShape() {
        await().until(() -> !RUNNING.receiver().messages().isEmpty());
        JsonNode payload = RUNNING.receiver().received().stream().map(WebhookReceiver.Received::json)
                .filter(json -> json.toString().contains("\"text\":{\"body\":\"hi\"}")).findFirst().orElseThrow();

        MetaExamples.assertSameKeys(payload, MetaExamples.load("webhook-text-message"));
        JsonNode value = payload.path("entry").path(0).path("changes").path(0).path("value");
        assertThat(value.path("messages").path(0).path("from_user_id").asText())
                .isEqualTo(value.path("contacts").path(0).path("user_id").asText()).isNotEmpty();
    }

    @Test
    void inboundImageCarriesTheSha256InBase64WhileTheMediaEndpointSaysHex() throws Exception {
        byte[] bytes = "a picture".getBytes(StandardCharsets.UTF_8);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        RUNNING.emulator().simulateInbound("{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"image\",\"image\":{"
                + "\"caption\":\"Taj Mahal\",\"mime_type\":\"image/jpeg\",\"data_base64\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\"}}");
        await().until(() -> RUNNING.receiver().messages().stream()
                .anyMatch(m -> m.path("type").asText().equals("image")));
        JsonNode payload = RUNNING.receiver().received().stream().map(WebhookReceiver.Received::json)
                .filter(json -> json.toString().contains("\"image\"")).findFirst().orElseThrow();

        MetaExamples.assertSameKeysExcept(payload, MetaExamples.load("webhook-image-message"), Set.of("url"));
        JsonNode image = payload.path("entry").path(0).path("changes").path(0).path("value").path("messages").path(0)
                .path("image");
        assertThat(image.path("sha256").asText()).isEqualTo(Base64.getEncoder().encodeToString(digest));

        JsonNode described = RUNNING.client().get("/v23.0/" + image.path("id").asText()).json();
        assertThat(described.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(digest));
    }
}
