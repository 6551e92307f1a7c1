package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers when each user last wrote to each business number, which is what opens WhatsApp's 24-hour customer
 * service window. The consumer records every inbound user message; the producer reads it before a free-form send.
 *
 * <p>
 * A user may be known by a phone number ({@code wa_id}), by a business-scoped user id ({@code user_id}, BSUID), or by
 * both; a user who adopted a username may show only the BSUID. The window is the user's, whichever id a webhook or a
 * reply uses: the consumer and the producer {@linkplain #linkUserIds link} the two ids whenever Meta shows them together
 * (a webhook with both, a send answer with both), and {@link #isOpen} looks at both.
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
     * @param userId        the user's WhatsApp id (wa_id digits) or business-scoped user id
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
     * Records that a phone number and a business-scoped user id are the same user of a business number. A store that
     * does not override this keeps the ids apart, as before business-scoped user ids existed.
     *
     * @param phoneNumberId        the business phone number id
     * @param waId                 the user's WhatsApp id (phone number digits)
     * @param businessScopedUserId the user's business-scoped user id
     */
    default void linkUserIds(String phoneNumberId, String waId, String businessScopedUserId) {
        // ids stay apart unless the store can remember links
    }

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        a phone number or a business-scoped user id
     * @return               the user's other id, if a link was recorded
     */
    default Optional<String> linkedUserId(String phoneNumberId, String userId) {
        return Optional.empty();
    }

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        the user's phone number or business-scoped user id
     * @return               when the user last wrote to that number under either id, if this store knows
     */
    default Optional<Instant> lastInboundOfUser(String phoneNumberId, String userId) {
        Optional<Instant> own = lastInbound(phoneNumberId, userId);
        Optional<Instant> linked = linkedUserId(phoneNumberId, userId).flatMap(other -> lastInbound(phoneNumberId,
                other));
        if (own.isEmpty()) {
            return linked;
        }
        return linked.filter(at -> at.isAfter(own.get())).or(() -> own);
    }

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        the user's phone number or business-scoped user id
     * @param  now           the current time
     * @return               whether a free-form message may be sent to the user now
     */
    default boolean isOpen(String phoneNumberId, String userId, Instant now) {
        return lastInboundOfUser(phoneNumberId, userId).map(at -> now.isBefore(at.plus(WINDOW))).orElse(false);
    }
}
