package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers when each user last wrote to each business number, which is what opens WhatsApp's 24-hour customer
 * service window. The consumer records every inbound user message; the producer reads it before a free-form send.
 *
 * <p>
 * Implementations must be thread-safe. To share windows between several replicas of an application, use a shared
 * implementation (e.g. the JDBC one) in all of them.
 */
public interface ConversationWindowStore {

    /** How long a user's message keeps the window open. */
    Duration WINDOW = Duration.ofHours(24);

    /**
     * Records that a user wrote to a business number. Keeps the latest time: Meta delivers webhooks unordered, so an
     * older message arriving late must not shorten the window.
     *
     * @param phoneNumberId the business phone number id the user wrote to
     * @param userId        the user's WhatsApp id (wa_id digits)
     * @param at            when the user wrote (the message timestamp)
     */
    void recordInbound(String phoneNumberId, String userId, Instant at);

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        the user's WhatsApp id (wa_id digits)
     * @return               when the user last wrote to that number, if this store knows
     */
    Optional<Instant> lastInbound(String phoneNumberId, String userId);

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        the user's WhatsApp id
     * @param  now           the current time
     * @return               whether a free-form message may be sent to the user now
     */
    default boolean isOpen(String phoneNumberId, String userId, Instant now) {
        return lastInbound(phoneNumberId, userId).map(at -> now.isBefore(at.plus(WINDOW))).orElse(false);
    }
}
