package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a webhook payload: a user's message, the status of a message the business sent, an error Meta
 * reported asynchronously, or a change of any other webhook field ({@link FieldEvent}: a typed record for each field
 * Meta documents, {@link FieldChange} for the others).
 * <p>
 * The hierarchy is sealed so a {@code switch} or an {@code instanceof} chain over the four kinds is complete.
 */
public sealed interface WebhookEvent permits InboundMessage, MessageStatus, WebhookError, FieldEvent {

    /**
     * @return the envelope data (WABA, field, business phone number) this event was delivered with
     */
    WebhookContext webhookContext();

    /**
     * The JSON this event was read from, shared with the parsed payload rather than copied: the message object, the
     * status object, the error object, or the {@code value} of any other field. Treat it as read-only.
     *
     * @return the event's raw JSON
     */
    JsonNode json();
}
