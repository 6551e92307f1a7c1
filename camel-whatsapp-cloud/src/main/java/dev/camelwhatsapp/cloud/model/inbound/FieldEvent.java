package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change of a webhook field other than {@code messages}. Each field Meta documents has its own record in
 * {@code dev.camelwhatsapp.cloud.model.inbound.field} with the field's attributes read; a field without one arrives as
 * {@link FieldChange}. Either way {@link #json()} holds what Meta sent, so an attribute the record does not read is
 * still there.
 * <p>
 * Fields whose {@code value} holds a list of items (message echoes, history chunks, calls, groups, automatic events,
 * app state sync) yield one event per item, and {@link #json()} is that item; for the others it is the change's
 * {@code value}.
 * <p>
 * Not sealed: the set of fields grows with Meta's platform, and a record for a new field should not need to touch the
 * others.
 */
public non-sealed interface FieldEvent extends WebhookEvent {

    /**
     * @return the webhook field name, for example {@code message_template_status_update}; also the event's
     *         {@code CamelWhatsAppCloudEventType}
     */
    default String field() {
        return webhookContext().field();
    }

    /**
     * @param  name a property of {@link #json()}
     * @return      the property as text if it is a string, number or boolean; {@code null} if absent, null or
     *              structured
     */
    default String text(String name) {
        JsonNode node = json() == null ? null : json().get(name);
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
