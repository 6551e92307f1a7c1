package dev.camelwhatsapp.emulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.DeliveredWebhook;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.InboundMessage;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.StatusChange;
import dev.camelwhatsapp.emulator.WebhookDeliveryOptions;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * The control API's JSON views of the emulator's records (snake_case, like the Graph API).
 */
final class ControlJson {

    private ControlJson() {
    }

    static ObjectNode sentMessage(SentMessage message) {
        ObjectNode node = Json.object();
        node.put("id", message.id());
        node.put("phone_number_id", message.phoneNumberId());
        node.put("to", message.to());
        node.put("type", message.type());
        node.put("status", message.status().wireName());
        if (message.errorCode() != null) {
            node.put("error_code", message.errorCode());
        }
        node.put("accepted_at", message.acceptedAt().toString());
        ArrayNode history = node.putArray("history");
        for (StatusChange change : message.history()) {
            ObjectNode entry = history.addObject();
            entry.put("status", change.status().wireName());
            entry.put("at", change.at().toString());
            if (change.errorCode() != null) {
                entry.put("error_code", change.errorCode());
            }
        }
        node.set("request", message.request());
        return node;
    }

    static ObjectNode inboundMessage(InboundMessage message) {
        ObjectNode node = Json.object();
        node.put("id", message.id());
        node.put("phone_number_id", message.phoneNumberId());
        node.put("from", message.from());
        node.put("type", message.type());
        node.put("received_at", message.receivedAt().toString());
        node.put("marked_as_read", message.markedAsRead());
        node.put("typing_indicator", message.typingIndicator());
        return node;
    }

    static ObjectNode webhook(DeliveredWebhook webhook) {
        ObjectNode node = Json.object();
        node.put("url", webhook.url().toString());
        node.put("body", webhook.bodyAsString());
        node.put("signature", webhook.signature());
        node.put("http_status", webhook.httpStatus());
        node.put("attempt", webhook.attempt());
        node.put("duplicate", webhook.duplicate());
        node.put("at", webhook.at().toString());
        if (webhook.failure() != null) {
            node.put("failure", webhook.failure());
        }
        return node;
    }

    static ObjectNode request(RecordedRequest request) {
        ObjectNode node = Json.object();
        node.put("at", request.at().toString());
        node.put("method", request.method());
        node.put("path", request.path());
        ObjectNode query = node.putObject("query");
        request.query().forEach(query::put);
        ObjectNode headers = node.putObject("headers");
        request.headers().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        node.put("body", request.bodyText());
        return node;
    }

    static ObjectNode fault(Fault fault) {
        ObjectNode node = Json.object();
        node.put("kind", fault.kind().name());
        switch (fault.kind()) {
            case GRAPH_ERROR -> node.put("code", fault.errorCode());
            case HTTP_STATUS -> node.put("http_status", fault.httpStatus());
            case LATENCY -> node.put("latency_ms", fault.latency().toMillis());
            case RESPONSE -> {
                ObjectNode response = node.putObject("response");
                response.put("status", fault.answer().status());
                response.put("content_type", fault.answer().contentType());
                response.put("body", fault.answer().bodyText());
                ObjectNode headers = response.putObject("headers");
                fault.answer().headers().forEach(headers::put);
            }
            default -> {
                // a connection reset and a corrupted body have no parameter
            }
        }
        if (fault.count() == -1) {
            node.putNull("count");
        } else {
            node.put("count", fault.count());
        }
        node.put("ratio", fault.probability());
        if (fault.pathContains() != null) {
            node.put("path_contains", fault.pathContains());
        }
        return node;
    }

    static ObjectNode delivery(WebhookDeliveryOptions options, boolean paused) {
        ObjectNode node = Json.object();
        node.put("paused", paused);
        node.put("max_events_per_payload", options.maxEventsPerPayload());
        node.put("duplicate_ratio", options.duplicateRatio());
        node.put("shuffle", options.shuffle());
        node.put("seed", options.seed());
        node.put("max_attempts", options.maxAttempts());
        node.put("initial_backoff_ms", options.initialBackoff().toMillis());
        node.put("request_timeout_ms", options.requestTimeout().toMillis());
        return node;
    }
}
