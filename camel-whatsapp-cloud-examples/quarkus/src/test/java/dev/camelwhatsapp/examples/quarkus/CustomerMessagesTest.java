package dev.camelwhatsapp.examples.quarkus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook consumer on Quarkus, served by camel-quarkus-platform-http on Quarkus's own HTTP server: Meta's
 * verification is answered, a signed message from a customer reaches the route and is answered inside the window it
 * opened, and an unsigned POST is refused before any route runs.
 */
@QuarkusTest
@WithTestResource(WhatsAppCloudEmulatorResource.class)
class CustomerMessagesTest {

    @InjectEmulator
    WhatsAppCloudEmulator emulator;

    @TestHTTPResource("/whatsapp/webhook")
    URI webhook;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void pointTheEmulatorAtTheApplication() {
        emulator.setWebhookUrl(webhook);
    }

    @Test
    void metasVerificationRequestIsAnsweredWithTheChallenge() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(webhook + "?hub.mode=subscribe"
                + "&hub.verify_token=" + WhatsAppCloudEmulatorResource.VERIFY_TOKEN + "&hub.challenge=1158201444"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1158201444");
    }

    @Test
    void aCustomersMessageIsReceivedAndAnsweredInTheWindow() {
        String wamid = emulator.simulateText("15551234567", "Where is my order?");

        await().atMost(Duration.ofSeconds(20)).until(() -> answerTo(wamid).isPresent());
        SentMessage answer = answerTo(wamid).orElseThrow();
        assertThat(answer.to()).isEqualTo("15551234567");
        assertThat(answer.request().at("/text/body").asText()).isEqualTo(OrderRoutes.ANSWER);
    }

    @Test
    void anUnsignedPostIsRefused() throws Exception {
        int sentBefore = emulator.sentMessages().size();

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"object\":\"whatsapp_business_account\",\"entry\":[]}",
                        StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(emulator.sentMessages()).hasSize(sentBefore);
    }

    private Optional<SentMessage> answerTo(String wamid) {
        return emulator.sentMessages().stream()
                .filter(m -> wamid.equals(m.request().at("/context/message_id").asText())).findFirst();
    }
}
