package dev.camelwhatsapp.emulator;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConversationWindowTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    private WebhookReceiver receiver;
    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        emulator = WhatsAppCloudEmulator.builder().webhookUrl(receiver.uri()).build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
        receiver.close();
    }

    @Test
    void freeFormWithoutWindowIsAcceptedThenFailsWith131047AndIsNeverDelivered() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "Hi there"));

        assertThat(response.status()).isEqualTo(200);
        String wamid = response.wamid();
        await().until(() -> !receiver.statusesOf(wamid).isEmpty());
        emulator.advanceClock(Duration.ofMinutes(5));
        await().until(emulator::webhooksIdle);

        assertThat(receiver.statusesOf(wamid)).containsExactly("failed");
        JsonNode failed = receiver.statuses().get(0);
        assertThat(failed.path("errors").path(0).path("code").asInt()).isEqualTo(131047);
        assertThat(failed.path("errors").path(0).path("title").asText()).isEqualTo("Re-engagement message");
        assertThat(failed.path("errors").path(0).path("error_data").path("details").asText()).contains("24 hours");
        assertThat(emulator.sentMessage(wamid)).get().extracting(SentMessage::status, SentMessage::errorCode)
                .containsExactly(MessageStatus.FAILED, 131047);
    }

    @Test
    void inboundMessageOpensTheWindowAndFreeFormIsDeliveredAndRead() {
        emulator.simulateText(DEFAULT_USER_WA_ID, "Where is my order?");

        String wamid = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "On its way")).wamid();

        await().until(() -> receiver.statusesOf(wamid).size() == 3);
        assertThat(receiver.statusesOf(wamid)).containsExactly("sent", "delivered", "read");
        JsonNode sent = receiver.statuses().stream().filter(s -> s.path("id").asText().equals(wamid)).findFirst()
                .orElseThrow();
        assertThat(sent.path("recipient_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(sent.path("pricing").path("category").asText()).isEqualTo("service");
        assertThat(sent.path("pricing").path("billable").asBoolean()).isFalse();
        assertThat(sent.path("pricing").path("type").asText()).isEqualTo("free_customer_service");
        // since v24.0 Meta leaves the conversation object out (free entry point conversations aside)
        assertThat(sent.has("conversation")).isFalse();
        assertThat(emulator.sentMessage(wamid)).get().extracting(SentMessage::status).isEqualTo(MessageStatus.READ);
    }

    @Test
    void windowExpiresAfter24HoursOfVirtualTime() {
        emulator.simulateText(DEFAULT_USER_WA_ID, "hello");
        emulator.advanceClock(Duration.ofHours(23).plusMinutes(59));
        String inside = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "still open")).wamid();
        emulator.advanceClock(Duration.ofMinutes(2));
        String outside = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "too late")).wamid();

        await().until(() -> receiver.statusesOf(inside).contains("read") && receiver.statusesOf(outside).size() == 1);
        assertThat(receiver.statusesOf(outside)).containsExactly("failed");
        assertThat(emulator.sentMessage(outside).orElseThrow().errorCode()).isEqualTo(131047);
    }

    @Test
    void templatesAreAllowedWithoutWindowAndBilledByCategory() {
        String wamid = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null))
                .wamid();

        await().until(() -> receiver.statusesOf(wamid).size() == 3);
        JsonNode sent = receiver.statuses().get(0);
        assertThat(sent.path("pricing").path("category").asText()).isEqualTo("utility");
        assertThat(sent.path("pricing").path("billable").asBoolean()).isTrue();
        assertThat(sent.path("pricing").path("pricing_model").asText()).isEqualTo("PMP");
    }

    @Test
    void unknownRecipientIsAcceptedThenFailsWith131026() {
        GraphClient.Response response = client.post(MESSAGES, GraphClient.template("4915112345678", "hello_world",
                "en_US", null));

        assertThat(response.status()).isEqualTo(200);
        await().until(() -> !receiver.statusesOf(response.wamid()).isEmpty());
        List<JsonNode> statuses = receiver.statuses();
        assertThat(statuses).singleElement().satisfies(status -> {
            assertThat(status.path("status").asText()).isEqualTo("failed");
            assertThat(status.path("errors").path(0).path("code").asInt()).isEqualTo(131026);
        });
    }

    @Test
    void acceptAnyRecipientDeliversToEveryWellFormedNumber() {
        emulator.stop();
        emulator = WhatsAppCloudEmulator.builder().webhookUrl(receiver.uri()).acceptAnyRecipient(true).build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);

        String wamid = client.post(MESSAGES, GraphClient.template("4915112345678", "hello_world", "en_US", null))
                .wamid();

        await().until(() -> receiver.statusesOf(wamid).contains("read"));
        assertThat(receiver.statusesOf(wamid)).containsExactly("sent", "delivered", "read");
    }

    @Test
    void userWhoDoesNotReadStopsAtDelivered() {
        String wamid = client.post(MESSAGES, GraphClient.template(WhatsAppCloudEmulator.DEFAULT_NON_READING_USER_WA_ID,
                "hello_world", "en_US", null)).wamid();

        await().until(() -> receiver.statusesOf(wamid).contains("delivered"));
        emulator.advanceClock(Duration.ofHours(1));
        await().until(emulator::webhooksIdle);
        assertThat(receiver.statusesOf(wamid)).containsExactly("sent", "delivered");
    }

    @Test
    void delayedStatusesFireWhenTheClockIsAdvanced() {
        emulator.setStatusDelays(Duration.ofHours(1), Duration.ofHours(2));
        String wamid = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null))
                .wamid();
        await().until(() -> receiver.statusesOf(wamid).contains("sent"));
        assertThat(emulator.sentMessage(wamid).orElseThrow().status()).isEqualTo(MessageStatus.SENT);

        emulator.advanceClock(Duration.ofMinutes(61));
        assertThat(emulator.sentMessage(wamid).orElseThrow().status()).isEqualTo(MessageStatus.DELIVERED);
        emulator.advanceClock(Duration.ofMinutes(60));
        assertThat(emulator.sentMessage(wamid).orElseThrow().status()).isEqualTo(MessageStatus.READ);
        await().until(() -> receiver.statusesOf(wamid).size() == 3);
    }
}
