package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A text message.
 *
 * @param body the text the user wrote
 */
public record TextPart(String body) implements MessagePart {
}
