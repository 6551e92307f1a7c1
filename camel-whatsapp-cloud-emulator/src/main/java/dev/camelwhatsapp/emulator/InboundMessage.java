package dev.camelwhatsapp.emulator;

import java.time.Instant;

/**
 * A message a simulated user sent to the business, and what the business did with it.
 *
 * @param id              the wamid
 * @param phoneNumberId   the business number it was sent to
 * @param from            the user's wa_id
 * @param type            the message type
 * @param receivedAt      virtual time it was sent
 * @param markedAsRead    whether the app marked it as read
 * @param typingIndicator whether the app showed the typing indicator in reply to it
 */
public record InboundMessage(String id, String phoneNumberId, String from, String type, Instant receivedAt,
        boolean markedAsRead, boolean typingIndicator) {

    /** A copy marked as read, with the typing indicator shown or not. */
    public InboundMessage markedRead(boolean withTypingIndicator) {
        return new InboundMessage(
                id, phoneNumberId, from, type, receivedAt, true,
                typingIndicator || withTypingIndicator);
    }
}
