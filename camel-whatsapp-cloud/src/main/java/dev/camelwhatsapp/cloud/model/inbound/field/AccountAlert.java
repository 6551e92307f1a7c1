package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code account_alerts}: an alert about the account or one of its numbers (for example a messaging limit that
 * could not be raised).
 *
 * @param webhookContext   the envelope data
 * @param json             the change's {@code value}
 * @param entityType       {@code entity_type}: {@code WABA}, {@code PHONE_NUMBER}, {@code BUSINESS}
 * @param entityId         {@code entity_id}
 * @param alertSeverity    {@code alert_info.alert_severity}: {@code CRITICAL}, {@code WARNING}, {@code INFORMATIONAL}
 * @param alertStatus      {@code alert_info.alert_status}: {@code ACTIVE}, {@code NONE}
 * @param alertType        {@code alert_info.alert_type}
 * @param alertDescription {@code alert_info.alert_description}
 */
public record AccountAlert(WebhookContext webhookContext, JsonNode json, String entityType, String entityId,
        String alertSeverity, String alertStatus, String alertType, String alertDescription) implements FieldEvent {
}
