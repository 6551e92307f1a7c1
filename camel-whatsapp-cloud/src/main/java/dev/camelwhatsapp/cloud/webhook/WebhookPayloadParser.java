package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * An event that cannot be read at all (a reader fails on an unexpected value) does not take the payload with it: the
 * other events are returned. A value that cannot be read (a timestamp out of range, a number where text belongs) is
 * left empty in its event. One WARN line per payload names where unreadable events and values were and what failed,
 * never their content.
 * <p>
 * The body must be well-formed UTF-8 (RFC 8259); anything else is refused with status 400.
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

    private static final Logger LOG = LoggerFactory.getLogger(WebhookPayloadParser.class);

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
        Events events = new Events();
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
            events.entryTime = JsonValues.text(entry, "time");
            for (int c = 0; c < changes.size(); c++) {
                JsonNode change = requireObject(changes.get(c), "entry[" + e + "].changes[" + c + "]");
                readChange(wabaId, change, "entry[" + e + "].changes[" + c + "].value", events);
            }
        }
        if (!events.unreadable.isEmpty() || !events.emptied.isEmpty()) {
            LOG.warn("Webhook payload read in part: {} event(s) routed; unreadable values left empty: [{}];"
                    + " unreadable events skipped: [{}]",
                    events.list.size(), String.join("; ", events.emptied), String.join("; ", events.unreadable));
        }
        return List.copyOf(events.list);
    }

    /** The events read so far, the entry being read, and where events could not be read. */
    private static final class Events {
        final List<WebhookEventEnvelope> list = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        final List<String> emptied = new ArrayList<>();
        String entryTime;

        int size() {
            return list.size();
        }

        /** Reads one event; a failure skips that event only and is reported by where and what, not by content. */
        void add(String path, Supplier<WebhookEvent> reader) {
            addAll(path, () -> List.of(reader.get()));
        }

        /**
         * Reads the events of one change; a failure skips them only and is reported by where and what.
         *
         * @return how many events were read, or -1 when the change could not be read
         */
        int addAll(String path, Supplier<? extends List<? extends WebhookEvent>> reader) {
            JsonValues.startNoting();
            try {
                List<? extends WebhookEvent> read = reader.get();
                read.forEach(event -> list.add(WebhookEventEnvelope.of(event, entryTime)));
                return read.size();
            } catch (RuntimeException unreadableValue) {
                unreadable.add(path + " (" + unreadableValue.getClass().getSimpleName() + ")");
                return -1;
            } finally {
                for (String name : JsonValues.stopNoting()) {
                    emptied.add(path + "." + name);
                }
            }
        }
    }

    private static JsonNode readRoot(byte[] body) {
        if (body == null || body.length == 0) {
            throw WebhookRejectedException.badRequest("empty body");
        }
        requireUtf8(body);
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

    /**
     * Jackson checks UTF-8 only in part (some overlong forms, surrogates and code points beyond U+10FFFF pass), and a
     * lenient decoder would turn such bytes into text the sender never wrote: the whole body is checked strictly.
     */
    private static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException malformed) {
            throw WebhookRejectedException.badRequest("body is not valid UTF-8");
        }
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

    private static void readChange(String wabaId, JsonNode change, String path, Events events) {
        String field = JsonValues.text(change, "field");
        JsonNode value = change.get("value");
        if (value == null) {
            value = NullNode.getInstance();
        }
        JsonNode metadata = value.path("metadata");
        WebhookContext context = new WebhookContext(
                wabaId, field, JsonValues.text(metadata, "phone_number_id"),
                JsonValues.text(metadata, "display_phone_number"));
        if (MESSAGES_FIELD.equals(field) && value.isObject()) {
            int before = events.size();
            readMessagesValue(context, value, path, events);
            if (events.size() > before) {
                return;
            }
        }
        JsonNode fieldValue = value;
        FieldValueReader reader = MESSAGES_FIELD.equals(field) ? null : FieldValueReaders.of(field);
        if (reader != null && value.isObject()) {
            if (events.addAll(path, () -> reader.read(context, fieldValue, path)) != 0) {
                return; // read, or unreadable and reported
            }
            // a list field with no item but value.errors (a call that could not be set up, ...): report the errors
            List<JsonNode> errors = items(value, "errors", path);
            for (int i = 0; i < errors.size(); i++) {
                JsonNode error = errors.get(i);
                events.add(path + ".errors[" + i + "]", () -> ErrorReader.error(context, error));
            }
            if (!errors.isEmpty()) {
                return;
            }
        }
        events.add(path, () -> new FieldChange(context, fieldValue));
    }

    private static void readMessagesValue(WebhookContext context, JsonNode value, String path, Events events) {
        List<JsonNode> messages = items(value, "messages", path);
        List<JsonNode> statuses = items(value, "statuses", path);
        List<JsonNode> errors = items(value, "errors", path);
        List<Contact> contacts = readContacts(value, path, messages.isEmpty() && statuses.isEmpty(), events);
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            events.add(path + ".messages[" + i + "]", () -> MessageReader.message(context, message, contacts));
        }
        for (int i = 0; i < statuses.size(); i++) {
            JsonNode status = statuses.get(i);
            events.add(path + ".statuses[" + i + "]", () -> StatusReader.status(context, status, contacts));
        }
        for (int i = 0; i < errors.size(); i++) {
            JsonNode error = errors.get(i);
            events.add(path + ".errors[" + i + "]", () -> ErrorReader.error(context, error));
        }
    }

    /** Contacts that cannot be read leave the messages and statuses without a contact rather than unread. */
    private static List<Contact> readContacts(JsonNode value, String path, boolean unused, Events events) {
        try {
            return MessageReader.contacts(value);
        } catch (RuntimeException unreadableValue) {
            if (!unused) {
                events.unreadable.add(path + ".contacts (" + unreadableValue.getClass().getSimpleName() + ")");
            }
            return List.of();
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
}
