package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code account_review_update}: Meta reviewed the account against its policies.
 *
 * @param webhookContext the envelope data
 * @param json           the change's {@code value}
 * @param decision       {@code decision}: {@code APPROVED}, {@code REJECTED}, {@code PENDING}, {@code DEFERRED}
 */
public record AccountReviewUpdate(WebhookContext webhookContext, JsonNode json, String decision)
        implements
            FieldEvent {
}
