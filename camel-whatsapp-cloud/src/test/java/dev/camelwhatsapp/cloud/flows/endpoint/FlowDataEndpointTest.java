package dev.camelwhatsapp.cloud.flows.endpoint;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flow data endpoint end to end over HTTP, against requests encrypted and answers decrypted by
 * {@link WhatsAppFlowClient}, which knows nothing of the component's cipher.
 */
class FlowDataEndpointTest {

    static final String PATH = "/whatsapp/flows";
    static final KeyPair KEYS = WhatsAppFlowClient.newKeyPair();
    static final List<FlowDataRequest> ROUTED = new CopyOnWriteArrayList<>();
    static final List<Map<String, Object>> HEADERS = new CopyOnWriteArrayList<>();
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:106540352242922?flowEndpointPath=" + PATH
                    + "&flowPrivateKey=RAW({{flows.key}})&appSecret=RAW(" + APP_SECRET + ")")
                    .process(exchange -> {
                        FlowDataRequest request = exchange.getMessage().getBody(FlowDataRequest.class);
                        ROUTED.add(request);
                        HEADERS.add(Map.copyOf(exchange.getMessage().getHeaders()));
                        if ("expired-token".equals(request.flowToken())) {
                            throw new InvalidFlowTokenException("This booking was already confirmed");
                        }
                        if (request.isErrorNotification()) {
                            return; // the endpoint acknowledges
                        }
                        exchange.getMessage().setBody(switch (request.action()) {
                            case INIT -> FlowDataResponse.screen("APPOINTMENT")
                                    .data("slots", List.of(Map.of("id", "0900", "title", "09:00")))
                                    .build();
                            case DATA_EXCHANGE -> FlowDataResponse.close(request.flowToken())
                                    .param("slot", request.dataText("slot")).build();
                            default -> Map.of("screen", request.screen(), "data", Map.of("back", true));
                        });
                    });
        }
    }).settings(main -> main.addInitialProperty("flows.key", WhatsAppFlowClient.pem(KEYS)));

    @BeforeEach
    void clear() {
        ROUTED.clear();
        HEADERS.clear();
    }

    @Test
    void initIsRoutedAndTheNextScreenComesBackEncrypted() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"booking-42\"}", KEYS.getPublic());

        HttpResponse<String> response = post(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        JsonNode answer = JSON.readTree(request.open(response.body()));
        assertThat(answer.path("screen").asText()).isEqualTo("APPOINTMENT");
        assertThat(answer.path("data").path("slots").get(0).path("title").asText()).isEqualTo("09:00");
        assertThat(ROUTED).singleElement().satisfies(routed -> {
            assertThat(routed.action()).isEqualTo(FlowRequestAction.INIT);
            assertThat(routed.version()).isEqualTo("3.0");
            assertThat(routed.flowToken()).isEqualTo("booking-42");
        });
        assertThat(HEADERS.get(0)).containsEntry(WhatsAppCloudConstants.FLOW_TOKEN, "booking-42")
                .containsEntry(WhatsAppCloudConstants.FLOW_ACTION, FlowRequestAction.INIT)
                .doesNotContainKey("X-Hub-Signature-256");
    }

    @Test
    void dataExchangeClosesTheFlowWithItsParameters() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal("{\"version\":\"3.0\",\"action\":\"data_exchange\","
                + "\"screen\":\"APPOINTMENT\",\"data\":{\"slot\":\"0900\"},"
                + "\"flow_token\":\"booking-42\"}",
                KEYS.getPublic());

        JsonNode answer = JSON.readTree(request.open(post(request).body()));

        assertThat(answer.path("screen").asText()).isEqualTo("SUCCESS");
        JsonNode params = answer.path("data").path("extension_message_response").path("params");
        assertThat(params.path("flow_token").asText()).isEqualTo("booking-42");
        assertThat(params.path("slot").asText()).isEqualTo("0900");
        assertThat(ROUTED.get(0).screen()).isEqualTo("APPOINTMENT");
        assertThat(ROUTED.get(0).data()).containsEntry("slot", "0900");
    }

    @Test
    void aMapAnswerIsEncryptedAsIs() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"BACK\",\"screen\":\"DETAILS\",\"flow_token\":\"t\"}",
                KEYS.getPublic());

        JsonNode answer = JSON.readTree(request.open(post(request).body()));

        assertThat(answer.path("screen").asText()).isEqualTo("DETAILS");
        assertThat(answer.path("data").path("back").asBoolean()).isTrue();
    }

    @Test
    void pingIsAnsweredActiveWithoutRouting() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal("{\"version\":\"3.0\",\"action\":\"ping\"}",
                KEYS.getPublic());

        HttpResponse<String> response = post(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(request.open(response.body())))
                .isEqualTo(JSON.readTree("{\"data\":{\"status\":\"active\"}}"));
        assertThat(ROUTED).isEmpty();
    }

    @Test
    void errorNotificationIsAcknowledged() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal("{\"version\":\"3.0\",\"action\":\"data_exchange\","
                + "\"flow_token\":\"t\",\"data\":{\"error\":\"invalid-screen-transition\","
                + "\"error_message\":\"no such screen\"}}",
                KEYS.getPublic());

        JsonNode answer = JSON.readTree(request.open(post(request).body()));

        assertThat(answer).isEqualTo(JSON.readTree("{\"data\":{\"acknowledged\":true}}"));
        assertThat(ROUTED.get(0).error()).isEqualTo("invalid-screen-transition");
        assertThat(ROUTED.get(0).errorMessage()).isEqualTo("no such screen");
    }

    @Test
    void invalidFlowTokenIsAnswered427WithTheMessage() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"expired-token\"}", KEYS.getPublic());

        HttpResponse<String> response = post(request);

        assertThat(response.statusCode()).isEqualTo(427);
        assertThat(JSON.readTree(response.body()).path("error_msg").asText())
                .isEqualTo("This booking was already confirmed");
    }

    @Test
    void payloadForAnotherKeyIsAnswered421AndNeverRouted() {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}",
                WhatsAppFlowClient.newKeyPair().getPublic());

        assertThat(post(request).statusCode()).isEqualTo(421);
        assertThat(ROUTED).isEmpty();
    }

    @Test
    void tamperedCiphertextIsAnswered421() throws Exception {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}", KEYS.getPublic());
        JsonNode envelope = JSON.readTree(request.json());
        byte[] data = java.util.Base64.getDecoder().decode(envelope.path("encrypted_flow_data").asText());
        data[0] ^= 1;
        String tampered = request.json().replace(envelope.path("encrypted_flow_data").asText(),
                java.util.Base64.getEncoder().encodeToString(data));

        assertThat(postRaw(tampered.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(421);
        assertThat(postRaw("{\"hello\":\"world\"}".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(421);
        assertThat(postRaw("not json".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(421);
        assertThat(ROUTED).isEmpty();
    }

    @Test
    void badOrMissingSignatureIsAnswered432AndNeverRouted() {
        WhatsAppFlowClient.Sealed request = WhatsAppFlowClient.seal(
                "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}", KEYS.getPublic());

        try (LogCapture log = LogCapture.start()) {
            assertThat(APP.server().post(PATH, request.bytes(), "Content-Type", "application/json",
                    "X-Hub-Signature-256", signature("another-secret", request.bytes())).statusCode()).isEqualTo(432);
            assertThat(APP.server().post(PATH, request.bytes(), "Content-Type", "application/json").statusCode())
                    .isEqualTo(432);
            assertThat(log.warningsAndErrors()).isEmpty();
        }
        assertThat(ROUTED).isEmpty();
    }

    @Test
    void thePrivateKeyIsNotShownByTheEndpoint() {
        String keyMaterial = WhatsAppFlowClient.pem(KEYS).split("\n")[3];

        assertThat(APP.context().getEndpoints()).isNotEmpty().allSatisfy(
                endpoint -> assertThat(endpoint.toString()).doesNotContain(keyMaterial));
    }

    private static HttpResponse<String> post(WhatsAppFlowClient.Sealed request) {
        return postRaw(request.bytes());
    }

    private static HttpResponse<String> postRaw(byte[] body) {
        return APP.server().post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256",
                signature(APP_SECRET, body));
    }
}
