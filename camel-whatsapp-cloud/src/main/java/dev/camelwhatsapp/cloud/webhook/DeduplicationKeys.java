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
        if (event instanceof InboundMessage message) {
            // A wamid is unique and a message is delivered once per id, whatever else the payload holds.
            return "message:" + message.id();
        }
        if (event instanceof MessageStatus status) {
            // One message goes through several statuses (sent, delivered, read) which must all be processed, but
            // each status of a message is reported once per delivery; a repeated "failed" is a redelivery.
            return "status:" + status.id() + ":" + status.status();
        }
        if (event instanceof WebhookError error) {
            // value.errors items carry no id or timestamp: only their content tells a redelivery from a new
            // error. Identical errors for one number within the repository's memory count as one, which is the
            // intent for an alert-style event.
            WebhookContext context = error.webhookContext();
            return "error:" + orDash(context.phoneNumberId()) + ":" + orDash(error.code()) + ":" + sha256Hex(error.json());
        }
        FieldEvent change = (FieldEvent) event;
        // Other fields carry no id either; the WABA id and the field are part of the hash so equal values of
        // different accounts or fields stay distinct, and the field name leads the key so it stays readable.
        ObjectNode identity = WebhookJson.newObject();
        identity.put("id", change.webhookContext().wabaId());
        identity.put("field", change.field());
        identity.set("value", change.json());
        return change.field() + ":" + sha256Hex(identity);
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
