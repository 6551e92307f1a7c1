package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which users stopped marketing messages from a business number, and which ones Meta's per-user marketing
 * limit recently refused. The webhook consumer feeds it ({@code user_preferences} changes, {@code failed} statuses with
 * 131050 or 131049), so does the producer (131050 and 131049 in a send answer); the producer reads it before a
 * MARKETING template is sent.
 *
 * <p>
 * Implementations must be thread-safe. To share what is known between several replicas of an application, use a
 * shared implementation (e.g. {@link JdbcMarketingOptOutStore}) in all of them.
 */
public interface MarketingOptOutStore {

    /**
     * Records a user's marketing preference. Keeps the latest: Meta delivers webhooks unordered, so an older
     * preference arriving late must not undo a newer one; of two with the same time, the one recorded last wins.
     *
     * @param phoneNumberId the business phone number id
     * @param userId        the user's phone number (wa_id digits) or business-scoped user id
     * @param optedOut      {@code true} when the user stopped marketing messages, {@code false} when they resumed
     * @param at            when the user said so (or when Meta refused with 131050)
     */
    void recordPreference(String phoneNumberId, String userId, boolean optedOut, Instant at);

    /**
     * Records that Meta's per-user marketing limit refused a marketing template (131049). Keeps the later end.
     *
     * @param phoneNumberId the business phone number id
     * @param userId        the user's phone number or business-scoped user id
     * @param at            when Meta refused
     * @param until         until when no marketing template should be tried again
     */
    void recordMarketingLimit(String phoneNumberId, String userId, Instant at, Instant until);

    /**
     * @param  phoneNumberId the business phone number id
     * @param  userId        the user's phone number or business-scoped user id
     * @param  now           the current time
     * @return               why a marketing template may not go to the user now, if it may not
     */
    Optional<MarketingBlock> blockOf(String phoneNumberId, String userId, Instant now);
}
