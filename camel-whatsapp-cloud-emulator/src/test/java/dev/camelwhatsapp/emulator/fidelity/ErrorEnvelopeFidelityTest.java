package dev.camelwhatsapp.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Each error's envelope as Meta sends it: type, error_data, is_transient, user title/message, version header. */
class ErrorEnvelopeFidelityTest {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void appRateLimitMatchesMetasExample() {
        extension.emulator().injectFault(Fault.graphError(4));
        GraphClient.Response response = client.get("/v23.0/" + DEFAULT_PHONE_NUMBER_ID);

        JsonNode meta = MetaExamples.load("error-app-rate-limit");
        MetaExamples.assertSameKeysExcept(response.json(), meta, java.util.Set.of("error_subcode"));
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.json().path("error").path("is_transient").asBoolean()).isTrue();
        assertThat(response.json().path("error").path("type").asText()).isEqualTo("OAuthException");
    }

    @Test
    void accountThrottle80007IsTransientWithItsSubcode() {
        extension.emulator().injectFault(Fault.graphError(80007));
        JsonNode error = client.get("/v23.0/" + DEFAULT_PHONE_NUMBER_ID).json().path("error");

        assertThat(error.path("error_subcode").asInt()).isEqualTo(2446079);
        assertThat(error.path("is_transient").asBoolean()).isTrue();
        assertThat(error.has("error_data")).isFalse();
    }

    @Test
    void tokenErrorsHaveNoErrorData() {
        JsonNode invalid = client.withToken("wrong").get("/v23.0/" + DEFAULT_PHONE_NUMBER_ID).json().path("error");
        assertThat(invalid.path("code").asInt()).isEqualTo(190);
        assertThat(invalid.has("error_data")).isFalse();
        assertThat(invalid.path("type").asText()).isEqualTo("OAuthException");

        JsonNode missing = client.withToken(null).get("/v23.0/" + DEFAULT_PHONE_NUMBER_ID).json().path("error");
        assertThat(missing.path("code").asInt()).isEqualTo(104);
        assertThat(missing.has("error_data")).isFalse();
    }

    @Test
    void unknownObjectIsAGraphMethodExceptionWithoutErrorData() {
        JsonNode error = client.get("/v23.0/999000999").json().path("error");

        assertThat(error.path("code").asInt()).isEqualTo(100);
        assertThat(error.path("error_subcode").asInt()).isEqualTo(33);
        assertThat(error.path("type").asText()).isEqualTo("GraphMethodException");
        assertThat(error.has("error_data")).isFalse();
        assertThat(error.has("is_transient")).isFalse();
    }

    @Test
    void templateNotFoundOnDeleteHasUserTitleAndIsNotTransient() {
        JsonNode error = client.delete("/v23.0/" + DEFAULT_WABA_ID + "/message_templates?name=no_such_template")
                .json().path("error");

        assertThat(error.path("message").asText()).isEqualTo("Invalid parameter");
        assertThat(error.path("error_subcode").asInt()).isEqualTo(2593002);
        assertThat(error.path("is_transient").isBoolean()).isTrue();
        assertThat(error.path("is_transient").asBoolean()).isFalse();
        assertThat(error.path("error_user_title").asText()).isNotBlank();
        assertThat(error.path("error_user_msg").asText()).contains("no_such_template");
    }

    @Test
    void serverErrorsAreTransient() {
        extension.emulator().injectFault(Fault.httpStatus(503));
        JsonNode error = client.get("/v23.0/" + DEFAULT_PHONE_NUMBER_ID).json().path("error");
        assertThat(error.path("is_transient").asBoolean()).isTrue();
    }

    @Test
    void whatsAppErrorsKeepErrorData() {
        GraphClient.Response response = client.post("/v23.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages",
                "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"text\","
                        + "\"text\":{}}");
        JsonNode error = response.json().path("error");
        assertThat(error.path("code").asInt()).isEqualTo(131008);
        assertThat(error.path("error_data").path("messaging_product").asText()).isEqualTo("whatsapp");
    }

    @Test
    void errorAnswersCarryTheApiVersionHeader() {
        GraphClient.Response response = client.get("/v23.0/999000999");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("facebook-api-version")).containsExactly("v23.0");

        GraphClient.Response unauthorised = client.withToken("wrong").get("/v22.0/" + DEFAULT_PHONE_NUMBER_ID);
        assertThat(unauthorised.headers().get("facebook-api-version")).containsExactly("v22.0");
    }
}
