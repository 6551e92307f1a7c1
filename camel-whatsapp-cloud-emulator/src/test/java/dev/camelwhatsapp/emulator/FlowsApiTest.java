package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

class FlowsApiTest {

    static final String VALID = "{\"version\":\"6.3\",\"screens\":[{\"id\":\"WELCOME\",\"terminal\":true,"
            + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void draftIsPublishedThenDeprecatedAndNeverEditedAgain() {
        String id = create("booking", VALID).path("id").asText();
        assertThat(client.get("/v26.0/" + id).json().path("status").asText()).isEqualTo("DRAFT");

        assertThat(client.post("/v26.0/" + id + "/publish", "{}").status()).isEqualTo(200);
        assertThat(client.get("/v26.0/" + id).json().path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(client.post("/v26.0/" + id, "{\"name\":\"renamed\"}").errorCode()).isEqualTo(139001);
        assertThat(upload(id, VALID).errorCode()).isEqualTo(139001);
        assertThat(client.delete("/v26.0/" + id).errorCode()).isEqualTo(100);

        assertThat(client.post("/v26.0/" + id + "/deprecate", "{}").status()).isEqualTo(200);
        assertThat(client.post("/v26.0/" + id + "/publish", "{}").errorCode()).isEqualTo(139002);
        assertThat(client.post("/v26.0/" + id + "/deprecate", "{}").errorCode()).isEqualTo(100);
    }

    @Test
    void brokenFlowJsonHasValidationErrorsWithTheirPositionAndCannotBePublished() {
        String broken = "{\n  \"version\": \"9.9\",\n  \"screens\": [\n    {\"id\": \"ONE\", \"layout\": "
                + "{\"type\": \"SingleColumnLayout\", \"children\": []}},\n    {\"id\": \"ONE\", \"layout\": {}}\n  ],\n"
                + "  \"routing_model\": {\"ONE\": [\"NOWHERE\"]}\n}";
        String id = create("broken", null).path("id").asText();

        JsonNode upload = upload(id, broken).json();

        assertThat(upload.path("success").asBoolean()).isTrue();
        assertThat(upload.path("validation_errors").findValuesAsText("error")).containsExactlyInAnyOrder(
                "INVALID_VERSION", "DUPLICATE_SCREEN_ID", "INVALID_LAYOUT", "MISSING_TERMINAL_SCREEN",
                "INVALID_ROUTING_MODEL");
        JsonNode version = upload.path("validation_errors").get(0);
        assertThat(version.path("line_start").asInt()).isEqualTo(2);
        assertThat(version.path("column_start").asInt()).isEqualTo(14);
        assertThat(client.get("/v26.0/" + id + "?fields=validation_errors,status").json()
                .path("validation_errors").size()).isEqualTo(5);
        assertThat(client.post("/v26.0/" + id + "/publish", "{}").errorCode()).isEqualTo(139002);

        assertThat(upload(id, "{\"version\": ").json().path("validation_errors").get(0).path("error").asText())
                .isEqualTo("INVALID_JSON");
        assertThat(upload(id, VALID).json().path("validation_errors").size()).isZero();
        assertThat(client.post("/v26.0/" + id + "/publish", "{}").status()).isEqualTo(200);
    }

    @Test
    void endpointFlowNeedsAnEndpointUriToBePublished() {
        String withEndpoint = VALID.replace("{\"version\":\"6.3\",",
                "{\"version\":\"6.3\",\"data_api_version\":\"3.0\",");
        String id = create("dynamic", withEndpoint).path("id").asText();

        assertThat(client.post("/v26.0/" + id + "/publish", "{}").errorCode()).isEqualTo(139002);
        assertThat(client.post("/v26.0/" + id, "{\"endpoint_uri\":\"https://example.com/flows\"}").status())
                .isEqualTo(200);
        assertThat(client.post("/v26.0/" + id + "/publish", "{}").status()).isEqualTo(200);
        assertThat(client.get("/v26.0/" + id + "?fields=endpoint_uri,data_api_version,json_version").json()
                .path("endpoint_uri").asText()).isEqualTo("https://example.com/flows");
    }

    @Test
    void namesAreUniqueAndCategoriesChecked() {
        create("booking", null);
        assertThat(client.post("/v26.0/" + DEFAULT_WABA_ID + "/flows",
                "{\"name\":\"booking\",\"categories\":[\"OTHER\"]}").errorCode()).isEqualTo(100);
        assertThat(client.post("/v26.0/" + DEFAULT_WABA_ID + "/flows",
                "{\"name\":\"other\",\"categories\":[\"PIZZA\"]}").errorDetails()).contains("Invalid Flow category");
        assertThat(client.get("/v26.0/" + DEFAULT_WABA_ID + "/flows").json().path("data").size()).isEqualTo(1);
    }

    @Test
    void previewUrlIsStableUntilInvalidated() {
        String id = create("preview", VALID).path("id").asText();

        String first = client.get("/v26.0/" + id + "?fields=preview.invalidate(false)").json().path("preview")
                .path("preview_url").asText();
        String again = client.get("/v26.0/" + id + "?fields=preview.invalidate(false)").json().path("preview")
                .path("preview_url").asText();
        String fresh = client.get("/v26.0/" + id + "?fields=preview.invalidate(true)").json().path("preview")
                .path("preview_url").asText();

        assertThat(first).startsWith("https://business.facebook.com/wa/manage/flows/" + id + "/preview/?token=")
                .isEqualTo(again).isNotEqualTo(fresh);
    }

    @Test
    void businessPublicKeyIsCheckedAndStoredPerNumber() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String path = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/whatsapp_business_encryption";

        assertThat(client.post(path, "{\"business_public_key\":\"not a key\"}").errorCode()).isEqualTo(100);
        assertThat(client.postBytes(path, "application/x-www-form-urlencoded",
                ("business_public_key=" + java.net.URLEncoder.encode(pem, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        JsonNode key = client.get(path).json().path("data").get(0);
        assertThat(key.path("business_public_key").asText()).isEqualTo(pem);
        assertThat(key.path("business_public_key_signature_status").asText()).isEqualTo("VALID");
    }

    private JsonNode create(String name, String flowJson) {
        String body = "{\"name\":\"" + name + "\",\"categories\":[\"APPOINTMENT_BOOKING\"]"
                + (flowJson == null ? "" : ",\"flow_json\":" + GraphClient.quote(flowJson)) + "}";
        GraphClient.Response response = client.post("/v26.0/" + DEFAULT_WABA_ID + "/flows", body);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private GraphClient.Response upload(String id, String flowJson) {
        String boundary = "flow-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nflow.json\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"asset_type\"\r\n\r\nFLOW_JSON\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flow.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + flowJson + "\r\n--" + boundary + "--\r\n";
        return client.postBytes("/v26.0/" + id + "/assets", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
