package dev.camelwhatsapp.emulator;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateSendTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String TWO_BODY_PARAMS = "[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":"
            + "\"Alice\"},{\"type\":\"text\",\"text\":\"A-1001\"}]}]";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()
                    .template(TemplateDefinition.builder("spring_sale", "en_US").category("MARKETING")
                            .status(TemplateStatus.PENDING).body("Our spring sale starts {{1}}!").build())
                    .template(TemplateDefinition.builder("paused_promo", "en_US").category("MARKETING")
                            .status(TemplateStatus.PAUSED).body("Hello there").build())
                    .template(TemplateDefinition.builder("receipt", "en_US").mediaHeader("DOCUMENT")
                            .body("Your receipt, {{customer}}.").build()))
            .resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void approvedTemplateWithMatchingParametersIsAccepted() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "order_confirmation", "en_US", TWO_BODY_PARAMS));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void unknownTemplateIs132001() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "nope",
                "en_US", null));

        assertThat(response.errorCode()).isEqualTo(132001);
        assertThat(response.errorDetails()).isEqualTo("template name (nope) does not exist in en_US");
    }

    @Test
    void wrongLanguageIs132001() {
        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "fr", null))
                .errorCode()).isEqualTo(132001);
    }

    @Test
    void pendingTemplateIs132001AndPausedIs132015() {
        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "spring_sale", "en_US",
                "[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"today\"}]}]")).errorCode())
                .isEqualTo(132001);
        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "paused_promo", "en_US", null))
                .errorCode()).isEqualTo(132015);
    }

    @Test
    void bodyParameterCountMismatchIs132000() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "order_confirmation", "en_US", "[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":"
                        + "\"Alice\"}]}]"));

        assertThat(response.errorCode()).isEqualTo(132000);
        assertThat(response.errorDetails())
                .isEqualTo("body: number of localizable_params (1) does not match the expected number of params (2)");
    }

    @Test
    void missingUrlButtonParameterIs132000() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "delivery_update", "en_US",
                "[{\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"A1\"}]},"
                        + "{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"A1\"},"
                        + "{\"type\":\"text\",\"text\":\"Monday\"}]}]"));

        assertThat(response.errorCode()).isEqualTo(132000);
        assertThat(response.errorDetails()).startsWith("button at index 0");
    }

    @Test
    void headerBodyAndButtonParametersTogetherAreAccepted() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "delivery_update", "en_US",
                "[{\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"A1\"}]},"
                        + "{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"A1\"},"
                        + "{\"type\":\"date_time\",\"date_time\":{\"fallback_value\":\"Monday\"}}]},"
                        + "{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"0\",\"parameters\":"
                        + "[{\"type\":\"text\",\"text\":\"A1\"}]}]"));

        assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
    }

    @Test
    void mediaHeaderOfTheWrongFormatIs132012AndNamedParametersAreChecked() {
        String wrongFormat = "[{\"type\":\"header\",\"parameters\":[{\"type\":\"image\",\"image\":{\"link\":"
                + "\"https://example.com/r.jpg\"}}]},{\"type\":\"body\",\"parameters\":[{\"type\":\"text\","
                + "\"parameter_name\":\"customer\",\"text\":\"Ann\"}]}]";
        String right = wrongFormat.replace("\"image\",\"image\"", "\"document\",\"document\"");
        String wrongName = right.replace("\"customer\"", "\"client\"");

        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "receipt", "en_US", wrongFormat))
                .errorCode()).isEqualTo(132012);
        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "receipt", "en_US", wrongName))
                .errorCode()).isEqualTo(131009);
        assertThat(client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "receipt", "en_US", right))
                .status()).isEqualTo(200);
    }

    @Test
    void newLinesInTextParametersAreRefused() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "order_confirmation", "en_US", TWO_BODY_PARAMS.replace("A-1001", "A-1001\\nline two")));

        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.errorDetails()).contains("new-line");
    }
}
