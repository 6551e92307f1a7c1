package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A tapped quick-reply button of a template message (message type {@code button}). The template message it
 * answers is {@link InboundMessage#context()}.
 *
 * @param text    the button label
 * @param payload the payload the business set on the button
 */
public record ButtonPart(String text, String payload) implements MessagePart {
}
