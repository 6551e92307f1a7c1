package dev.camelwhatsapp.cloud.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.AppStateSync;
import dev.camelwhatsapp.cloud.model.inbound.field.AutomaticEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.HistoryChunk;
import dev.camelwhatsapp.cloud.model.inbound.field.MessageEcho;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.integer;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the fields of a number shared with the WhatsApp Business app (coexistence): message echoes, app state sync
 * and chat history; and the automatic events detected in ad-referred chats. Each item of their lists is an event.
 */
final class CoexistenceFieldReader {

    private CoexistenceFieldReader() {
    }

    static List<FieldEvent> echoes(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode echo : WebhookPayloadParser.items(value, "message_echoes", path)) {
            String type = MessageReader.typeOf(echo);
            events.add(new MessageEcho(
                    context, echo, text(echo, "id"), text(echo, "from"), text(echo, "to"),
                    text(echo, "to_user_id"), epochSeconds(echo, "timestamp"), type,
                    MessagePartReader.part(type, echo)));
        }
        return events;
    }

    static List<FieldEvent> stateSync(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode item : WebhookPayloadParser.items(value, "state_sync", path)) {
            JsonNode contact = item.path("contact");
            events.add(new AppStateSync(
                    context, item, text(item, "type"), text(item, "action"),
                    text(contact, "full_name"), text(contact, "first_name"), text(contact, "phone_number"),
                    epochSeconds(item.path("metadata"), "timestamp")));
        }
        return events;
    }

    static List<FieldEvent> history(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode chunk : WebhookPayloadParser.items(value, "history", path)) {
            JsonNode metadata = chunk.path("metadata");
            events.add(new HistoryChunk(
                    context, chunk, integer(metadata, "phase"), integer(metadata, "chunk_order"),
                    integer(metadata, "progress"), JsonValues.objects(chunk, "threads", CoexistenceFieldReader::thread),
                    ErrorReader.errorsOf(chunk)));
        }
        // A refusal to share the history comes as value.errors without history items: still one event.
        if (events.isEmpty() && value.path("errors").isArray()) {
            events.add(new HistoryChunk(context, value, null, null, null, List.of(), ErrorReader.errorsOf(value)));
        }
        return events;
    }

    private static HistoryChunk.ChatThread thread(JsonNode thread) {
        return new HistoryChunk.ChatThread(text(thread, "id"), JsonValues.objects(thread, "messages", message -> {
            String type = MessageReader.typeOf(message);
            return new HistoryChunk.HistoryMessage(
                    text(message, "id"), text(message, "from"), text(message, "to"),
                    epochSeconds(message, "timestamp"), type, text(message.path("history_context"), "status"),
                    MessagePartReader.part(type, message), message);
        }));
    }

    static List<FieldEvent> automaticEvents(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode item : WebhookPayloadParser.items(value, "automatic_events", path)) {
            JsonNode custom = item.path("custom_data");
            events.add(new AutomaticEvent(
                    context, item, text(item, "id"), text(item, "event_name"),
                    epochSeconds(item, "timestamp"), text(item, "ctwa_clid"), text(custom, "currency"),
                    JsonValues.decimal(custom, "value")));
        }
        return events;
    }
}
