package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.MessagePart;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * One item of {@code smb_message_echoes}: a message the business sent from the WhatsApp Business app or a linked
 * device (coexistence), echoed so the integration sees the whole conversation.
 * <p>
 * An echo is the business writing, not the user: it opens no customer service window and is no reason to reply, so
 * it never arrives as a {@code message} event and carries no {@code CamelWhatsAppCloudFrom} header.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code message_echoes[]} item
 * @param id             the message id (wamid)
 * @param from           the business number that sent it
 * @param to             the recipient's WhatsApp id, or {@code null} when withheld (see {@code toUserId})
 * @param toUserId       the recipient's business-scoped user id, or {@code null}
 * @param timestamp      when it was sent, or {@code null}
 * @param type           the message type, {@code unknown} when absent
 * @param part           the content, read as for an inbound message of that type
 */
public record MessageEcho(WebhookContext webhookContext, JsonNode json, String id, String from, String to,
        String toUserId, Instant timestamp, String type, MessagePart part) implements FieldEvent {
}
