package dev.camelwhatsapp.emulator;

import java.time.Duration;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_APP_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class AccountApiTest {

    private static final String NUMBER = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void phoneNumberDefaultFieldsAndRequestedFields() {
        JsonNode defaults = client.get(NUMBER).json();
        assertThat(defaults.path("id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(defaults.path("display_phone_number").asText()).isEqualTo("+1 555-555-0100");
        assertThat(defaults.path("quality_rating").asText()).isEqualTo("GREEN");
        assertThat(defaults.has("status")).isFalse();

        JsonNode requested = client.get(NUMBER + "?fields=status,code_verification_status,messaging_limit_tier,"
                + "throughput,is_pin_enabled,name_status").json();
        assertThat(requested.path("status").asText()).isEqualTo("REGISTERED");
        assertThat(requested.path("code_verification_status").asText()).isEqualTo("VERIFIED");
        assertThat(requested.path("messaging_limit_tier").asText()).isEqualTo("TIER_1K");
        assertThat(requested.path("throughput").path("level").asText()).isEqualTo("STANDARD");
        assertThat(requested.path("is_pin_enabled").asBoolean()).isFalse();
        assertThat(requested.has("verified_name")).isFalse();
    }

    @Test
    void qualityRatingIsControllable() {
        extension.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);
        assertThat(client.get(NUMBER).json().path("quality_rating").asText()).isEqualTo("YELLOW");
    }

    @Test
    void twoStepPinThenRegisterWithTheSamePin() {
        assertThat(client.post(NUMBER, "{\"pin\":\"12345\"}").errorCode()).isEqualTo(100);
        assertThat(client.post(NUMBER, "{\"pin\":\"123456\"}").json().path("success").asBoolean()).isTrue();
        assertThat(client.get(NUMBER + "?fields=is_pin_enabled").json().path("is_pin_enabled").asBoolean()).isTrue();

        GraphClient.Response wrongPin = client.post(NUMBER + "/register",
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"654321\"}");
        assertThat(wrongPin.errorCode()).isEqualTo(133005);
        assertThat(client.post(NUMBER + "/register", "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\"}")
                .json().path("success").asBoolean()).isTrue();
    }

    @Test
    void deregisteredNumberCannotSendUntilRegistered() {
        extension.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        client.post(NUMBER + "/deregister", "{}");
        assertThat(client.get(NUMBER + "?fields=status").json().path("status").asText()).isEqualTo("PENDING");
        assertThat(client.post(NUMBER + "/messages", GraphClient.text(DEFAULT_USER_WA_ID, "x")).errorCode())
                .isEqualTo(133010);

        client.post(NUMBER + "/register", "{\"messaging_product\":\"whatsapp\",\"pin\":\"111111\"}");
        assertThat(client.post(NUMBER + "/messages", GraphClient.text(DEFAULT_USER_WA_ID, "x")).status())
                .isEqualTo(200);
    }

    @Test
    void subscribedAppsCanBeListedRemovedAndAdded() {
        String path = "/v26.0/" + DEFAULT_WABA_ID + "/subscribed_apps";
        JsonNode listed = client.get(path).json();
        assertThat(listed.path("data").path(0).path("whatsapp_business_api_data").path("id").asText())
                .isEqualTo(DEFAULT_APP_ID);

        client.delete(path);
        assertThat(client.get(path).json().path("data")).isEmpty();
        assertThat(extension.emulator().subscribed()).isFalse();

        assertThat(client.post(path, "{}").json().path("success").asBoolean()).isTrue();
        assertThat(client.get(path).json().path("data")).hasSize(1);
    }

    @Test
    void debugTokenReportsValidityExpiryAndScopes() {
        JsonNode valid = client.get("/debug_token?input_token=" + DEFAULT_ACCESS_TOKEN).json().path("data");
        assertThat(valid.path("is_valid").asBoolean()).isTrue();
        assertThat(valid.path("expires_at").asLong()).isZero();
        assertThat(valid.path("scopes")).extracting(JsonNode::asText)
                .contains("whatsapp_business_messaging", "whatsapp_business_management");

        assertThat(client.get("/v26.0/debug_token?input_token=other").json().path("data").path("is_valid")
                .asBoolean()).isFalse();

        extension.emulator().setTokenExpiresAt(extension.emulator().now().plus(Duration.ofHours(1)));
        extension.emulator().advanceClock(Duration.ofHours(2));
        JsonNode expired = client.get("/debug_token?input_token=" + DEFAULT_ACCESS_TOKEN).json().path("data");
        assertThat(expired.path("is_valid").asBoolean()).isFalse();
        assertThat(expired.path("expires_at").asLong()).isPositive();
    }

    @Test
    void expiredOrInvalidatedTokensAre190WithSubcodes() {
        extension.emulator().setTokenExpiresAt(extension.emulator().now().plus(Duration.ofMinutes(1)));
        extension.emulator().advanceClock(Duration.ofMinutes(2));
        GraphClient.Response expired = client.get(NUMBER);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo(190);
        assertThat(expired.json().path("error").path("error_subcode").asInt()).isEqualTo(463);

        extension.emulator().reset();
        extension.emulator().setTokenValid(false);
        GraphClient.Response invalidated = client.get(NUMBER);
        assertThat(invalidated.errorCode()).isEqualTo(190);
        assertThat(invalidated.json().path("error").path("error_subcode").asInt()).isEqualTo(467);
    }

    @Test
    void missingScopesArePermissionErrors() {
        extension.emulator().setTokenScopes(Set.of("whatsapp_business_management"));
        GraphClient.Response send = client.post(NUMBER + "/messages", GraphClient.template(DEFAULT_USER_WA_ID,
                "hello_world", "en_US", null));
        assertThat(send.status()).isEqualTo(403);
        assertThat(send.errorCode()).isEqualTo(10);

        extension.emulator().setTokenScopes(Set.of("whatsapp_business_messaging"));
        GraphClient.Response templates = client.get("/v26.0/" + DEFAULT_WABA_ID + "/message_templates");
        assertThat(templates.status()).isEqualTo(403);
        assertThat(templates.errorCode()).isEqualTo(200);
    }
}
