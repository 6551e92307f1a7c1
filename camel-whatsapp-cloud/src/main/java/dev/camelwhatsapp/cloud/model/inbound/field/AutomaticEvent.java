package dev.camelwhatsapp.cloud.model.inbound.field;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * One item of {@code automatic_events}: a purchase or lead Meta detected in a chat that came from a click-to-WhatsApp
 * ad.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code automatic_events[]} item
 * @param id             the message id (wamid) the event was detected in
 * @param eventName      {@code event_name}: {@code Purchase}, {@code LeadSubmitted}
 * @param timestamp      {@code timestamp}, or {@code null}
 * @param ctwaClid       {@code ctwa_clid}: the click id of the ad
 * @param currency       {@code custom_data.currency} of a purchase, or {@code null}
 * @param value          {@code custom_data.value} of a purchase, or {@code null}
 */
public record AutomaticEvent(WebhookContext webhookContext, JsonNode json, String id, String eventName,
        Instant timestamp, String ctwaClid, String currency, BigDecimal value) implements FieldEvent {
}
