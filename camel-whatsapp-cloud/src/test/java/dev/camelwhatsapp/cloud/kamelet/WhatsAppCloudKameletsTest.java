package dev.camelwhatsapp.cloud.kamelet;

import java.io.InputStream;
import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's Kamelets, loaded by camel-kamelet from {@code kamelets/} and used from YAML routes, against the emulator:
 * the sink sends a template and a text, the source turns a user's message into a JSON event, and a webhook with a
 * bad signature produces none.
 */
class WhatsAppCloudKameletsTest {

    static final String APP_SECRET = "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d";

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET));

    static Main main;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        port = AvailablePortFinder.getNextAvailable();
        main = new Main();
        main.configure().httpServer().withEnabled(true).withHost("127.0.0.1").withPort(port);
        main.configure().withRoutesIncludePattern("classpath:kamelet-routes/*.camel.yaml");
        main.addInitialProperty("whatsapp.phone-number-id", DEFAULT_PHONE_NUMBER_ID);
        main.addInitialProperty("whatsapp.token", DEFAULT_ACCESS_TOKEN);
        main.addInitialProperty("whatsapp.secret", APP_SECRET);
        main.addInitialProperty("whatsapp.base-uri", EMULATOR.baseUri().toString());
        main.start();
        EMULATOR.emulator().setWebhookUrl(URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook"));
    }

    @AfterAll
    static void stop() {
        main.stop();
    }

    @BeforeEach
    void resetMock() {
        MockEndpoint.resetMocks(main.getCamelContext());
    }

    private ProducerTemplate producer() {
        return main.getCamelContext().createProducerTemplate();
    }

    @Test
    void theKameletsAreTheJarsAndDeclareTheirSecrets() throws Exception {
        assertThat(main.getCamelContext().getRoutes()).extracting(r -> r.getRouteId())
                .contains("send-template", "send-text", "receive");
        Load yaml = new Load(LoadSettings.builder().build());
        for (String name : new String[]{ "whatsapp-cloud-sink", "whatsapp-cloud-source" }) {
            JsonNode kamelet;
            try (InputStream in = getClass().getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
                kamelet = new ObjectMapper().valueToTree(yaml.loadFromInputStream(in));
            }
            assertThat(kamelet.at("/metadata/name").asText()).isEqualTo(name);
            assertThat(kamelet.at("/metadata/labels/camel.apache.org~1kamelet.type").asText())
                    .isEqualTo(name.endsWith("sink") ? "sink" : "source");
            JsonNode properties = kamelet.at("/spec/definition/properties");
            kamelet.at("/spec/definition/required").forEach(required -> assertThat(properties.has(required.asText()))
                    .as(name + " defines its required " + required).isTrue());
            properties.properties().forEach(property -> {
                if (property.getValue().path("format").asText().equals("password")) {
                    assertThat(property.getValue().path("x-descriptors").toString())
                            .as(name + "." + property.getKey()).contains("urn:camel:group:credentials");
                }
            });
        }
    }

    @Test
    void theSinkSendsATemplateWithTheBodyAsItsParameters() {
        Exchange sent = producer().request("direct:template", e -> {
            e.getMessage().setHeader("to", "+1 555 123 4567");
            e.getMessage().setBody("Alice,1001");
        });

        assertThat(sent.getException()).isNull();
        String wamid = sent.getMessage().getHeader("CamelWhatsAppCloudMessageId", String.class);
        SentMessage message = EMULATOR.emulator().sentMessage(wamid).orElseThrow();
        assertThat(message.to()).isEqualTo("15551234567");
        assertThat(message.request().at("/template/name").asText()).isEqualTo("order_confirmation");
        assertThat(message.request().at("/template/components/0/parameters/0/text").asText()).isEqualTo("Alice");
        assertThat(message.request().at("/template/components/0/parameters/1/text").asText()).isEqualTo("1001");
    }

    @Test
    void theSinkRefusesATextOutsideTheWindowBeforeAnyHttpCall() {
        int before = EMULATOR.emulator().sentMessages().size();

        Exchange sent = producer().request("direct:text", e -> {
            e.getMessage().setHeader("to", "+44 7700 900123");
            e.getMessage().setBody("Hello!");
        });

        assertThat(sent.getException()).hasMessageContaining("24 hours");
        assertThat(EMULATOR.emulator().sentMessages()).hasSize(before);
    }

    @Test
    void theSourceTurnsAUserMessageIntoAJsonEventAndTheSinkAnswersInTheWindow() throws Exception {
        MockEndpoint events = main.getCamelContext().getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMinimumMessageCount(1);

        String wamid = EMULATOR.emulator().simulateText("15551234567", "Where is my order?");

        events.assertIsSatisfied(10_000);
        Exchange event = events.getReceivedExchanges().stream()
                .filter(e -> wamid.equals(e.getMessage().getHeader("CamelWhatsAppCloudMessageId"))).findFirst()
                .orElseThrow();
        JsonNode json = new ObjectMapper().readTree(event.getMessage().getBody(String.class));
        assertThat(json.path("id").asText()).isEqualTo(wamid);
        assertThat(json.at("/text/body").asText()).isEqualTo("Where is my order?");
        assertThat(event.getMessage().getHeader("CamelWhatsAppCloudEventType")).isEqualTo("message");

        // the user's message opened the window: the text sink may answer now
        Exchange answer = producer().request("direct:text", e -> {
            e.getMessage().setHeader("to", "15551234567");
            e.getMessage().setBody("Tomorrow before noon");
        });
        assertThat(answer.getException()).isNull();
        assertThat(EMULATOR.emulator().sentMessage(answer.getMessage().getHeader("CamelWhatsAppCloudMessageId",
                String.class)).orElseThrow().request().at("/text/body").asText()).isEqualTo("Tomorrow before noon");
    }

    @Test
    void aWebhookWithABadSignatureProducesNoEvent() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook"))
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"object\":\"whatsapp_business_account\"}"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        // refused before any route runs: the answer comes only after the check
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(main.getCamelContext().getEndpoint("mock:events", MockEndpoint.class).getReceivedCounter())
                .isZero();
    }
}
