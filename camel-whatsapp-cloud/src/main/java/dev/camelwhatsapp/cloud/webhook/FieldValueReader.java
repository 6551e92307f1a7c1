package dev.camelwhatsapp.cloud.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * Reads the {@code value} of one webhook field into its typed events.
 */
@FunctionalInterface
interface FieldValueReader {

    /**
     * @param  context the envelope data of the change
     * @param  value   the change's {@code value}, an object
     * @param  path    where the value is in the payload, for rejection messages
     * @return         the events, in payload order; empty when the value holds no item
     */
    List<FieldEvent> read(WebhookContext context, JsonNode value, String path);

    /** A reader of a field whose value is one event. */
    static FieldValueReader single(java.util.function.BiFunction<WebhookContext, JsonNode, FieldEvent> reader) {
        return (context, value, path) -> List.of(reader.apply(context, value));
    }
}
