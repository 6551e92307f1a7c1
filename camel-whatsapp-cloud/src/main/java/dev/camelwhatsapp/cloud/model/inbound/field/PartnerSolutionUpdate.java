package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code partner_solutions}: a multi-partner solution changed status.
 *
 * @param webhookContext the envelope data
 * @param json           the change's {@code value}
 * @param event          {@code event}, for example {@code SOLUTION_CREATED}, {@code SOLUTION_UPDATED}
 * @param solutionId     {@code solution_id}
 * @param solutionStatus {@code solution_status}, for example {@code ACTIVE}, {@code PENDING_ACTIVATION}
 */
public record PartnerSolutionUpdate(WebhookContext webhookContext, JsonNode json, String event, String solutionId,
        String solutionStatus) implements FieldEvent {
}
