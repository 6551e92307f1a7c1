package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Simulated users, driven through the HTTP control API as the demo and non-Java tests do.
 */
class InboundMessagesTest {

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator();

    @BeforeEach
    void reset() {
        RUNNING.client().post("/_emulator/reset", "{}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text|\"text\":{\"body\":\"hello\"}|text.body|hello",
            "image|\"image\":{\"caption\":\"look\"}|image.caption|look",
            "audio|\"audio\":{\"voice\":true}|audio.mime_type|audio/ogg",
            "video|\"video\":{}|video.mime_type|video/mp4",
            "document|\"document\":{\"filename\":\"a.pdf\"}|document.filename|a.pdf",
            "sticker|\"sticker\":{\"animated\":false}|sticker.mime_type|image/webp",
            "location|\"location\":{\"latitude\":52.3,\"longitude\":4.9,\"name\":\"Dam\"}|location.name|Dam",
            "contacts|\"contacts\":[{\"name\":{\"formatted_name\":\"Ann\"}}]|contacts.0.name.formatted_name|Ann",
            "interactive|\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"yes\",\"title\":\"Yes\"}},"
                    + "\"context\":{\"id\":\"wamid.ORIGINAL\"}|interactive.button_reply.id|yes",
            "interactive|\"interactive\":{\"type\":\"list_reply\",\"list_reply\":{\"id\":\"r1\",\"title\":\"Row\","
                    + "\"description\":\"d\"}}|interactive.list_reply.id|r1",
            "interactive|\"interactive\":{\"type\":\"nfm_reply\",\"nfm_reply\":{\"name\":\"flow\",\"body\":\"Sent\","
                    + "\"response_json\":\"{\\\"a\\\":1}\"}}|interactive.nfm_reply.name|flow",
            "button|\"button\":{\"payload\":\"Track my order\",\"text\":\"Track my order\"},\"context\":{\"id\":\"wamid.T\"}"
                    + "|button.payload|Track my order",
            "reaction|\"reaction\":{\"message_id\":\"wamid.X\",\"emoji\":\"\\u2764\"}|reaction.message_id|wamid.X",
            "order|\"order\":{\"catalog_id\":\"c1\",\"product_items\":[{\"product_retailer_id\":\"p1\",\"quantity\":1,"
                    + "\"item_price\":9.5,\"currency\":\"EUR\"}]}|order.catalog_id|c1",
            "system|\"system\":{\"body\":\"User changed number\",\"new_wa_id\":\"15550000000\",\"type\":"
                    + "\"user_changed_number\"}|system.type|user_changed_number",
            "unsupported|\"unsupported\":{}|errors.0.code|131051",
            "edit|\"edit\":{\"original_message_id\":\"wamid.O\"}|edit.original_message_id|wamid.O"
    })
    void everyInboundTypeReachesTheWebhook(String type, String content, String path, String expected) {
        GraphClient.Response response = RUNNING.client().post("/_emulator/inbound", "{\"from\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"" + type + "\"," + content + "}");
        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
        String id = response.json().path("id").asText();

        await().until(() -> RUNNING.receiver().messages().stream().anyMatch(m -> m.path("id").asText().equals(id)));
        JsonNode message = RUNNING.receiver().messages().stream().filter(m -> m.path("id").asText().equals(id))
                .findFirst().orElseThrow();
        assertThat(message.path("type").asText()).isEqualTo(type);
        JsonNode value = message;
        for (String segment : path.split("\\.")) {
            value = segment.matches("\\d+") ? value.path(Integer.parseInt(segment)) : value.path(segment);
        }
        assertThat(value.asText()).isEqualTo(expected);
        if (message.has("context")) {
            assertThat(message.path("context").path("from").asText()).isEqualTo("15555550100");
        }
    }

    @Test
    void inboundMediaIsStoredAndDownloadable() {
        byte[] photo = "a photo taken by the user".getBytes(StandardCharsets.UTF_8);
        GraphClient.Response response = RUNNING.client().post("/_emulator/inbound", "{\"from\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"image\",\"image\":{\"mime_type\":\"image/jpeg\",\"data_base64\":\""
                + Base64.getEncoder().encodeToString(photo) + "\"}}");
        String id = response.json().path("id").asText();
        await().until(() -> RUNNING.receiver().messages().stream().anyMatch(m -> m.path("id").asText().equals(id)));
        JsonNode image = RUNNING.receiver().messages().stream().filter(m -> m.path("id").asText().equals(id))
                .findFirst().orElseThrow().path("image");
        assertThat(image.has("data_base64")).isFalse();

        String url = RUNNING.client().get("/v26.0/" + image.path("id").asText()).json().path("url").asText();
        assertThat(RUNNING.client().getAbsolute(url, true).bytes()).isEqualTo(photo);
    }

    @Test
    void systemMessagesDoNotOpenTheWindow() {
        RUNNING.client().post("/_emulator/inbound",
                "{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"system\",\"system\":"
                        + "{\"body\":\"changed\",\"type\":\"user_changed_number\"}}");
        String wamid = RUNNING.client().post("/v26.0/" + WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID + "/messages",
                GraphClient.text(DEFAULT_USER_WA_ID, "hi")).wamid();

        await().until(() -> RUNNING.emulator().sentMessage(wamid).orElseThrow().status() == MessageStatus.FAILED);
    }

    @Test
    void unknownSenderCanWriteAndThenBeAnswered() {
        RUNNING.client().post("/_emulator/inbound",
                "{\"from\":\"4915112345678\",\"profile_name\":\"Jonas\",\"type\":\"text\","
                        + "\"text\":{\"body\":\"Hallo\"}}");
        await().until(() -> RUNNING.receiver().changes().stream().anyMatch(c -> c.path("value").path("contacts").path(0)
                .path("profile").path("name").asText().equals("Jonas")));

        String wamid = RUNNING.client().post("/v26.0/" + WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID + "/messages",
                GraphClient.text("4915112345678", "Hallo Jonas")).wamid();
        await().until(() -> RUNNING.emulator().sentMessage(wamid).orElseThrow().status() == MessageStatus.READ);
    }

    @Test
    void malformedSimulationIsRefused() {
        GraphClient.Response response = RUNNING.client().post("/_emulator/inbound",
                "{\"from\":\"abc\",\"type\":\"text\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).contains("from");
    }
}
