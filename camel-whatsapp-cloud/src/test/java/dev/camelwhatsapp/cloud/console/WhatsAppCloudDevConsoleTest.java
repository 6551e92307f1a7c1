package dev.camelwhatsapp.cloud.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.main.Main;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whatsapp-cloud dev console on a Camel Main application that sends through the emulator and receives its
 * webhooks: resolved through Camel's console SPI, in text and JSON, and served by the management HTTP server when
 * camel.main.devConsoleEnabled is set.
 */
class WhatsAppCloudDevConsoleTest {

    static final String APP_SECRET = "2b7e151628aed2a6abf7158809cf4f3c";

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)).resetBeforeEachTest();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Main main;
    int appPort;
    int managementPort;

    @BeforeEach
    void start() throws Exception {
        appPort = AvailablePortFinder.getNextAvailable();
        managementPort = AvailablePortFinder.getNextAvailable();
        main = new Main();
        main.configure().httpServer().withEnabled(true).withHost("127.0.0.1").withPort(appPort);
        main.addInitialProperty("camel.main.devConsoleEnabled", "true");
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.host", "127.0.0.1");
        main.addInitialProperty("camel.management.port", String.valueOf(managementPort));
        main.addInitialProperty("camel.management.devConsoleEnabled", "true");
        main.addInitialProperty("camel.component.whatsapp-cloud.access-token", DEFAULT_ACCESS_TOKEN);
        main.addInitialProperty("camel.component.whatsapp-cloud.app-secret", APP_SECRET);
        main.addInitialProperty("camel.component.whatsapp-cloud.base-uri", EMULATOR.baseUri().toString());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?redeliveryDelay=10");
                from("whatsapp-cloud:*").routeId("webhook").log("${header.CamelWhatsAppCloudEventType}");
            }
        });
        main.start();
        EMULATOR.emulator().setWebhookUrl(URI.create("http://127.0.0.1:" + appPort + "/whatsapp/webhook"));
    }

    @AfterEach
    void stop() {
        main.stop();
    }

    private void sendTemplate() {
        main.getCamelContext().createProducerTemplate().request("direct:send", e -> {
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
            e.getMessage().setBody(TemplateMessage.builder("hello_world", "en_US").build());
        });
    }

    private void trafficWithAFailureAndAWebhook() {
        sendTemplate();
        EMULATOR.emulator().injectFault(Fault.graphError(131026).onPathsContaining("/messages"));
        sendTemplate();
        EMULATOR.emulator().clearFaults();
        EMULATOR.emulator().simulateText("15551234567", "Hello");
        await().atMost(Duration.ofSeconds(10)).until(() -> EMULATOR.emulator().webhooksIdle()
                && !EMULATOR.emulator().deliveredWebhooks().isEmpty());
    }

    private DevConsole console() {
        return PluginHelper.getDevConsoleResolver(main.getCamelContext()).resolveDevConsole("whatsapp-cloud");
    }

    @Test
    void theConsoleIsFoundThroughCamelsConsoleSpiAndDescribesEveryEndpointInText() {
        trafficWithAFailureAndAWebhook();

        DevConsole console = console();
        assertThat(console).isNotNull();
        assertThat(console.getGroup()).isEqualTo("camel");
        String text = (String) console.call(DevConsole.MediaType.TEXT);

        assertThat(text).contains("phoneNumberId: " + DEFAULT_PHONE_NUMBER_ID).contains("apiVersion: v26.0")
                .contains("phoneNumberId: *").contains("sent: 1").contains("failed: 1")
                .contains("failuresByErrorCode: 131026=1").contains("queued: 0")
                .contains("dedupStore: MemoryIdempotentRepository").contains("payloads: ").contains("rejections: none")
                .doesNotContain(DEFAULT_ACCESS_TOKEN).doesNotContain(APP_SECRET);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJsonCarriesTheCountersOfSendsThrottleWindowsAndWebhookIntake() {
        trafficWithAFailureAndAWebhook();

        Map<String, Object> json = (Map<String, Object>) console().call(DevConsole.MediaType.JSON);
        JsonNode root = new ObjectMapper().valueToTree(json);

        JsonNode sender = endpoint(root, DEFAULT_PHONE_NUMBER_ID);
        assertThat(sender.at("/sending/sent").asLong()).isEqualTo(1);
        assertThat(sender.at("/sending/failuresByErrorCode/131026").asLong()).isEqualTo(1);
        assertThat(sender.at("/throttle/enabled").asBoolean()).isTrue();
        assertThat(sender.at("/throttle/refused").asLong()).isZero();
        assertThat(sender.path("webhook").isMissingNode()).isTrue();

        JsonNode receiver = endpoint(root, "*");
        assertThat(receiver.at("/webhook/dedupStoreSize").asLong()).isGreaterThanOrEqualTo(2);
        WhatsAppCloudEndpoint consumerEndpoint = main.getCamelContext().getEndpoint("whatsapp-cloud:*",
                WhatsAppCloudEndpoint.class);
        assertThat(receiver.at("/webhook/intake/payloads").asLong()).isGreaterThanOrEqualTo(2)
                .isEqualTo(consumerEndpoint.getWebhookPayloads());
        assertThat(receiver.at("/webhook/intake/payloadEvents").asLong())
                .isGreaterThanOrEqualTo(receiver.at("/webhook/intake/payloads").asLong());
        assertThat(receiver.at("/webhook/intake/rejections").asText()).isEqualTo("none");
        assertThat(receiver.path("windowsTracked").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void camelMainServesTheConsoleOverHttpWhenDevConsoleIsEnabled() throws Exception {
        sendTemplate();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/q/dev/whatsapp-cloud"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(DEFAULT_PHONE_NUMBER_ID).contains("\"sent\":1")
                .doesNotContain(DEFAULT_ACCESS_TOKEN);
    }

    private static JsonNode endpoint(JsonNode root, String phoneNumberId) {
        for (JsonNode endpoint : root.path("endpoints")) {
            if (phoneNumberId.equals(endpoint.path("phoneNumberId").asText())) {
                return endpoint;
            }
        }
        throw new AssertionError("no endpoint " + phoneNumberId + " in " + root);
    }
}
