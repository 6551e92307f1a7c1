package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code business_capability_update}: the business portfolio's limits changed.
 *
 * @param webhookContext                   the envelope data
 * @param json                             the change's {@code value}
 * @param maxDailyConversationPerPhone     {@code max_daily_conversation_per_phone}, as text, or {@code null}
 * @param maxPhoneNumbersPerBusiness       {@code max_phone_numbers_per_business}, as text, or {@code null}
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business}, for example {@code TIER_10K},
 *                                         or {@code null}
 */
public record BusinessCapabilityUpdate(WebhookContext webhookContext, JsonNode json,
        String maxDailyConversationPerPhone, String maxPhoneNumbersPerBusiness, String maxDailyConversationsPerBusiness)
        implements
            FieldEvent {
}
