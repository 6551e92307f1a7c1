package dev.camelwhatsapp.cloud.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.GroupUpdate;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the {@code group_*} fields: one event per {@code groups[]} item.
 */
final class GroupFieldReader {

    private static final List<String> PARTICIPANT_LISTS = List.of("added_participants", "removed_participants",
            "participants", "join_request_participants");

    private GroupFieldReader() {
    }

    static List<FieldEvent> read(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode group : WebhookPayloadParser.items(value, "groups", path)) {
            events.add(new GroupUpdate(
                    context, group, text(group, "group_id"), text(group, "type"),
                    epochSeconds(group, "timestamp"), text(group, "request_id"), text(group, "subject"),
                    text(group, "description"), text(group, "invite_link"), participants(group),
                    ErrorReader.errorsOf(group)));
        }
        return events;
    }

    /** Participants come as objects with a {@code wa_id} or {@code input}, or as plain ids. */
    private static List<String> participants(JsonNode group) {
        List<String> ids = new ArrayList<>();
        for (String list : PARTICIPANT_LISTS) {
            for (JsonNode participant : group.path(list)) {
                String id = participant.isValueNode() ? participant.asText()
                        : text(participant, "wa_id") != null ? text(participant, "wa_id") : text(participant, "input");
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return List.copyOf(ids);
    }
}
