package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;

/**
 * Derives the key under which an event is remembered as processed.
 * <p>
 * Meta delivers webhooks at least once and in no particular order, and redelivers a whole payload when any of its
 * events failed. A key must therefore be equal for the same event in every delivery, and differ between events that
 * must each be processed. Keys depend only on the event's content, never on its position in a payload, because
 * Meta may batch a redelivered event differently.
 */
final class DeduplicationKeys {

    private static final HexFormat HEX = HexFormat.of();

    private DeduplicationKeys() {
    }

    static String of(WebhookEvent event) {
        return of(event, null);
    }

    /**
     * @param event     the event
     * @param entryTime the {@code time} of the entry holding it, or {@code null}
     */
    static String of(WebhookEvent event, String entryTime) {
        if (event instanceof InboundMessage message) {
            // A wamid is unique and a message is delivered once per id, whatever else the payload holds.
            return hasId(message.id()) ? "message:" + message.id() : "message:" + contentHash(event, entryTime);
        }
        if (event instanceof MessageStatus status) {
            // One message goes through several statuses (sent, delivered, read) which must all be processed, but
            // each status of a message is reported once per delivery; a repeated "failed" is a redelivery.
            return hasId(status.id())
                    ? "status:" + status.id() + ":" + status.status()
                    : "status:" + contentHash(event, entryTime);
        }
        if (event instanceof WebhookError error) {
            // value.errors items carry no id: their content and the entry's time tell a redelivery (same payload)
            // from the same error reported again later.
            WebhookContext context = error.webhookContext();
            return "error:" + orDash(context.phoneNumberId()) + ":" + orDash(error.code()) + ":"
                    + contentHash(event, entryTime);
        }
        FieldEvent change = (FieldEvent) event;
        // Other fields carry no id either. A value may recur (a template APPROVED, PAUSED, then APPROVED again;
        // quality FLAGGED, UNFLAGGED, FLAGGED): the entry's time makes each report its own event, and a redelivery
        // of the payload, which repeats the time, the same one. The field name leads the key so it stays readable.
        return change.field() + ":" + contentHash(event, entryTime);
    }

    /**
     * The WABA id, number, field and entry time are hashed with the event's JSON, so equal values of different
     * accounts, numbers, fields or reports stay distinct.
     */
    private static String contentHash(WebhookEvent event, String entryTime) {
        WebhookContext context = event.webhookContext();
        ObjectNode identity = WebhookJson.newObject();
        identity.put("id", context.wabaId());
        identity.put("phone_number_id", context.phoneNumberId());
        identity.put("field", context.field());
        identity.put("time", entryTime);
        identity.set("value", event.json());
        return sha256Hex(identity);
    }

    private static boolean hasId(String id) {
        return id != null && !id.isBlank();
    }

    /**
     * Hashes the canonical form (properties sorted, no whitespace) straight into the digest, without building a
     * string, so the key does not depend on key order or formatting of the delivery.
     */
    static String sha256Hex(JsonNode node) {
        MessageDigest sha256 = newSha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            WebhookJson.writeCanonical(node, out);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return HEX.formatHex(sha256.digest());
    }

    private static String orDash(Object value) {
        return Objects.toString(value, "-");
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException requiredByTheJavaPlatform) {
            throw new IllegalStateException(requiredByTheJavaPlatform);
        }
    }
}
