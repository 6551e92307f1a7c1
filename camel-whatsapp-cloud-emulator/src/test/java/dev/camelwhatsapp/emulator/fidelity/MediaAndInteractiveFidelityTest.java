package dev.camelwhatsapp.emulator.fidelity;

import java.nio.charset.StandardCharsets;

import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Requests Meta answers that the emulator used to refuse. */
class MediaAndInteractiveFidelityTest {

    private static final String MESSAGES = "/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
        extension.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
    }

    @Test
    void mediaIsDescribedAndDeletedWithoutAVersion() {
        String media = uploadedMediaId();

        assertThat(client.get("/" + media).json().path("id").asText()).isEqualTo(media);
        assertThat(client.delete("/" + media).json().path("success").asBoolean()).isTrue();
        assertThat(client.get("/" + media).json().path("error").path("error_subcode").asInt()).isEqualTo(33);
    }

    private String uploadedMediaId() {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"messaging_product\"\r\n\r\n"
                + "whatsapp\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + "text/plain\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
        return client.postBytes("/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/media",
                "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8)).json()
                .path("id").asText();
    }

    @Test
    void orderDetailsAndOrderStatusAreAccepted() {
        String details = "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID + "\","
                + "\"type\":\"interactive\",\"interactive\":{\"type\":\"order_details\",\"body\":{\"text\":\"Pay\"},"
                + "\"action\":{\"name\":\"review_and_pay\",\"parameters\":{\"reference_id\":\"ref-1\","
                + "\"type\":\"digital-goods\",\"payment_type\":\"upi\",\"currency\":\"INR\","
                + "\"total_amount\":{\"value\":100,\"offset\":100},\"order\":{\"status\":\"pending\","
                + "\"items\":[],\"subtotal\":{\"value\":100,\"offset\":100}}}}}}";
        String status = "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID + "\","
                + "\"type\":\"interactive\",\"interactive\":{\"type\":\"order_status\",\"body\":{\"text\":\"Sent\"},"
                + "\"action\":{\"name\":\"review_order\",\"parameters\":{\"reference_id\":\"ref-1\","
                + "\"order\":{\"status\":\"shipped\"}}}}}";

        assertThat(client.post(MESSAGES, details).status()).isEqualTo(200);
        assertThat(client.post(MESSAGES, status).status()).isEqualTo(200);
        assertThat(client.post(MESSAGES, status.replace("shipped", "lost")).errorCode()).isEqualTo(131009);
    }

    @Test
    void upperCaseInteractiveTypesAreRefusedAsMetaDocumentsOnlyLowerCase() {
        String button = "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID + "\","
                + "\"type\":\"interactive\",\"interactive\":{\"type\":\"BUTTON\",\"body\":{\"text\":\"?\"},"
                + "\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"y\",\"title\":\"Yes\"}}]}}}";
        assertThat(client.post(MESSAGES, button).errorCode()).isEqualTo(100);
    }
}
