package dev.camelwhatsapp.cloud.api;

/**
 * What the Graph API answered to an accepted send. Accepted is not delivered: delivery, reads and asynchronous
 * failures (such as 131047 outside the 24-hour window) arrive later as status events on the webhook.
 *
 * @param messageId     the wamid of the message, the key of every later status event
 * @param waId          the WhatsApp id the recipient was resolved to; {@code null} when the message went to a
 *                      business-scoped user id whose phone number Meta does not share
 * @param input         the recipient as it was sent
 * @param messageStatus {@code accepted}, {@code held_for_quality_assessment} or {@code paused} when Meta says, else
 *                      {@code null}
 * @param userId        the recipient's business-scoped user id ({@code contacts[].user_id}), or {@code null} when
 *                      Meta gives none
 */
public record SendResult(String messageId, String waId, String input, String messageStatus, String userId) {

    /**
     * An answer without a business-scoped user id, as Meta gave them before 2026.
     *
     * @param messageId     the wamid of the message
     * @param waId          the WhatsApp id the recipient was resolved to
     * @param input         the recipient as it was sent
     * @param messageStatus the message status when Meta says, else {@code null}
     */
    public SendResult(String messageId, String waId, String input, String messageStatus) {
        this(messageId, waId, input, messageStatus, null);
    }
}
