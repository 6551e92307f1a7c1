package dev.camelwhatsapp.emulator;

import java.time.Duration;
import java.util.ArrayList;
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
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TemplatesApiTest {

    private static final String TEMPLATES = "/v26.0/" + DEFAULT_WABA_ID + "/message_templates";

    private WebhookReceiver receiver;
    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        emulator = WhatsAppCloudEmulator.builder().webhookUrl(receiver.uri())
                .templateReviewDelay(Duration.ofHours(2)).build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
        receiver.close();
    }

    @Test
    void listIsCursorPaged() {
        List<String> names = new ArrayList<>();
        GraphClient.Response page = client.get(TEMPLATES + "?limit=2");
        assertThat(page.json().path("data")).hasSize(2);
        page.json().path("data").forEach(t -> names.add(t.path("name").asText()));
        assertThat(page.json().path("paging").path("next").asText()).contains("after=");

        String after = page.json().path("paging").path("cursors").path("after").asText();
        GraphClient.Response second = client.get(TEMPLATES + "?limit=2&after=" + after);
        second.json().path("data").forEach(t -> names.add(t.path("name").asText()));

        assertThat(names).containsExactly("hello_world", "order_confirmation", "delivery_update");
        assertThat(second.json().path("paging").has("next")).isFalse();
        JsonNode first = page.json().path("data").path(0);
        assertThat(first.path("status").asText()).isEqualTo("APPROVED");
        assertThat(first.path("language").asText()).isEqualTo("en_US");
        assertThat(first.path("category").asText()).isEqualTo("UTILITY");
        assertThat(first.path("components").isArray()).isTrue();
        assertThat(first.path("id").asText()).matches("\\d+");
    }

    @Test
    void createdTemplateIsPendingThenApprovedWithAWebhookAndBecomesSendable() {
        GraphClient.Response created = client.post(TEMPLATES, "{\"name\":\"shipping_notice\",\"language\":\"en_US\","
                + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hello {{1}}, parcel {{2}} has"
                + " shipped.\",\"example\":{\"body_text\":[[\"Ann\",\"P-1\"]]}}]}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("status").asText()).isEqualTo("PENDING");
        String id = created.json().path("id").asText();
        String send = GraphClient.template(DEFAULT_USER_WA_ID, "shipping_notice", "en_US", "[{\"type\":\"body\","
                + "\"parameters\":[{\"type\":\"text\",\"text\":\"Ann\"},{\"type\":\"text\",\"text\":\"P-1\"}]}]");
        String messages = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
        assertThat(client.post(messages, send).errorCode()).isEqualTo(132001);

        emulator.advanceClock(Duration.ofHours(2));

        await().until(() -> !receiver.changes().isEmpty());
        JsonNode change = receiver.changes().get(0);
        assertThat(change.path("field").asText()).isEqualTo("message_template_status_update");
        assertThat(change.path("value").path("event").asText()).isEqualTo("APPROVED");
        assertThat(change.path("value").path("message_template_id").asText()).isEqualTo(id);
        assertThat(change.path("value").path("message_template_name").asText()).isEqualTo("shipping_notice");
        assertThat(change.path("value").path("reason").asText()).isEqualTo("NONE");
        assertThat(client.post(messages, send).status()).isEqualTo(200);
    }

    @Test
    void reviewRejectsMetaRejectionCauses() {
        createAndExpect("ends_with_variable", "UTILITY", "Your code is {{1}}", "INVALID_FORMAT");
        createAndExpect("gap_in_variables", "UTILITY", "Hi {{1}}, order {{3}} shipped.", "INVALID_FORMAT");
        createAndExpect("shortened_link", "UTILITY", "Track at https://bit.ly/abc please.", "INVALID_FORMAT");
        createAndExpect("asks_password", "UTILITY", "Please reply with your password to continue.",
                "ABUSIVE_CONTENT");
        createAndExpect("utility_promo", "UTILITY", "Your order shipped. Enjoy 20% discount on the next one.",
                "INCORRECT_CATEGORY");
        createAndExpect("hello_copy", "UTILITY", "Your order {{1}} will arrive on {{2}}. Reply here if you need any"
                + " help.", "INVALID_FORMAT");
    }

    private void createAndExpect(String name, String category, String body, String reason) {
        int before = receiver.changes().size();
        GraphClient.Response created = client.post(TEMPLATES, "{\"name\":\"" + name + "\",\"language\":\"en_US\","
                + "\"category\":\"" + category + "\",\"components\":[{\"type\":\"BODY\",\"text\":"
                + GraphClient.quote(body) + "}]}");
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(200);
        emulator.advanceClock(Duration.ofHours(2));
        await().until(() -> receiver.changes().size() == before + 1);
        JsonNode value = receiver.changes().get(before).path("value");
        assertThat(value.path("message_template_name").asText()).isEqualTo(name);
        assertThat(value.path("event").asText()).as(name).isEqualTo("REJECTED");
        assertThat(value.path("reason").asText()).as(name).isEqualTo(reason);
    }

    @Test
    void promotionalUtilityIsReclassifiedWhenAllowed() {
        GraphClient.Response created = client.post(TEMPLATES, "{\"name\":\"weekly_deal\",\"language\":\"en_US\","
                + "\"category\":\"UTILITY\",\"allow_category_change\":true,\"components\":[{\"type\":\"BODY\","
                + "\"text\":\"This week only: a special offer for members.\"}]}");

        assertThat(created.json().path("category").asText()).isEqualTo("MARKETING");
    }

    @Test
    void invalidCreationsAreRefusedAtOnce() {
        assertThat(client.post(TEMPLATES, "{\"name\":\"Bad Name\",\"language\":\"en_US\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"BODY\",\"text\":\"x\"}]}").errorCode()).isEqualTo(100);
        assertThat(client.post(TEMPLATES, "{\"name\":\"no_body\",\"language\":\"en_US\",\"category\":\"UTILITY\","
                + "\"components\":[{\"type\":\"FOOTER\",\"text\":\"x\"}]}").errorCode()).isEqualTo(100);
        GraphClient.Response duplicate = client.post(TEMPLATES, "{\"name\":\"hello_world\",\"language\":\"en_US\","
                + "\"category\":\"UTILITY\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hello again\"}]}");
        assertThat(duplicate.errorCode()).isEqualTo(100);
        assertThat(duplicate.json().path("error").path("error_subcode").asInt()).isEqualTo(2388024);
    }

    @Test
    void deleteByNameRemovesTheTemplate() {
        assertThat(client.delete(TEMPLATES + "?name=order_confirmation").json().path("success").asBoolean())
                .isTrue();

        assertThat(client.get(TEMPLATES).json().path("data")).extracting(t -> t.path("name").asText())
                .doesNotContain("order_confirmation");
        assertThat(client.delete(TEMPLATES + "?name=order_confirmation").errorCode()).isEqualTo(100);
    }

    @Test
    void controlledStatusChangeSendsTheWebhook() {
        emulator.setTemplateStatus("hello_world", "en_US", TemplateStatus.PAUSED);

        await().until(() -> !receiver.changes().isEmpty());
        assertThat(receiver.changes().get(0).path("value").path("event").asText()).isEqualTo("PAUSED");
        assertThat(client.get(TEMPLATES + "?name=hello_world").json().path("data").path(0).path("status").asText())
                .isEqualTo("PAUSED");
    }

    @Test
    void unknownWabaIsAnUnknownObject() {
        GraphClient.Response response = client.get("/v26.0/111/message_templates");
        assertThat(response.errorCode()).isEqualTo(100);
        assertThat(response.json().path("error").path("error_subcode").asInt()).isEqualTo(33);
    }
}
