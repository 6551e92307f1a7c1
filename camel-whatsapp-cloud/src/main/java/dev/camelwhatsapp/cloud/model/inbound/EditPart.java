package dev.camelwhatsapp.cloud.model.inbound;

/**
 * The user edited a message they sent earlier (WhatsApp Business app numbers connected to Cloud API).
 *
 * @param originalMessageId the wamid of the message that was edited
 * @param type              the type of the new content, for example {@code text} or {@code image}
 * @param part              the new content, or {@code null} if the edit carries none
 */
public record EditPart(String originalMessageId, String type, MessagePart part) implements MessagePart {
}
