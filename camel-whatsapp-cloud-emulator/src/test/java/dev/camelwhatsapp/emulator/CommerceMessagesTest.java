package dev.camelwhatsapp.emulator;

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

/** Catalog, call permission and address messages: what Meta accepts and what it refuses. */
class CommerceMessagesTest {

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

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"product\",\"action\":{\"catalog_id\":\"c1\",\"product_retailer_id\":\"sku-1\"}}",
            "{\"type\":\"product_list\",\"header\":{\"type\":\"text\",\"text\":\"Picks\"},\"body\":{\"text\":\"Ours\"},"
                    + "\"action\":{\"catalog_id\":\"c1\",\"sections\":[{\"title\":\"A\",\"product_items\":"
                    + "[{\"product_retailer_id\":\"sku-1\"}]},{\"title\":\"B\",\"product_items\":"
                    + "[{\"product_retailer_id\":\"sku-2\"}]}]}}",
            "{\"type\":\"catalog_message\",\"body\":{\"text\":\"Browse\"},\"action\":{\"name\":\"catalog_message\","
                    + "\"parameters\":{\"thumbnail_product_retailer_id\":\"sku-1\"}}}",
            "{\"type\":\"call_permission_request\",\"body\":{\"text\":\"May we call?\"},\"action\":{\"name\":"
                    + "\"call_permission_request\"}}",
            "{\"type\":\"address_message\",\"body\":{\"text\":\"Where to?\"},\"action\":{\"name\":\"address_message\","
                    + "\"parameters\":{\"country\":\"IN\",\"values\":{\"name\":\"Ann\",\"in_pin_code\":\"400063\"},"
                    + "\"saved_addresses\":[{\"id\":\"home\",\"value\":{\"name\":\"Ann\",\"city\":\"Mumbai\"}}]}}}",
            "{\"type\":\"address_message\",\"body\":{\"text\":\"Where to?\"},\"action\":{\"name\":\"address_message\","
                    + "\"parameters\":{\"country\":\"SG\",\"values\":{\"sg_post_code\":\"018956\"}}}}"
    })
    void isAccepted(String interactive) {
        GraphClient.Response response = client.post(MESSAGES, interactive(interactive));

        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        assertThat(response.wamid()).startsWith("wamid.");
    }

    @Test
    void productListWithThirtyOneItemsIs131009() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 31; i++) {
            items.append(i == 0 ? "" : ",").append("{\"product_retailer_id\":\"sku-").append(i).append("\"}");
        }
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"product_list\",\"header\":"
                + "{\"type\":\"text\",\"text\":\"Picks\"},\"body\":{\"text\":\"Ours\"},\"action\":{\"catalog_id\":"
                + "\"c1\",\"sections\":[{\"title\":\"A\",\"product_items\":[" + items + "]}]}}"));

        assertThat(response.errorCode()).isEqualTo(131009);
        assertThat(response.errorDetails()).contains("product_items").contains("30");
    }

    @Test
    void productListWithoutHeaderIs131008AndWithImageHeaderIs100() {
        String action = "\"action\":{\"catalog_id\":\"c1\",\"sections\":[{\"product_items\":"
                + "[{\"product_retailer_id\":\"sku-1\"}]}]}";
        GraphClient.Response missing = client.post(MESSAGES, interactive("{\"type\":\"product_list\",\"body\":"
                + "{\"text\":\"Ours\"}," + action + "}"));
        GraphClient.Response image = client.post(MESSAGES, interactive("{\"type\":\"product_list\",\"header\":"
                + "{\"type\":\"image\",\"image\":{\"link\":\"https://example.com/a.png\"}},\"body\":{\"text\":\"Ours\"},"
                + action + "}"));

        assertThat(missing.errorCode()).isEqualTo(131008);
        assertThat(image.errorCode()).isEqualTo(100);
    }

    @Test
    void singleProductWithHeaderIs100() {
        GraphClient.Response response = client.post(MESSAGES, interactive("{\"type\":\"product\",\"header\":"
                + "{\"type\":\"text\",\"text\":\"Hi\"},\"action\":{\"catalog_id\":\"c1\",\"product_retailer_id\":"
                + "\"sku-1\"}}"));

        assertThat(response.errorCode()).isEqualTo(100);
    }

    @Test
    void addressMessageOutsideIndiaAndSingaporeOrWithAForeignFieldIs131009() {
        GraphClient.Response us = client.post(MESSAGES, interactive("{\"type\":\"address_message\",\"body\":"
                + "{\"text\":\"Where?\"},\"action\":{\"name\":\"address_message\",\"parameters\":{\"country\":\"US\"}}}"));
        GraphClient.Response pinInSingapore = client.post(MESSAGES, interactive("{\"type\":\"address_message\","
                + "\"body\":{\"text\":\"Where?\"},\"action\":{\"name\":\"address_message\",\"parameters\":{\"country\":"
                + "\"SG\",\"values\":{\"in_pin_code\":\"400063\"}}}}"));

        assertThat(us.errorCode()).isEqualTo(131009);
        assertThat(pinInSingapore.errorCode()).isEqualTo(131009);
        assertThat(pinInSingapore.errorDetails()).contains("in_pin_code");
    }

    private static String interactive(String interactive) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"interactive\",\"interactive\":" + interactive + "}";
    }
}
