package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Marks a received message as read (blue ticks), optionally showing a typing indicator until the reply
 * is sent or 25 seconds pass: the body of {@code POST /{phone-number-id}/messages} for {@code markAsRead}.
 *
 * <pre>{@code
 * ReadReceipt.of("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUYzMjEzNDM2RTZGQ0MzMDJBRgA=").typingIndicator(true)
 * }</pre>
 *
 * @param messageId       the wamid of the received message
 * @param typingIndicator whether to show "typing…" to the user
 */
public record ReadReceipt(String messageId, boolean typingIndicator) {

    /** @throws InvalidMessageException when the message id is missing */
    public ReadReceipt {
        MessageValidator.validateReadReceipt(graphJson(messageId, typingIndicator));
    }

    public static ReadReceipt of(String messageId) {
        return new ReadReceipt(messageId, false);
    }

    /** @return a copy that does or does not show a typing indicator */
    public ReadReceipt typingIndicator(boolean typingIndicator) {
        return new ReadReceipt(messageId, typingIndicator);
    }

    /** @return a new tree: {@code {"messaging_product":"whatsapp","status":"read","message_id":…, "typing_indicator"?:{"type":"text"}}} */
    public ObjectNode toGraphJson() {
        return graphJson(messageId, typingIndicator);
    }

    private static ObjectNode graphJson(String messageId, boolean typingIndicator) {
        ObjectNode body = GraphJson.object().put("messaging_product", "whatsapp").put("status", "read");
        GraphJson.putIfPresent(body, "message_id", messageId);
        if (typingIndicator) {
            body.putObject("typing_indicator").put("type", "text");
        }
        return body;
    }
}
