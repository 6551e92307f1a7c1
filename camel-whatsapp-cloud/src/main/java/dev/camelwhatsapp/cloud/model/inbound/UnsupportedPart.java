package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A message Cloud API cannot pass on (message type {@code unsupported}, formerly {@code unknown}); the reason is in
 * {@link InboundMessage#errors()}, usually code {@code 131051}.
 *
 * @param type what the user sent when Meta says ({@code unsupported.type}, for example {@code poll_creation}), or
 *             {@code null}
 */
public record UnsupportedPart(String type) implements MessagePart {
}
