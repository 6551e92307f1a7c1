package dev.camelwhatsapp.examples.yaml;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The YAML-only example as it ships (its application.properties and routes), with the credentials pointed at the
 * emulator: POST /notify sends the template, and a customer's message is answered.
 */
class YamlKameletsExampleTest {

    static final String APP_SECRET = "6c1f9d2e8b7a4c3d5e0f1a2b3c4d5e6f";

    static WhatsAppCloudEmulator emulator;
    static Main main;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        emulator = WhatsAppCloudEmulator.builder().appSecret(APP_SECRET).build();
        URI graph = emulator.start();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        main = new Main();
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("whatsapp.token", WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN);
        main.addOverrideProperty("whatsapp.secret", APP_SECRET);
        main.addOverrideProperty("whatsapp.phone-number-id", WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID);
        main.addOverrideProperty("whatsapp.base-uri", graph.toString());
        main.start();
        emulator.setWebhookUrl(URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook"));
    }

    @AfterAll
    static void stop() {
        main.stop();
        emulator.close();
    }

    @Test
    void notifySendsTheOrderConfirmationTemplate() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/notify?to=%2B15551234567&name=Alice&order=1001"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        SentMessage sent = emulator.sentMessage(answer.body()).orElseThrow();
        assertThat(sent.to()).isEqualTo("15551234567");
        assertThat(sent.request().at("/template/name").asText()).isEqualTo("order_confirmation");
        assertThat(sent.request().at("/template/components/0/parameters/0/text").asText()).isEqualTo("Alice");
    }

    @Test
    void aCustomersMessageIsAnswered() {
        String wamid = emulator.simulateText("15551234567", "Where is my order?");

        await().atMost(Duration.ofSeconds(15)).until(() -> answerTo(wamid).isPresent());
        assertThat(answerTo(wamid).orElseThrow().request().at("/text/body").asText())
                .startsWith("Thanks, we got your message");
    }

    private static Optional<SentMessage> answerTo(String wamid) {
        return emulator.sentMessages().stream().filter(m -> "text".equals(m.type()))
                .filter(m -> "15551234567".equals(m.to()))
                .filter(m -> !m.acceptedAt().isBefore(emulator.inboundMessages().stream()
                        .filter(in -> in.id().equals(wamid)).findFirst().orElseThrow().receivedAt()))
                .findFirst();
    }
}
