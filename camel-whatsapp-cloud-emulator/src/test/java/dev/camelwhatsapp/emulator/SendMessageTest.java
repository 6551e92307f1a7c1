package dev.camelwhatsapp.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class SendMessageTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void openWindow() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
        extension.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
    }

    @Test
    void textIsAcceptedWithMetaResponseShape() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.text("+1 (555) 123-4567", "Hello"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(json.path("contacts").path(0).path("input").asText()).isEqualTo("+1 (555) 123-4567");
        assertThat(json.path("contacts").path(0).path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(response.wamid()).startsWith("wamid.");
        assertThat(json.path("messages").path(0).has("message_status")).isFalse();
        assertThat(extension.emulator().sentMessage(response.wamid())).get()
                .extracting(SentMessage::type).isEqualTo("text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"type\":\"image\",\"image\":{\"link\":\"https://example.com/a.jpg\",\"caption\":\"A\"}",
            "\"type\":\"audio\",\"audio\":{\"link\":\"https://example.com/a.ogg\"}",
            "\"type\":\"video\",\"video\":{\"link\":\"https://example.com/a.mp4\"}",
            "\"type\":\"document\",\"document\":{\"link\":\"https://example.com/a.pdf\",\"filename\":\"a.pdf\"}",
            "\"type\":\"sticker\",\"sticker\":{\"link\":\"https://example.com/a.webp\"}",
            "\"type\":\"location\",\"location\":{\"latitude\":52.37,\"longitude\":4.89,\"name\":\"Dam\"}",
            "\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"Ann\",\"first_name\":\"Ann\"}}]",
            "\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.X\",\"emoji\":\"\\uD83D\\uDC4D\"}",
            "\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Pick\"},\"action\":{\"buttons\":"
                    + "[{\"type\":\"reply\",\"reply\":{\"id\":\"a\",\"title\":\"Yes\"}}]}}",
            "\"type\":\"interactive\",\"interactive\":{\"type\":\"list\",\"body\":{\"text\":\"Pick\"},\"action\":{\"button\":"
                    + "\"Options\",\"sections\":[{\"title\":\"S\",\"rows\":[{\"id\":\"r1\",\"title\":\"Row\"}]}]}}",
            "\"type\":\"interactive\",\"interactive\":{\"type\":\"cta_url\",\"body\":{\"text\":\"Go\"},\"action\":{\"name\":"
                    + "\"cta_url\",\"parameters\":{\"display_text\":\"Open\",\"url\":\"https://example.com\"}}}",
            "\"type\":\"interactive\",\"interactive\":{\"type\":\"location_request_message\",\"body\":{\"text\":\"Where?\"},"
                    + "\"action\":{\"name\":\"send_location\"}}",
            "\"type\":\"interactive\",\"interactive\":{\"type\":\"flow\",\"body\":{\"text\":\"Fill\"},\"action\":{\"name\":"
                    + "\"flow\",\"parameters\":{\"flow_message_version\":\"3\",\"flow_id\":\"1\",\"flow_cta\":\"Open\"}}}",
            "\"type\":\"template\",\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}"
    })
    void everyMessageTypeIsAccepted(String typeAndContent) {
        GraphClient.Response response = client.post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID + "\"," + typeAndContent + "}");

        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        assertThat(response.wamid()).startsWith("wamid.");
    }

    @Test
    void wrongTokenIs190With401() {
        GraphClient.Response response = client.withToken("not-the-token")
                .post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo(190);
        assertThat(response.json().path("error").path("type").asText()).isEqualTo("OAuthException");
        assertThat(response.json().path("error").path("fbtrace_id").asText()).isNotEmpty();
        // Meta's token errors carry no WhatsApp error_data
        assertThat(response.json().path("error").has("error_data")).isFalse();
    }

    @Test
    void missingTokenIs104With401() {
        GraphClient.Response response = client.withToken(null).post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID,
                "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo(104);
    }

    @Test
    void unknownPhoneNumberIdIs100WithSubcode33() {
        GraphClient.Response response = client.post("/v26.0/999999999/messages",
                GraphClient.text(DEFAULT_USER_WA_ID, "x"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.json().path("error").path("error_subcode").asInt()).isEqualTo(33);
    }

    @Test
    void anyGraphVersionIsAccepted() {
        assertThat(client.post("/v21.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages",
                GraphClient.text(DEFAULT_USER_WA_ID, "x")).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonIs100WithDetails() {
        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.errorDetails()).contains("Invalid JSON");
    }

    @Test
    void missingMessagingProductIs100() {
        GraphClient.Response response = client.post(MESSAGES, "{\"to\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}");

        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.json().path("error").path("message").asText()).contains("messaging_product");
    }

    @Test
    void missingTypeObjectIs131008() {
        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"to\":\""
                + DEFAULT_USER_WA_ID + "\",\"type\":\"image\"}");

        assertThat(response.errorCode()).isEqualTo(131008);
    }

    @Test
    void textLongerThan4096Is100() {
        GraphClient.Response atLimit = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "a".repeat(4096)));
        GraphClient.Response overLimit = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "a".repeat(4097)));

        assertThat(atLimit.status()).isEqualTo(200);
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.errorCode()).isEqualTo(100);
        assertThat(overLimit.errorDetails()).contains("4096");
    }

    @Test
    void captionLongerThan1024Is100() {
        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"to\":\""
                + DEFAULT_USER_WA_ID + "\",\"type\":\"image\",\"image\":{\"link\":\"https://example.com/a.jpg\","
                + "\"caption\":\"" + "c".repeat(1025) + "\"}}");

        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.errorDetails()).contains("1024");
    }

    @Test
    void fourReplyButtonsAre131009() {
        StringBuilder buttons = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            buttons.append(i == 0 ? "" : ",").append("{\"type\":\"reply\",\"reply\":{\"id\":\"b").append(i)
                    .append("\",\"title\":\"B").append(i).append("\"}}");
        }
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"button\",\"body\":{\"text\":"
                + "\"Pick\"},\"action\":{\"buttons\":[" + buttons + "]}}"));

        assertThat(response.errorCode()).isEqualTo(131009);
        assertThat(response.errorDetails()).contains("buttons").contains("3");
    }

    @Test
    void buttonTitleOver20Is131009() {
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"button\",\"body\":{\"text\":"
                + "\"Pick\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"a\",\"title\":\""
                + "t".repeat(21) + "\"}}]}}"));

        assertThat(response.errorCode()).isEqualTo(131009);
        assertThat(response.errorDetails()).contains("Button title");
    }

    @Test
    void moreThanTenListRowsAre131009() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"id\":\"r").append(i).append("\",\"title\":\"Row ").append(i)
                    .append("\"}");
        }
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"list\",\"body\":{\"text\":"
                + "\"Pick\"},\"action\":{\"button\":\"Options\",\"sections\":[{\"title\":\"S\",\"rows\":[" + rows
                + "]}]}}"));

        assertThat(response.errorCode()).isEqualTo(131009);
        assertThat(response.errorDetails()).contains("rows");
    }

    @Test
    void interactiveBodyOver1024Is131009() {
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"button\",\"body\":{\"text\":\""
                + "b".repeat(1025) + "\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"a\","
                + "\"title\":\"A\"}}]}}"));

        assertThat(response.errorCode()).isEqualTo(131009);
    }

    @Test
    void mediaLinkMustBeHttps() {
        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"to\":\""
                + DEFAULT_USER_WA_ID + "\",\"type\":\"image\",\"image\":{\"link\":\"http://example.com/a.jpg\"}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(131009);
        assertThat(response.errorDetails()).contains("HTTPS");
    }

    @Test
    void senderEqualToRecipientIs131021() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.text("15555550100", "me"));

        assertThat(response.errorCode()).isEqualTo(131021);
    }

    @Test
    void markingAnInboundMessageAsReadSucceedsWithTypingIndicator() {
        String inbound = extension.emulator().simulateText(DEFAULT_USER_WA_ID, "are you there?");

        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"status\":"
                + "\"read\",\"message_id\":\"" + inbound + "\",\"typing_indicator\":{\"type\":\"text\"}}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("success").asBoolean()).isTrue();
        assertThat(extension.emulator().inboundMessages()).filteredOn(m -> m.id().equals(inbound))
                .singleElement().satisfies(m -> {
                    assertThat(m.markedAsRead()).isTrue();
                    assertThat(m.typingIndicator()).isTrue();
                });
    }

    @Test
    void markingAnOutgoingMessageAsReadIs100() {
        String outgoing = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "hello")).wamid();

        GraphClient.Response response = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"status\":"
                + "\"read\",\"message_id\":\"" + outgoing + "\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.errorDetails()).contains("sent by the business");
    }

    private static String interactive(String interactive) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"interactive\",\"interactive\":" + interactive + "}";
    }
}
