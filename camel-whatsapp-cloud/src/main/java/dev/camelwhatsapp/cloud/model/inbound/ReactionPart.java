package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A reaction to a message, or the removal of one.
 *
 * @param messageId the wamid of the message reacted to
 * @param emoji     the emoji; empty or {@code null} when the user removed their reaction
 */
public record ReactionPart(String messageId, String emoji) implements MessagePart {

    /**
     * @return {@code true} when the user removed their reaction rather than adding one
     */
    public boolean removed() {
        return emoji == null || emoji.isEmpty();
    }
}
