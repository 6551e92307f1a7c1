package dev.camelwhatsapp.cloud.flow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;

/**
 * What Meta says about a user's marketing messages, in one place for the send answer, the {@code failed} status
 * webhook and the {@code user_preferences} webhook alike.
 */
public final class MarketingSignals {

    /** The user stopped marketing messages from the business. */
    public static final int USER_STOPPED_MARKETING = 131050;

    /** Meta's per-user marketing limit: the user got enough marketing messages lately; do not retry soon. */
    public static final int PER_USER_MARKETING_LIMIT = 131049;

    /** How long no marketing template is tried after a 131049 unless configured otherwise. */
    public static final Duration DEFAULT_LIMIT_COOLDOWN = Duration.ofHours(24);

    private MarketingSignals() {
    }

    /**
     * Records what a webhook event says about a user's marketing messages: a {@code user_preferences} stop or resume,
     * or a {@code failed} status with 131050 or 131049. Both of the user's ids are recorded when the event names both.
     *
     * @param store         the store to update
     * @param event         any webhook event
     * @param limitCooldown how long to hold marketing templates back after a 131049
     * @param clock         the endpoint's clock, the time of an event that carries no timestamp
     * @return              whether the event was about marketing
     */
    public static boolean record(MarketingOptOutStore store, WebhookEvent event, Duration limitCooldown,
                                 Clock clock) {
        String phoneNumberId = event.webhookContext().phoneNumberId();
        if (phoneNumberId == null) {
            return false;
        }
        if (event instanceof UserPreferenceUpdate preference
                && (preference.stopsMarketing() || preference.resumesMarketing())) {
            Instant at = preference.timestamp() != null ? preference.timestamp() : clock.instant();
            for (String id : ids(preference.waId(), preference.userId())) {
                store.recordPreference(phoneNumberId, id, preference.stopsMarketing(), at);
            }
            return true;
        }
        if (event instanceof MessageStatus status && status.failed()) {
            Instant at = status.timestamp() != null ? status.timestamp() : clock.instant();
            boolean marketing = false;
            for (WebhookErrorDetail error : status.errors()) {
                for (String id : ids(status.recipientId(), status.recipientUserId())) {
                    marketing |= error.code() != null
                            && record(store, phoneNumberId, id, error.code(), at, limitCooldown);
                }
            }
            return marketing;
        }
        return false;
    }

    private static List<String> ids(String waId, String userId) {
        List<String> ids = new ArrayList<>(2);
        if (waId != null) {
            ids.add(waId);
        }
        if (userId != null && !userId.equals(waId)) {
            ids.add(userId);
        }
        return ids;
    }

    /**
     * Records what an error code says, if anything.
     *
     * @param store         the store to update
     * @param phoneNumberId the business phone number id
     * @param userId        the user's phone number or business-scoped user id
     * @param code          Meta's error code
     * @param at            when Meta said so
     * @param limitCooldown how long to hold marketing templates back after a 131049
     * @return              whether the code was about marketing
     */
    public static boolean record(MarketingOptOutStore store, String phoneNumberId, String userId, int code, Instant at,
                                 Duration limitCooldown) {
        if (userId == null) {
            return false;
        }
        if (code == USER_STOPPED_MARKETING) {
            store.recordPreference(phoneNumberId, userId, true, at);
            return true;
        }
        if (code == PER_USER_MARKETING_LIMIT) {
            store.recordMarketingLimit(phoneNumberId, userId, at, at.plus(limitCooldown));
            return true;
        }
        return false;
    }
}
