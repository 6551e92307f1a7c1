package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.bytes;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BatchedPayloadTest {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    @Test
    void everyEntryChangeMessageStatusAndErrorBecomesAnEventInPayloadOrder() {
        List<WebhookEventEnvelope> events = parse("batch.json");

        assertThat(events).extracting(WebhookEventEnvelope::eventType, WebhookEventEnvelope::wabaId,
                WebhookEventEnvelope::phoneNumberId, WebhookEventEnvelope::messageId, WebhookEventEnvelope::status,
                WebhookEventEnvelope::errorCode)
                .containsExactly(
                        tuple("message", "102290129340398", "106540352242922", "wamid.B1", null, null),
                        tuple("message", "102290129340398", "106540352242922", "wamid.B2", null, null),
                        tuple("message", "102290129340398", "106540352242922", "wamid.B3", null, null),
                        tuple("status", "102290129340398", "106540352242922", "wamid.OUTB1", "sent", null),
                        tuple("status", "102290129340398", "106540352242922", "wamid.OUTB1", "delivered", null),
                        tuple("message_template_status_update", "102290129340398", null, null, null, null),
                        tuple("status", "203300140451409", "207651463353033", "wamid.OUTC1", "read", null),
                        tuple("status", "203300140451409", "207651463353033", "wamid.OUTC2", "failed", 131026),
                        tuple("error", "203300140451409", "207651463353033", null, null, 131000),
                        tuple("error", "203300140451409", "207651463353033", null, null, 130429));
    }

    @Test
    void eachMessageGetsItsOwnSendersContact() {
        List<WebhookEventEnvelope> events = parse("batch.json");

        assertThat(events.subList(0, 3)).extracting(WebhookEventEnvelope::from, WebhookEventEnvelope::contactName)
                .containsExactly(tuple("16505551234", "Sheena Nelson"), tuple("351912345678", "Ana Silva"),
                        tuple("16505551234", "Sheena Nelson"));
        assertThat(((InboundMessage) events.get(2).event()).image().id()).isEqualTo("555");
        assertThat(((TemplateStatusUpdate) events.get(5).event()).language()).isEqualTo("pt_BR");
    }

    @Test
    void dedupKeysAreDistinctAcrossEventsAndStableAcrossParses() {
        List<String> first = parse("batch.json").stream().map(WebhookEventEnvelope::dedupKey).toList();
        List<String> second = parse("batch.json").stream().map(WebhookEventEnvelope::dedupKey).toList();

        assertThat(first).doesNotHaveDuplicates().hasSize(10).isEqualTo(second);
        assertThat(first.get(0)).isEqualTo("message:wamid.B1");
        assertThat(first.get(3)).isEqualTo("status:wamid.OUTB1:sent");
        assertThat(first.get(5)).matches("message_template_status_update:[0-9a-f]{64}");
        assertThat(first.get(8)).matches("error:207651463353033:131000:[0-9a-f]{64}");
    }

    @Test
    void contentKeysIgnoreKeyOrderAndWhitespaceOfARedelivery() {
        String reordered = """
                { "entry": [ { "changes": [ { "field": "message_template_status_update",
                  "value": { "reason": "INCORRECT_CATEGORY", "message_template_language": "en_US",
                             "message_template_name": "order_confirmation", "message_template_id": 1689556908129832,
                             "event": "REJECTED" } } ],
                  "time": 1750100000, "id": "102290129340398" } ],
                  "object": "whatsapp_business_account" }
                """;

        String original = parse("template-status-update.json").get(0).dedupKey();
        String redelivered = parser.parse(reordered.getBytes(StandardCharsets.UTF_8)).get(0).dedupKey();

        assertThat(redelivered).isEqualTo(original);
    }

    @Test
    void contentKeysDifferWhenTheAccountOrTheValueDiffers() {
        String original = parse("template-status-update.json").get(0).dedupKey();
        String otherAccount = parser.parse(new String(bytes("template-status-update.json"), StandardCharsets.UTF_8)
                .replace("102290129340398", "999999999999999").getBytes(StandardCharsets.UTF_8)).get(0).dedupKey();
        String approvedLater = parser.parse(new String(bytes("template-status-update.json"), StandardCharsets.UTF_8)
                .replace("REJECTED", "APPROVED").getBytes(StandardCharsets.UTF_8)).get(0).dedupKey();

        assertThat(List.of(original, otherAccount, approvedLater)).doesNotHaveDuplicates();
    }

    @Test
    void identicalErrorsOfOneNumberShareAKeyAndOtherErrorsDoNot() {
        List<WebhookEventEnvelope> errors = parse("value-errors.json");
        List<WebhookEventEnvelope> again = parse("value-errors.json");

        assertThat(errors.get(0).dedupKey()).isEqualTo(again.get(0).dedupKey());
        assertThat(errors.get(0).dedupKey()).isNotEqualTo(errors.get(1).dedupKey());
    }

    @Test
    void messagesChangeWithMessagesAndStatusesYieldsBoth() {
        String payload = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                  "metadata":{"phone_number_id":"2","display_phone_number":"3"},
                  "messages":[{"from":"4","id":"wamid.M","timestamp":"5","type":"text","text":{"body":"hi"}}],
                  "statuses":[{"id":"wamid.S","status":"read","timestamp":"6","recipient_id":"4"}]}}]}]}
                """;

        List<WebhookEventEnvelope> events = parser.parse(payload.getBytes(StandardCharsets.UTF_8));

        assertThat(events).extracting(WebhookEventEnvelope::dedupKey)
                .containsExactly("message:wamid.M", "status:wamid.S:read");
    }

    @Test
    void messagesChangeWithoutMessagesStatusesOrErrorsIsKeptAsAFieldChange() {
        String payload = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                  "metadata":{"phone_number_id":"2","display_phone_number":"3"},"message_echoes":[{"id":"wamid.E"}]}}]}]}
                """;

        List<WebhookEventEnvelope> events = parser.parse(payload.getBytes(StandardCharsets.UTF_8));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.eventType()).isEqualTo("messages");
            assertThat(event.phoneNumberId()).isEqualTo("2");
            assertThat(((FieldChange) event.event()).json().path("message_echoes").get(0).path("id").asText())
                    .isEqualTo("wamid.E");
        });
    }

    @Test
    void payloadWithoutChangesHasNoEvents() {
        String payload = """
                {"object":"whatsapp_business_account","entry":[{"id":"1"},{"id":"2","changes":[]}]}
                """;

        assertThat(parser.parse(payload.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void eventListIsImmutable() {
        List<WebhookEventEnvelope> events = parse("batch.json");

        assertThat(events).isUnmodifiable();
    }
}
