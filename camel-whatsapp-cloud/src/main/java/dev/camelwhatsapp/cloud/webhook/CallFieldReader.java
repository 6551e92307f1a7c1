package dev.camelwhatsapp.cloud.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.CallEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.CallStatus;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.integer;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the {@code calls} field: one event per {@code calls[]} item, then one per {@code statuses[]} item, then one
 * error event per {@code value.errors[]} item, as for messages.
 */
final class CallFieldReader {

    private CallFieldReader() {
    }

    static List<FieldEvent> read(WebhookContext context, JsonNode value, String path) {
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode call : WebhookPayloadParser.items(value, "calls", path)) {
            JsonNode session = call.path("session");
            events.add(new CallEvent(
                    context, call, text(call, "id"), text(call, "from"), text(call, "to"),
                    text(call, "event"), text(call, "direction"), epochSeconds(call, "timestamp"),
                    text(call, "status"), integer(call, "duration"), text(session, "sdp_type"), text(session, "sdp"),
                    text(call, "biz_opaque_callback_data"), ErrorReader.errorsOf(call)));
        }
        for (JsonNode status : WebhookPayloadParser.items(value, "statuses", path)) {
            events.add(new CallStatus(
                    context, status, text(status, "id"), text(status, "type"),
                    text(status, "status"), epochSeconds(status, "timestamp"), text(status, "recipient_id"),
                    text(status, "biz_opaque_callback_data"), ErrorReader.errorsOf(status)));
        }
        return events;
    }
}
