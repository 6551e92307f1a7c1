package dev.camelwhatsapp.cloud.api;

/**
 * What the Graph API answered to an accepted send. Accepted is not delivered: delivery, reads and asynchronous
 * failures (such as 131047 outside the 24-hour window) arrive later as status events on the webhook.
 *
 * @param messageId     the wamid of the message, the key of every later status event
 * @param waId          the WhatsApp id the recipient was resolved to
 * @param input         the recipient as it was sent
 * @param messageStatus {@code accepted}, {@code held_for_quality_assessment} or {@code paused} when Meta says, else
 *                      {@code null}
 */
public record SendResult(String messageId, String waId, String input, String messageStatus) {
}
