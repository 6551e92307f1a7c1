package dev.camelwhatsapp.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The control API over plain HTTP, as a curl user or a non-Java test would drive it.
 */
class ControlApiTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    private WebhookReceiver receiver;
    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        emulator = WhatsAppCloudEmulator.builder().build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
        client.post("/_emulator/webhook", "{\"url\":\"" + receiver.uri() + "\"}");
    }

    @AfterEach
    void stop() {
        emulator.stop();
        receiver.close();
    }

    @Test
    void infoDescribesTheEmulatorWithoutSecrets() {
        GraphClient.Response info = client.withToken(null).get("/_emulator/info");

        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().path("phone_numbers").path(0).path("id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(info.json().path("webhook_url").asText()).isEqualTo(receiver.uri().toString());
        assertThat(info.json().path("templates")).hasSize(3);
        assertThat(new String(info.bytes())).doesNotContain(DEFAULT_ACCESS_TOKEN).doesNotContain(DEFAULT_APP_SECRET);
    }

    @Test
    void clockAdvanceExpiresTheWindow() {
        client.post("/_emulator/inbound", "{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"text\",\"text\":"
                + "{\"body\":\"hi\"}}");
        long before = client.get("/_emulator/clock").json().path("epoch_seconds").asLong();

        JsonNode clock = client.post("/_emulator/clock/advance", "{\"duration\":\"PT24H1S\"}").json();

        assertThat(clock.path("epoch_seconds").asLong() - before).isBetween(86401L, 86460L);
        String wamid = client.post(MESSAGES, GraphClient.text(DEFAULT_USER_WA_ID, "late")).wamid();
        await().until(() -> client.get("/_emulator/messages/" + wamid).json().path("status").asText()
                .equals("failed"));
        JsonNode message = client.get("/_emulator/messages/" + wamid).json();
        assertThat(message.path("error_code").asInt()).isEqualTo(131047);
        assertThat(message.path("request").path("text").path("body").asText()).isEqualTo("late");
    }

    @Test
    void messagesListShowsFinalStatusesAndFilters() {
        String read = client.post(MESSAGES, GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null))
                .wamid();
        String failed = client.post(MESSAGES, GraphClient.template("4915100000000", "hello_world", "en_US", null))
                .wamid();
        await().until(() -> client.get("/_emulator/messages?status=read").json().path("data").size() == 1);

        JsonNode all = client.get("/_emulator/messages").json().path("data");
        assertThat(all).extracting(m -> m.path("id").asText()).containsExactly(read, failed);
        assertThat(all.path(0).path("history")).extracting(h -> h.path("status").asText())
                .containsExactly("accepted", "sent", "delivered", "read");
        assertThat(client.get("/_emulator/messages?to=4915100000000").json().path("data").path(0).path("status")
                .asText()).isEqualTo("failed");
        assertThat(client.get("/_emulator/messages/wamid.nope").status()).isEqualTo(404);
    }

    @Test
    void webhooksLogShowsBodiesSignaturesAndAnswers() {
        receiver.answerNext(500);
        client.post("/_emulator/inbound", "{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"text\",\"text\":"
                + "{\"body\":\"hi\"}}");

        await().until(() -> client.get("/_emulator/webhooks").json().path("data").size() == 2);
        JsonNode log = client.get("/_emulator/webhooks").json().path("data");
        assertThat(log.path(0).path("http_status").asInt()).isEqualTo(500);
        assertThat(log.path(1).path("http_status").asInt()).isEqualTo(200);
        assertThat(log.path(1).path("attempt").asInt()).isEqualTo(2);
        assertThat(log.path(1).path("signature").asText()).startsWith("sha256=");
        assertThat(log.path(1).path("body").asText()).contains("whatsapp_business_account");
    }

    @Test
    void settingsCanBeChangedAndResetRestoresThem() {
        assertThat(client.post("/_emulator/throughput", "{\"per_second\":1}").status()).isEqualTo(200);
        client.post("/_emulator/pair-rate", "{\"burst\":1,\"interval_ms\":60000}");
        client.post("/_emulator/subscription", "{\"subscribed\":false}");
        client.post("/_emulator/token", "{\"valid\":false}");
        client.post("/_emulator/templates/status", "{\"name\":\"hello_world\",\"language\":\"en_US\","
                + "\"status\":\"REJECTED\"}");
        client.post("/_emulator/phone-numbers/" + DEFAULT_PHONE_NUMBER_ID + "/quality", "{\"quality_rating\":\"RED\"}");
        assertThat(emulator.throughputPerSecond()).isEqualTo(1);
        assertThat(emulator.pairRateBurst()).isEqualTo(1);
        assertThat(emulator.subscribed()).isFalse();
        assertThat(emulator.tokenState().valid()).isFalse();
        assertThat(emulator.qualityRating(DEFAULT_PHONE_NUMBER_ID)).isEqualTo(QualityRating.RED);

        client.post("/_emulator/reset", "{}");

        assertThat(emulator.throughputPerSecond()).isEqualTo(80);
        assertThat(emulator.pairRateBurst()).isEqualTo(45);
        assertThat(emulator.subscribed()).isTrue();
        assertThat(emulator.tokenState().valid()).isTrue();
        assertThat(emulator.qualityRating(DEFAULT_PHONE_NUMBER_ID)).isEqualTo(QualityRating.GREEN);
        assertThat(emulator.templates()).filteredOn(t -> t.name().equals("hello_world"))
                .extracting(TemplateDefinition::status).containsExactly(TemplateStatus.APPROVED);
        assertThat(emulator.webhookUrl()).contains(receiver.uri());
    }

    @Test
    void qualityChangeIsReportedByWebhook() {
        client.post("/_emulator/phone-numbers/" + DEFAULT_PHONE_NUMBER_ID + "/quality",
                "{\"quality_rating\":\"RED\"}");

        await().until(() -> receiver.changes().size() == 1);
        JsonNode change = receiver.changes().get(0);
        assertThat(change.path("field").asText()).isEqualTo("phone_number_quality_update");
        assertThat(change.path("value").path("event").asText()).isEqualTo("FLAGGED");
    }

    @Test
    void tierChangeIsReportedByWebhook() {
        client.post("/_emulator/phone-numbers/" + DEFAULT_PHONE_NUMBER_ID + "/messaging-limit",
                "{\"tier\":\"TIER_10K\"}");

        await().until(() -> receiver.changes().size() == 1);
        JsonNode value = receiver.changes().get(0).path("value");
        assertThat(value.path("event").asText()).isEqualTo("UPGRADE");
        assertThat(value.path("current_limit").asText()).isEqualTo("TIER_10K");
        assertThat(client.get("/_emulator/info").json().path("phone_numbers").path(0).path("messaging_limit_tier")
                .asText()).isEqualTo("TIER_10K");
    }

    @Test
    void badControlRequestsAre400And404() {
        assertThat(client.post("/_emulator/throughput", "{\"per_second\":\"fast\"}").status()).isEqualTo(400);
        assertThat(client.post("/_emulator/clock/advance", "{}").status()).isEqualTo(400);
        assertThat(client.get("/_emulator/nothing").status()).isEqualTo(404);
    }

    @Test
    void controlApiAddsUsersAndTemplates() {
        client.post("/_emulator/users", "{\"wa_id\":\"447700900123\",\"name\":\"Olivia\",\"reads_messages\":false}");
        client.post("/_emulator/templates", "{\"name\":\"welcome\",\"language\":\"en_GB\",\"category\":\"MARKETING\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"Welcome aboard!\"}]}");

        String wamid = client.post(MESSAGES, GraphClient.template("447700900123", "welcome", "en_GB", null)).wamid();

        await().until(() -> emulator.sentMessage(wamid).orElseThrow().status() == MessageStatus.DELIVERED);
    }
}
