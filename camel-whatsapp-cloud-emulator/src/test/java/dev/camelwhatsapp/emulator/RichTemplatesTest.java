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
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Carousel, limited-time offer, authentication and multi-product templates: what creation and sends must carry. */
class RichTemplatesTest {

    private static final String TEMPLATES = "/v26.0/" + DEFAULT_WABA_ID + "/message_templates";
    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String CARD = "{\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\"},{\"type\":\"BODY\","
            + "\"text\":\"Aloe {{1}} off\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":"
            + "\"QUICK_REPLY\",\"text\":\"More\"}]}]}";
    private static final String VIDEO_CARD = "{\"components\":[{\"type\":\"HEADER\",\"format\":\"VIDEO\"},"
            + "{\"type\":\"BODY\",\"text\":\"Aloe {{1}} off\"},{\"type\":"
            + "\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":"
            + "\"More\"}]}]}";
    private static final String APP = "{\"package_name\":\"com.example.bank\",\"signature_hash\":\"K8a/AINcGX7\"}";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a carousel of one card
            "\"MARKETING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Our picks\"},{\"type\":\"CAROUSEL\",\"cards\":["
                    + CARD + "]}]",
            // a carousel in a UTILITY template
            "\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Our picks\"},{\"type\":\"CAROUSEL\",\"cards\":["
                    + CARD + "," + CARD + "]}]",
            // cards that differ
            "\"MARKETING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Our picks\"},{\"type\":\"CAROUSEL\",\"cards\":["
                    + CARD + "," + VIDEO_CARD + "]}]",
            // a limited-time offer with a footer
            "\"MARKETING\",\"components\":[{\"type\":\"LIMITED_TIME_OFFER\",\"limited_time_offer\":{\"text\":\"Ends soon\","
                    + "\"has_expiration\":true}},{\"type\":\"BODY\",\"text\":\"Save on Tuscany\"},{\"type\":\"FOOTER\","
                    + "\"text\":\"Terms apply\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Book\","
                    + "\"url\":\"https://example.com/book\"}]}]",
            // a limited-time offer headline over 16 characters
            "\"MARKETING\",\"components\":[{\"type\":\"LIMITED_TIME_OFFER\",\"limited_time_offer\":{\"text\":\"An offer that"
                    + " ends soon\"}},{\"type\":\"BODY\",\"text\":\"Save\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":"
                    + "\"URL\",\"text\":\"Book\",\"url\":\"https://example.com/book\"}]}]",
            // an authentication template with its own body text
            "\"AUTHENTICATION\",\"components\":[{\"type\":\"BODY\",\"text\":\"Your code is {{1}}\"},{\"type\":\"BUTTONS\","
                    + "\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"}]}]",
            // zero-tap without the terms accepted
            "\"AUTHENTICATION\",\"components\":[{\"type\":\"BODY\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\","
                    + "\"otp_type\":\"ZERO_TAP\",\"supported_apps\":[" + APP + "]}]}]",
            // one-tap with a short signature hash
            "\"AUTHENTICATION\",\"components\":[{\"type\":\"BODY\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\","
                    + "\"otp_type\":\"ONE_TAP\",\"supported_apps\":[{\"package_name\":\"com.example.bank\","
                    + "\"signature_hash\":\"short\"}]}]}]",
            // a code valid for 91 minutes
            "\"AUTHENTICATION\",\"components\":[{\"type\":\"BODY\"},{\"type\":\"FOOTER\",\"code_expiration_minutes\":91},"
                    + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"COPY_CODE\"}]}]"
    })
    void creationIsRefusedWith100(String categoryAndComponents) {
        GraphClient.Response response = client.post(TEMPLATES,
                "{\"name\":\"rich_template\",\"language\":\"en_US\",\"category\":" + categoryAndComponents + "}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo(100);
    }

    @Test
    void authenticationTemplateTakesTheCodeInBodyAndButton() {
        extension.emulator().addTemplate(TemplateDefinition.of("login_code", "en_US", "AUTHENTICATION",
                TemplateStatus.APPROVED, "[{\"type\":\"BODY\",\"add_security_recommendation\":true},{\"type\":"
                        + "\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\",\"otp_type\":\"ONE_TAP\",\"supported_apps\":["
                        + APP + "]}]}]"));
        String code = "[{\"type\":\"text\",\"text\":\"418305\"}]";

        GraphClient.Response sent = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "login_code",
                "en_US",
                "[{\"type\":\"body\",\"parameters\":" + code + "},{\"type\":\"button\",\"sub_type\":\"url\","
                        + "\"index\":\"0\",\"parameters\":" + code + "}]"));
        GraphClient.Response withoutButton = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "login_code", "en_US", "[{\"type\":\"body\",\"parameters\":" + code + "}]"));

        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(200);
        assertThat(withoutButton.errorCode()).isEqualTo(132000);
    }

    @Test
    void carouselSendNeedsEveryCardWithItsParameters() {
        extension.emulator().addTemplate(TemplateDefinition.of("summer_picks", "en_US", "MARKETING",
                TemplateStatus.APPROVED,
                "[{\"type\":\"BODY\",\"text\":\"Our picks\"},{\"type\":\"CAROUSEL\",\"cards\":["
                        + CARD + "," + CARD + "]}]"));

        GraphClient.Response sent = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "summer_picks",
                "en_US", "[{\"type\":\"carousel\",\"cards\":[" + card(0, "15%") + "," + card(1, "10%") + "]}]"));
        GraphClient.Response oneCard = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "summer_picks",
                "en_US", "[{\"type\":\"carousel\",\"cards\":[" + card(0, "15%") + "]}]"));
        GraphClient.Response videoForImage = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "summer_picks", "en_US", "[{\"type\":\"carousel\",\"cards\":[" + card(0, "15%") + ","
                        + card(1, "10%").replace("image", "video") + "]}]"));

        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(200);
        assertThat(oneCard.errorCode()).isEqualTo(132000);
        assertThat(videoForImage.errorCode()).isEqualTo(132012);
    }

    @Test
    void limitedTimeOfferSendNeedsItsExpiration() {
        extension.emulator().addTemplate(TemplateDefinition.of("spring_getaway", "en_US", "MARKETING",
                TemplateStatus.APPROVED, "[{\"type\":\"LIMITED_TIME_OFFER\",\"limited_time_offer\":{\"text\":"
                        + "\"Ends soon\",\"has_expiration\":true}},{\"type\":\"BODY\",\"text\":\"Save on Tuscany\"},"
                        + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Book\",\"url\":"
                        + "\"https://example.com/book\"}]}]"));

        GraphClient.Response sent = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "spring_getaway",
                "en_US", "[{\"type\":\"limited_time_offer\",\"parameters\":[{\"type\":\"limited_time_offer\","
                        + "\"limited_time_offer\":{\"expiration_time_ms\":1767225599000}}]}]"));
        GraphClient.Response withoutExpiration = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID,
                "spring_getaway", "en_US", null));

        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(200);
        assertThat(withoutExpiration.errorCode()).isEqualTo(132000);
    }

    private static String card(int index, String discount) {
        return "{\"card_index\":" + index + ",\"components\":[{\"type\":\"header\",\"parameters\":[{\"type\":\"image\","
                + "\"image\":{\"id\":\"10" + index + "\"}}]},{\"type\":\"body\",\"parameters\":[{\"type\":\"text\","
                + "\"text\":\"" + discount + "\"}]}]}";
    }
}
