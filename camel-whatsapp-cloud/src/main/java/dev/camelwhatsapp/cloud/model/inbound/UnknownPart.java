package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message type this model does not know yet. It is passed on, never rejected, so a new Meta message type reaches
 * the route instead of failing the webhook.
 *
 * @param type the message type as sent
 * @param json the object under the key named by {@code type}, or a missing node if the message has none
 */
public record UnknownPart(String type, JsonNode json) implements MessagePart {
}
