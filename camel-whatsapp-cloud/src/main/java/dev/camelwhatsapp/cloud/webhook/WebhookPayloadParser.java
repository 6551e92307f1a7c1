package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;

/**
 * Splits a WhatsApp Business Account webhook payload into one {@link WebhookEventEnvelope} per event.
 * <p>
 * Every entry, every change, every message, every status and every {@code value.errors} item becomes an event, in
 * payload order; nothing is dropped. A change of the {@code messages} field yields its messages, then its statuses,
 * then its errors (a change carrying only errors yields error events; one carrying none of the three yields a
 * {@link FieldChange} so it is not lost). A change of another field Meta documents yields its typed
 * {@link FieldEvent}s (one per item for the fields whose value is a list: echoes, history, calls, groups, ...); a
 * change of a field without a typed record yields one {@link FieldChange}.
 * <p>
 * The structure ({@code object}, {@code entry}, entries, changes and the event arrays) is checked strictly and a violation
 * is a {@link WebhookRejectedException} with status 400. Inside events reading is lenient: a missing or unexpected
 * property leaves a {@code null} in the typed event, never a rejection, and every event keeps its raw JSON.
 * <p>
 * Parse only bodies whose signature was verified ({@link WebhookSignatureVerifier}), and check the size limit
 * before. Instances are immutable and thread-safe; one can serve every request.
 */
public final class WebhookPayloadParser {

    /** The only {@code object} a WhatsApp Business Account webhook carries. */
    public static final String WHATSAPP_BUSINESS_ACCOUNT = "whatsapp_business_account";

    /** The field of users' preferences: marketing messages stopped or resumed. */

    /** The field of messages, statuses and their errors. */
    public static final String MESSAGES_FIELD = "messages";

    /**
     * Parses a webhook body.
     *
     * @param  body                      the raw request body
     * @return                           the events, in payload order; empty if the payload holds none
     * @throws WebhookRejectedException with status 400 if the body is empty, not JSON, not an object, not of
     *                                   {@code object} {@value #WHATSAPP_BUSINESS_ACCOUNT}, or has no {@code entry}
     *                                   array, or if an entry, change, message, status or error is not an object
     */
    public List<WebhookEventEnvelope> parse(byte[] body) {
        JsonNode root = readRoot(body);
        if (!WHATSAPP_BUSINESS_ACCOUNT.equals(JsonValues.text(root, "object"))) {
            throw WebhookRejectedException.badRequest("object is not " + WHATSAPP_BUSINESS_ACCOUNT);
        }
        JsonNode entries = root.get("entry");
        if (entries == null || !entries.isArray()) {
            throw WebhookRejectedException.badRequest("entry array missing");
        }
        List<WebhookEventEnvelope> events = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            JsonNode entry = requireObject(entries.get(e), "entry[" + e + "]");
            JsonNode changes = entry.get("changes");
            if (changes == null || changes.isNull()) {
                continue;
            }
            if (!changes.isArray()) {
                throw WebhookRejectedException.badRequest("entry[" + e + "].changes is not an array");
            }
            String wabaId = JsonValues.text(entry, "id");
            for (int c = 0; c < changes.size(); c++) {
                JsonNode change = requireObject(changes.get(c), "entry[" + e + "].changes[" + c + "]");
                readChange(wabaId, change, "entry[" + e + "].changes[" + c + "].value", events);
            }
        }
        return List.copyOf(events);
    }

    private static JsonNode readRoot(byte[] body) {
        if (body == null || body.length == 0) {
            throw WebhookRejectedException.badRequest("empty body");
        }
        JsonNode root;
        try {
            root = WebhookJson.readTree(body);
        } catch (JsonProcessingException malformed) {
            // Jackson's own message quotes the offending text; only the position is safe to repeat.
            throw WebhookRejectedException.badRequest("malformed JSON" + at(malformed.getLocation()));
        } catch (IOException unreadable) {
            throw WebhookRejectedException.badRequest("unreadable JSON");
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejectedException.badRequest("body is not a JSON object");
        }
        return root;
    }

    private static String at(JsonLocation location) {
        return location != null && location.getLineNr() > 0
                ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : "";
    }

    private static JsonNode requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw WebhookRejectedException.badRequest(path + " is not an object");
        }
        return node;
    }

    private static void readChange(String wabaId, JsonNode change, String path, List<WebhookEventEnvelope> events) {
        String field = JsonValues.text(change, "field");
        JsonNode value = change.get("value");
        if (value == null) {
            value = NullNode.getInstance();
        }
        JsonNode metadata = value.path("metadata");
        WebhookContext context = new WebhookContext(wabaId, field, JsonValues.text(metadata, "phone_number_id"),
                JsonValues.text(metadata, "display_phone_number"));
        if (MESSAGES_FIELD.equals(field) && value.isObject()) {
            int before = events.size();
            readMessagesValue(context, value, path, events);
            if (events.size() > before) {
                return;
            }
        }
        FieldValueReader reader = MESSAGES_FIELD.equals(field) ? null : FieldValueReaders.of(field);
        if (reader != null && value.isObject()) {
            List<FieldEvent> typed = reader.read(context, value, path);
            typed.forEach(event -> add(events, event));
            if (!typed.isEmpty()) {
                return;
            }
            // a list field with no item but value.errors (a call that could not be set up, ...): report the errors
            List<JsonNode> errors = items(value, "errors", path);
            errors.forEach(error -> add(events, ErrorReader.error(context, error)));
            if (!errors.isEmpty()) {
                return;
            }
        }
        add(events, new FieldChange(context, value));
    }

    private static void readMessagesValue(WebhookContext context, JsonNode value, String path,
            List<WebhookEventEnvelope> events) {
        List<Contact> contacts = MessageReader.contacts(value);
        for (JsonNode message : items(value, "messages", path)) {
            add(events, MessageReader.message(context, message, contacts));
        }
        for (JsonNode status : items(value, "statuses", path)) {
            add(events, StatusReader.status(context, status, contacts));
        }
        for (JsonNode error : items(value, "errors", path)) {
            add(events, ErrorReader.error(context, error));
        }
    }

    /**
     * The items of an event array. An item that is not an object cannot become an event, and skipping it would
     * drop it silently, so the payload is refused instead: each item is an event or the request fails.
     */
    static List<JsonNode> items(JsonNode value, String name, String path) {
        JsonNode array = value.get(name);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw WebhookRejectedException.badRequest(path + "." + name + " is not an array");
        }
        List<JsonNode> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(requireObject(array.get(i), path + "." + name + "[" + i + "]"));
        }
        return items;
    }

    private static void add(List<WebhookEventEnvelope> events, WebhookEvent event) {
        events.add(WebhookEventEnvelope.of(event));
    }
}
