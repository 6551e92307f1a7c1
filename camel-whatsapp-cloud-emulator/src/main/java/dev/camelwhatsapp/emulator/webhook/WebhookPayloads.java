package dev.camelwhatsapp.emulator.webhook;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Builds Meta's envelope around a batch of events:
 * {@code {"object":"whatsapp_business_account","entry":[{"id":<WABA id>,"changes":[{"field","value"}]}]}}.
 * Events of the same number and kind share one change (several {@code messages} or {@code statuses} in one value),
 * as Meta batches them.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    static ObjectNode envelope(String wabaId, List<WebhookEvent> events) {
        ObjectNode root = Json.object();
        root.put("object", "whatsapp_business_account");
        ObjectNode entry = root.putArray("entry").addObject();
        entry.put("id", wabaId);
        events.stream().map(WebhookEvent::time).filter(java.util.Objects::nonNull).max(Long::compare)
                .ifPresent(time -> entry.put("time", time));
        ArrayNode changes = entry.putArray("changes");

        Map<String, ObjectNode> messageValues = new LinkedHashMap<>();
        Map<String, Set<String>> contactsSeen = new LinkedHashMap<>();
        for (WebhookEvent event : events) {
            if (event.kind() == WebhookEvent.Kind.ACCOUNT_CHANGE) {
                changes.addObject().put("field", event.field()).set("value", event.item().deepCopy());
                continue;
            }
            String group = event.number().phoneNumberId() + '/' + event.kind();
            ObjectNode value = messageValues.computeIfAbsent(group, key -> {
                ObjectNode change = changes.addObject();
                change.put("field", event.field());
                ObjectNode newValue = change.putObject("value");
                newValue.put("messaging_product", "whatsapp");
                ObjectNode metadata = newValue.putObject("metadata");
                metadata.put("display_phone_number", event.number().digits());
                metadata.put("phone_number_id", event.number().phoneNumberId());
                // status changes name their recipients in contacts too, as Meta's current payloads do
                newValue.putArray("contacts");
                newValue.putArray(event.kind() == WebhookEvent.Kind.MESSAGE ? "messages" : "statuses");
                return newValue;
            });
            if (event.kind() == WebhookEvent.Kind.MESSAGE) {
                addContactOnce(value, contactsSeen.computeIfAbsent(group, key -> new HashSet<>()), event.contact());
                ((ArrayNode) value.get("messages")).add(event.item().deepCopy());
            } else {
                // failed statuses name no contact, as at Meta
                addContactOnce(value, contactsSeen.computeIfAbsent(group, key -> new HashSet<>()), event.contact());
                ((ArrayNode) value.get("statuses")).add(event.item().deepCopy());
            }
        }
        for (ObjectNode value : messageValues.values()) {
            if (value.path("contacts").isEmpty()) {
                value.remove("contacts");
            }
        }
        return root;
    }

    private static void addContactOnce(ObjectNode value, Set<String> seen, JsonNode contact) {
        // a user known only by BSUID has no wa_id: the user_id tells contacts apart
        if (contact != null && seen.add(contact.path("user_id").asText(contact.path("wa_id").asText()))) {
            ((ArrayNode) value.get("contacts")).add(contact.deepCopy());
        }
    }
}
