package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.HmacCheck;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookDeliveryTest {

    private static final String SECRET = "s3cr3t-for-signing";
    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    private WebhookReceiver receiver;
    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        emulator = WhatsAppCloudEmulator.builder().appSecret(SECRET).webhookUrl(receiver.uri())
                .webhookDelivery(WebhookDeliveryOptions.DEFAULTS.withRetries(4, Duration.ofMillis(20))).build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
        receiver.close();
    }

    @Test
    void everyPayloadIsSignedOverItsExactBytes() {
        emulator.simulateText(DEFAULT_USER_WA_ID, "héllo / ✓");
        String wamid = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "reply")).wamid();
        await().until(() -> receiver.statusesOf(wamid).size() == 3);

        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(4);
        for (WebhookReceiver.Received payload : received) {
            assertThat(payload.signature()).isEqualTo(HmacCheck.expectedSignature(SECRET, payload.body()));
            assertThat(payload.contentType()).isEqualTo("application/json");
        }
        assertThat(received.get(0).signature()).isNotEqualTo(HmacCheck.expectedSignature("other", received.get(0)
                .body()));
        assertThat(emulator.deliveredWebhooks()).allSatisfy(w -> assertThat(w.signature())
                .isEqualTo(HmacCheck.expectedSignature(SECRET, w.body())));
    }

    @Test
    void bodiesEscapeNonAsciiAndSlashesLikeMeta() {
        emulator.simulateText(DEFAULT_USER_WA_ID, "héllo / ✓");
        await().until(() -> receiver.received().size() == 1);

        String raw = new String(receiver.received().get(0).body(), StandardCharsets.US_ASCII);
        assertThat(raw).contains("h\\u00e9llo \\/ \\u2713");
        assertThat(receiver.messages().get(0).path("text").path("body").asText()).isEqualTo("héllo / ✓");
    }

    @Test
    void userMessageEnvelopeHasMetadataAndContacts() {
        String wamid = emulator.simulateText(DEFAULT_USER_WA_ID, "Hi");
        await().until(() -> receiver.received().size() == 1);

        JsonNode payload = receiver.received().get(0).json();
        assertThat(payload.path("object").asText()).isEqualTo("whatsapp_business_account");
        JsonNode entry = payload.path("entry").path(0);
        assertThat(entry.path("id").asText()).isEqualTo(DEFAULT_WABA_ID);
        JsonNode change = entry.path("changes").path(0);
        assertThat(change.path("field").asText()).isEqualTo("messages");
        JsonNode value = change.path("value");
        assertThat(value.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(value.path("metadata").path("display_phone_number").asText()).isEqualTo("15555550100");
        assertThat(value.path("metadata").path("phone_number_id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(value.path("contacts").path(0).path("profile").path("name").asText()).isEqualTo("Alice");
        assertThat(value.path("contacts").path(0).path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        JsonNode message = value.path("messages").path(0);
        assertThat(message.path("id").asText()).isEqualTo(wamid);
        assertThat(message.path("from").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(message.path("type").asText()).isEqualTo("text");
        assertThat(message.path("timestamp").asText()).matches("\\d{10}");
    }

    @Test
    void callbackDataIsEchoedInEveryStatus() {
        String wamid = client.post(MESSAGES, "{\"messaging_product\":\"whatsapp\",\"to\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"template\",\"template\":{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}},"
                + "\"biz_opaque_callback_data\":\"order-42\"}").wamid();

        await().until(() -> receiver.statusesOf(wamid).size() == 3);
        assertThat(receiver.statuses()).allSatisfy(s -> assertThat(s.path("biz_opaque_callback_data").asText())
                .isEqualTo("order-42"));
    }

    @Test
    void nonSuccessAnswersAreRetriedWithBackoffUntilAcknowledged() {
        receiver.answerNext(500, 503, 404);
        emulator.simulateText(DEFAULT_USER_WA_ID, "retry me");

        await().until(() -> receiver.received().size() == 4);
        await().until(emulator::webhooksIdle);
        List<DeliveredWebhook> attempts = emulator.deliveredWebhooks();
        assertThat(attempts).extracting(DeliveredWebhook::httpStatus).containsExactly(500, 503, 404, 200);
        assertThat(attempts).extracting(DeliveredWebhook::attempt).containsExactly(1, 2, 3, 4);
        assertThat(attempts).extracting(DeliveredWebhook::bodyAsString).containsOnly(attempts.get(0).bodyAsString());
        Duration firstGap = Duration.between(attempts.get(0).at(), attempts.get(1).at());
        Duration lastGap = Duration.between(attempts.get(2).at(), attempts.get(3).at());
        assertThat(lastGap).isGreaterThan(firstGap);
    }

    @Test
    void deliveryGivesUpAfterMaxAttempts() {
        receiver.answerNext(500, 500, 500, 500, 500);
        emulator.simulateText(DEFAULT_USER_WA_ID, "never acknowledged");

        await().until(() -> receiver.received().size() == 4 && emulator.webhooksIdle());
        assertThat(emulator.deliveredWebhooks()).noneMatch(DeliveredWebhook::acknowledged);
    }

    @Test
    void unreachableAppIsRecordedAsFailedAttempts() {
        emulator.setWebhookUrl(java.net.URI.create("http://127.0.0.1:1/webhook"));
        emulator.simulateText(DEFAULT_USER_WA_ID, "nobody home");

        await().until(() -> emulator.deliveredWebhooks().size() == 4 && emulator.webhooksIdle());
        assertThat(emulator.deliveredWebhooks()).allSatisfy(w -> {
            assertThat(w.httpStatus()).isEqualTo(-1);
            assertThat(w.failure()).isNotBlank();
        });
    }

    @Test
    void waitingEventsAreBatchedIntoOnePayload() {
        emulator.setWebhookDelivery(emulator.webhookDelivery().withMaxEventsPerPayload(10));
        emulator.pauseWebhooks();
        IntStream.range(0, 3).forEach(i -> emulator.simulateText(DEFAULT_USER_WA_ID, "message " + i));
        emulator.simulateText("4915112345678", "from someone else");
        emulator.resumeWebhooks();

        await().until(() -> receiver.messages().size() == 4);
        assertThat(receiver.received()).hasSize(1);
        JsonNode value = receiver.changes().get(0).path("value");
        assertThat(value.path("messages")).hasSize(4);
        assertThat(value.path("contacts")).hasSize(2);
        assertThat(receiver.received().get(0).signature())
                .isEqualTo(HmacCheck.expectedSignature(SECRET, receiver.received().get(0).body()));
    }

    @Test
    void duplicatesAreDeliveredByteForByte() {
        emulator.setWebhookDelivery(emulator.webhookDelivery().withDuplicateRatio(1.0));
        emulator.simulateText(DEFAULT_USER_WA_ID, "twice");

        await().until(() -> receiver.received().size() == 2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
        assertThat(emulator.deliveredWebhooks()).extracting(DeliveredWebhook::duplicate).containsExactly(false, true);
    }

    @Test
    void shuffledDeliveryChangesTheOrderDeterministically() {
        List<String> first = shuffledOrder(7L);
        List<String> second = shuffledOrder(7L);

        assertThat(first).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 8).mapToObj(i -> "m" + i).toList());
        assertThat(first).isNotEqualTo(IntStream.range(0, 8).mapToObj(i -> "m" + i).toList());
        assertThat(second).isEqualTo(first);
    }

    private List<String> shuffledOrder(long seed) {
        emulator.reset();
        receiver.close();
        receiver = new WebhookReceiver();
        emulator.setWebhookUrl(receiver.uri());
        emulator.setWebhookDelivery(emulator.webhookDelivery().withShuffle(true).withSeed(seed));
        emulator.pauseWebhooks();
        IntStream.range(0, 8).forEach(i -> emulator.simulateText(DEFAULT_USER_WA_ID, "m" + i));
        emulator.resumeWebhooks();
        await().until(() -> receiver.messages().size() == 8);
        return receiver.messages().stream().map(m -> m.path("text").path("body").asText()).toList();
    }

    @Test
    void noWebhookIsSentWhenTheWabaIsNotSubscribed() {
        GraphClient.Response unsubscribe = client.delete("/v26.0/" + DEFAULT_WABA_ID + "/subscribed_apps");
        assertThat(unsubscribe.json().path("success").asBoolean()).isTrue();

        emulator.simulateText(DEFAULT_USER_WA_ID, "lost");
        String wamid = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "also lost")).wamid();
        await().until(() -> emulator.sentMessage(wamid).orElseThrow().status() == MessageStatus.READ
                && emulator.droppedWebhookEvents() == 4);

        assertThat(receiver.received()).isEmpty();

        client.post("/v26.0/" + DEFAULT_WABA_ID + "/subscribed_apps", "{}");
        emulator.simulateText(DEFAULT_USER_WA_ID, "found");
        await().until(() -> receiver.received().size() == 1);
    }
}
