package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code phone_number_name_update}: Meta decided on a requested display name.
 *
 * @param webhookContext        the envelope data
 * @param json                  the change's {@code value}
 * @param displayPhoneNumber    {@code display_phone_number}
 * @param decision              {@code decision}: {@code APPROVED}, {@code REJECTED} or {@code DEFERRED}
 * @param requestedVerifiedName {@code requested_verified_name}
 * @param rejectionReason       {@code rejection_reason}, or {@code null}
 */
public record PhoneNumberNameUpdate(WebhookContext webhookContext, JsonNode json, String displayPhoneNumber,
        String decision, String requestedVerifiedName, String rejectionReason) implements FieldEvent {
}
