package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reaction to a message, or the removal of one: {@code {"message_id":…, "emoji":…}}.
 *
 * <pre>{@code
 * ReactionMessage.react("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4", "👍")
 * ReactionMessage.remove("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4")
 * }</pre>
 *
 * @param messageId the wamid of the message reacted to
 * @param emoji     the emoji, or the empty string to remove an earlier reaction
 */
public record ReactionMessage(String messageId, String emoji) implements OutgoingMessage {

    /** @throws InvalidMessageException when the message id or the emoji is missing */
    public ReactionMessage(String messageId, String emoji) {
        this.messageId = messageId;
        this.emoji = emoji;
        MessageValidator.reaction(messageId, emoji);
    }

    public static ReactionMessage react(String messageId, String emoji) {
        return new ReactionMessage(messageId, emoji);
    }

    /** Removes the reaction this business sent earlier to {@code messageId}. */
    public static ReactionMessage remove(String messageId) {
        return new ReactionMessage(messageId, "");
    }

    @Override
    public String type() {
        return "reaction";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode reaction = GraphJson.putIfPresent(GraphJson.object(), "message_id", messageId);
        return GraphJson.putIfPresent(reaction, "emoji", emoji);
    }
}
