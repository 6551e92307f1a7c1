package dev.camelwhatsapp.cloud.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus.Conversation;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus.Pricing;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.object;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads {@code value.statuses[]} objects, with the recipient's entry of {@code value.contacts}.
 */
final class StatusReader {

    private StatusReader() {
    }

    static MessageStatus status(WebhookContext context, JsonNode status, List<Contact> contacts) {
        String recipientId = text(status, "recipient_id");
        String recipientUserId = text(status, "recipient_user_id");
        return new MessageStatus(
                context, status, text(status, "id"), text(status, "status"),
                epochSeconds(status, "timestamp"), recipientId, recipientUserId,
                text(status, "biz_opaque_callback_data"), conversation(object(status, "conversation")),
                pricing(object(status, "pricing")), ErrorReader.errorsOf(status),
                MessageReader.contactOf(contacts, recipientId, recipientUserId));
    }

    private static Conversation conversation(JsonNode conversation) {
        if (conversation == null) {
            return null;
        }
        JsonNode origin = object(conversation, "origin");
        return new Conversation(
                text(conversation, "id"), epochSeconds(conversation, "expiration_timestamp"),
                origin != null ? text(origin, "type") : null);
    }

    private static Pricing pricing(JsonNode pricing) {
        if (pricing == null) {
            return null;
        }
        return new Pricing(
                JsonValues.optionalFlag(pricing, "billable"), text(pricing, "pricing_model"),
                text(pricing, "category"), text(pricing, "type"));
    }
}
