package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code security}: a security setting of a number changed, for example its two-step verification PIN.
 *
 * @param webhookContext     the envelope data
 * @param json               the change's {@code value}
 * @param displayPhoneNumber {@code display_phone_number}
 * @param event              {@code event}: {@code PIN_CHANGED}, {@code PIN_RESET_REQUEST}, {@code PIN_RESET_SUCCESS}
 * @param requester          {@code requester}: who asked, or {@code null}
 */
public record SecurityUpdate(WebhookContext webhookContext, JsonNode json, String displayPhoneNumber, String event,
        String requester) implements FieldEvent {
}
