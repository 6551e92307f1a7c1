package dev.camelwhatsapp.cloud.flows;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Flow to create ({@code createFlow}): a unique name, its categories, and optionally its Flow JSON (or a Flow to
 * clone), its data endpoint, and whether to publish it at once.
 *
 * <pre>{@code
 * FlowDefinition.named("appointment_booking").category(FlowCategory.APPOINTMENT_BOOKING)
 *         .flowJson(json).endpointUri("https://example.com/whatsapp/flows").build();
 * }</pre>
 *
 * @param name        unique within the WABA
 * @param categories  at least one
 * @param flowJson    the Flow JSON, or {@code null} to upload it later with {@code updateFlowJson}
 * @param cloneFlowId a Flow whose Flow JSON the new one starts from, or {@code null}
 * @param endpointUri the data endpoint of a Flow JSON with {@code data_api_version}, or {@code null}
 * @param publish     publish at once (needs a valid Flow JSON)
 */
public record FlowDefinition(String name, List<FlowCategory> categories, String flowJson, String cloneFlowId,
        String endpointUri, boolean publish) {

    /** Checks everything that can be checked before Meta sees it. */
    public FlowDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A Flow needs a name (unique within the WhatsApp Business Account)");
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException(
                    "Flow '" + name + "' needs at least one category, e.g. "
                            + FlowCategory.APPOINTMENT_BOOKING);
        }
        categories = List.copyOf(new LinkedHashSet<>(categories));
        if (flowJson != null && cloneFlowId != null) {
            throw new IllegalArgumentException("Flow '" + name + "': give either the Flow JSON or a Flow to clone");
        }
        if (flowJson != null) {
            FlowJson.check(flowJson, "createFlow");
        }
        if (cloneFlowId != null) {
            FlowIds.check(cloneFlowId, "cloneFlowId");
        }
        if (publish && flowJson == null && cloneFlowId == null) {
            throw new IllegalArgumentException("Flow '" + name + "' cannot be published without a Flow JSON");
        }
        FlowMetadata.checkEndpointUri(endpointUri);
    }

    /** @return a builder of the Flow with this name */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /**
     * A Flow from a map with Meta's field names: {@code name}, {@code categories} (list of names),
     * {@code flow_json}, {@code clone_flow_id}, {@code endpoint_uri}, {@code publish}.
     */
    public static FlowDefinition fromMap(Map<?, ?> map) {
        Builder builder = named(text(map, "name"));
        Object categories = map.get("categories");
        if (categories instanceof Iterable<?> names) {
            for (Object category : names) {
                builder.category(FlowCategory.of(String.valueOf(category)));
            }
        } else if (categories != null) {
            throw new IllegalArgumentException("categories must be a list of category names, e.g. [\"OTHER\"]");
        }
        return builder.flowJson(text(map, "flow_json")).cloneOf(text(map, "clone_flow_id"))
                .endpointUri(text(map, "endpoint_uri"))
                .publish(Boolean.parseBoolean(String.valueOf(map.get("publish")))).build();
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** The request body of {@code POST /{waba-id}/flows}. */
    ObjectNode toGraphJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("name", name);
        com.fasterxml.jackson.databind.node.ArrayNode names = json.putArray("categories");
        categories.forEach(category -> names.add(category.name()));
        if (flowJson != null) {
            json.put("flow_json", flowJson);
        }
        if (cloneFlowId != null) {
            json.put("clone_flow_id", cloneFlowId);
        }
        if (endpointUri != null) {
            json.put("endpoint_uri", endpointUri);
        }
        if (publish) {
            json.put("publish", true);
        }
        return json;
    }

    /** Builds a {@link FlowDefinition}. */
    public static final class Builder {
        private final String name;
        private final List<FlowCategory> categories = new ArrayList<>();
        private String flowJson;
        private String cloneFlowId;
        private String endpointUri;
        private boolean publish;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a category (at least one is required). */
        public Builder category(FlowCategory category) {
            categories.add(Objects.requireNonNull(category, "category"));
            return this;
        }

        /** The Flow JSON to create the Flow with; checked to be a JSON object within 10 MB. */
        public Builder flowJson(String json) {
            this.flowJson = json;
            return this;
        }

        /** Starts from the Flow JSON of another Flow instead. */
        public Builder cloneOf(String flowId) {
            this.cloneFlowId = flowId;
            return this;
        }

        /** The data endpoint (https) of a Flow JSON with {@code data_api_version}. */
        public Builder endpointUri(String uri) {
            this.endpointUri = uri;
            return this;
        }

        /** Publishes the Flow as it is created; Meta refuses it when the Flow JSON has validation errors. */
        public Builder publish(boolean publishAtOnce) {
            this.publish = publishAtOnce;
            return this;
        }

        /** @return the definition, checked */
        public FlowDefinition build() {
            return new FlowDefinition(name, categories, flowJson, cloneFlowId, endpointUri, publish);
        }
    }
}
