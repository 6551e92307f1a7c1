package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code phone_number_quality_update}: a business number's messaging limit or throughput changed.
 *
 * @param webhookContext                   the envelope data (no phone number id: Meta names the number by
 *                                         {@code displayPhoneNumber})
 * @param json                             the change's {@code value}
 * @param displayPhoneNumber               {@code display_phone_number}
 * @param event                            {@code event}: {@code THROUGHPUT_UPGRADE}, {@code ONBOARDING},
 *                                         {@code UPGRADE}, {@code DOWNGRADE}, {@code FLAGGED}, {@code UNFLAGGED}
 * @param currentLimit                     {@code current_limit} (deprecated by Meta), for example
 *                                         {@code TIER_UNLIMITED}
 * @param oldLimit                         {@code old_limit}, or {@code null}
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business}: the portfolio's messaging
 *                                         limit, for example {@code TIER_2K}
 */
public record PhoneNumberQualityUpdate(WebhookContext webhookContext, JsonNode json, String displayPhoneNumber,
        String event, String currentLimit, String oldLimit, String maxDailyConversationsPerBusiness)
        implements
            FieldEvent {

    /** The event of a number moved to higher throughput. */
    public static final String THROUGHPUT_UPGRADE = "THROUGHPUT_UPGRADE";

    /** @return whether the number's throughput was raised to the higher level */
    public boolean isThroughputUpgrade() {
        return THROUGHPUT_UPGRADE.equals(event);
    }
}
