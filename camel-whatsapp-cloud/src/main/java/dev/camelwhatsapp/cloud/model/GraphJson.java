package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How this package writes Graph API JSON: one node factory, fields in insertion order, no nulls. */
final class GraphJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // only converts caller-supplied maps and lists into trees; never configured, so safe to share
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GraphJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** Puts {@code value} unless it is null: Meta treats an explicit null differently from an absent field. */
    static ObjectNode putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
        return node;
    }

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
