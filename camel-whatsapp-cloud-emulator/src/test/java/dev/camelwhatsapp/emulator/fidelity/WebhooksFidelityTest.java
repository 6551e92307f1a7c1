package dev.camelwhatsapp.emulator.fidelity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** The blocks of status, template and inbound media webhooks that Meta's current payloads carry. */
class WebhooksFidelityTest {

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator();

    @BeforeEach
    void reset() {
        RUNNING.emulator().reset();
    }

    private Optional<JsonNode> payloadContaining(String fragment) {
        return RUNNING.receiver().received().stream().map(WebhookReceiver.Received::json)
                .filter(json -> json.toString().contains(fragment)).findFirst();
    }

    @Test
    void statusChangesNameTheirRecipientInContacts() {
        RUNNING.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        String wamid = RUNNING.client().post("/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages",
                GraphClient.text(DEFAULT_USER_WA_ID, "status please")).wamid();
        await().until(() -> payloadContaining(wamid).isPresent());

        JsonNode value = payloadContaining(wamid).orElseThrow().path("entry").path(0).path("changes").path(0)
                .path("value");
        assertThat(value.path("contacts").path(0).path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(value.path("statuses").path(0).path("pricing").path("pricing_model").asText()).isEqualTo("PMP");
    }

    @Test
    void rejectedTemplateCarriesTimeCategoryAndRejectionInfo() {
        RUNNING.client().post("/v23.0/" + DEFAULT_WABA_ID + "/message_templates", "{\"name\":\"asks_secret\","
                + "\"language\":\"en_US\",\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\","
                + "\"text\":\"Please reply with your password to continue.\"}]}");
        RUNNING.emulator().advanceClock(Duration.ofHours(2));
        await().until(() -> payloadContaining("asks_secret").isPresent());

        JsonNode payload = payloadContaining("asks_secret").orElseThrow();
        JsonNode entry = payload.path("entry").path(0);
        assertThat(entry.path("time").isNumber()).isTrue();
        assertThat(entry.path("time").asLong()).isCloseTo(RUNNING.emulator().now().getEpochSecond(), within(5L));
        JsonNode value = entry.path("changes").path(0).path("value");
        assertThat(value.path("event").asText()).isEqualTo("REJECTED");
        assertThat(value.path("message_template_category").asText()).isEqualTo("UTILITY");
        assertThat(value.path("rejection_info").path("reason").asText()).isEqualTo("ABUSIVE_CONTENT");
        assertThat(value.path("rejection_info").path("recommendation").asText()).isNotBlank();
    }

    @Test
    void recategorisedTemplateShowsItsPreviousCategory() {
        RUNNING.client().post("/v23.0/" + DEFAULT_WABA_ID + "/message_templates", "{\"name\":\"weekly_deal\","
                + "\"language\":\"en_US\",\"category\":\"UTILITY\",\"allow_category_change\":true,"
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"This week only: a special offer for members.\"}]}");

        JsonNode listed = RUNNING.client().get("/v23.0/" + DEFAULT_WABA_ID + "/message_templates?name=weekly_deal")
                .json()
                .path("data").path(0);
        assertThat(listed.path("category").asText()).isEqualTo("MARKETING");
        assertThat(listed.path("previous_category").asText()).isEqualTo("UTILITY");
    }

    @Test
    void inboundMediaCarriesADownloadUrl() {
        RUNNING.emulator().simulateInbound("{\"from\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"document\",\"document\":{"
                + "\"filename\":\"a.pdf\",\"mime_type\":\"application/pdf\",\"data_base64\":\""
                + Base64.getEncoder().encodeToString("%PDF-1.4 x".getBytes(StandardCharsets.UTF_8)) + "\"}}");
        await().until(() -> payloadContaining("a.pdf").isPresent());

        JsonNode document = payloadContaining("a.pdf").orElseThrow().path("entry").path(0).path("changes").path(0)
                .path("value").path("messages").path(0).path("document");
        GraphClient.Response download = RUNNING.client().getAbsolute(document.path("url").asText(), true);
        assertThat(download.status()).isEqualTo(200);
        assertThat(new String(download.bytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 x");
    }
}
