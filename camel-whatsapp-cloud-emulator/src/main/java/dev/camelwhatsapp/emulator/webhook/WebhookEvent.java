package dev.camelwhatsapp.emulator.webhook;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.BusinessNumber;

/**
 * One event waiting for delivery. Events of field {@code messages} belong to a business number and are either a
 * user message (with the user's contact card) or a status; account-level events (template status, quality, ...)
 * carry their whole {@code value}.
 *
 * @param field   the webhook field, e.g. {@code messages}, {@code message_template_status_update}
 * @param kind    what the item is
 * @param number  the business number, {@code null} for account-level events
 * @param contact the {@code contacts[]} entry of a user message or of a status's recipient, else {@code null}
 * @param item    the message, the status, or the change value
 */
public record WebhookEvent(String field, Kind kind, BusinessNumber number, JsonNode contact, JsonNode item,
        Long time) {

    /** What an event carries. */
    public enum Kind {
        MESSAGE,
        STATUS,
        ACCOUNT_CHANGE
    }

    public WebhookEvent {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        if (kind != Kind.ACCOUNT_CHANGE) {
            Objects.requireNonNull(number, "number");
        }
    }

    public static WebhookEvent message(BusinessNumber number, JsonNode contact, JsonNode message) {
        return new WebhookEvent("messages", Kind.MESSAGE, number, contact, message, null);
    }

    public static WebhookEvent status(BusinessNumber number, JsonNode status) {
        return new WebhookEvent("messages", Kind.STATUS, number, null, status, null);
    }

    /** A status with its recipient's {@code contacts[]} entry. */
    public static WebhookEvent status(BusinessNumber number, JsonNode status, JsonNode contact) {
        return new WebhookEvent("messages", Kind.STATUS, number, contact, status, null);
    }

    public static WebhookEvent accountChange(String field, JsonNode value) {
        return new WebhookEvent(field, Kind.ACCOUNT_CHANGE, null, null, value, null);
    }

    /** An account-level event whose entry carries {@code time} (epoch seconds), as template events do. */
    public static WebhookEvent accountChange(String field, JsonNode value, java.time.Instant time) {
        return new WebhookEvent(field, Kind.ACCOUNT_CHANGE, null, null, value, time.getEpochSecond());
    }
}
