package dev.camelwhatsapp.cloud.model.inbound;

/**
 * The user deleted a message they sent earlier (WhatsApp Business app numbers connected to Cloud API).
 *
 * @param originalMessageId the wamid of the deleted message
 */
public record RevokePart(String originalMessageId) implements MessagePart {
}
