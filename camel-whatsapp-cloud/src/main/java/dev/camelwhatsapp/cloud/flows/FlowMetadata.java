package dev.camelwhatsapp.cloud.flows;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes of {@code updateFlowMetadata}: only what is set changes. Only a DRAFT Flow can be changed.
 *
 * <pre>{@code
 * FlowMetadata.change().endpointUri("https://example.com/whatsapp/flows").build();
 * }</pre>
 *
 * @param name        a new name, or {@code null}
 * @param categories  new categories, or empty
 * @param endpointUri a new data endpoint, or {@code null}
 */
public record FlowMetadata(String name, List<FlowCategory> categories, String endpointUri) {

    /** Checks that something changes and the endpoint is an absolute https URL. */
    public FlowMetadata {
        categories = categories == null ? List.of() : List.copyOf(new LinkedHashSet<>(categories));
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("updateFlowMetadata: the new name must not be blank");
        }
        if (name == null && categories.isEmpty() && endpointUri == null) {
            throw new IllegalArgumentException(
                    "updateFlowMetadata needs a name, categories or an endpointUri to change");
        }
        checkEndpointUri(endpointUri);
    }

    /** @return a builder of the changes */
    public static Builder change() {
        return new Builder();
    }

    /** Changes from a map with Meta's field names: {@code name}, {@code categories}, {@code endpoint_uri}. */
    public static FlowMetadata fromMap(Map<?, ?> map) {
        Builder builder = change();
        if (map.get("name") != null) {
            builder.name(map.get("name").toString());
        }
        if (map.get("categories") instanceof Iterable<?> names) {
            names.forEach(category -> builder.category(FlowCategory.of(String.valueOf(category))));
        }
        if (map.get("endpoint_uri") != null) {
            builder.endpointUri(map.get("endpoint_uri").toString());
        }
        return builder.build();
    }

    /** Meta calls the data endpoint over HTTPS only. */
    static void checkEndpointUri(String endpointUri) {
        if (endpointUri == null) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(endpointUri);
        } catch (IllegalArgumentException notAUri) {
            throw new IllegalArgumentException("The Flow's endpointUri is not a URL: " + endpointUri);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "The Flow's endpointUri must be an absolute https URL (WhatsApp calls"
                            + " the data endpoint over HTTPS only), was " + endpointUri);
        }
    }

    ObjectNode toGraphJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (name != null) {
            json.put("name", name);
        }
        if (!categories.isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode names = json.putArray("categories");
            categories.forEach(category -> names.add(category.name()));
        }
        if (endpointUri != null) {
            json.put("endpoint_uri", endpointUri);
        }
        return json;
    }

    /** Builds a {@link FlowMetadata}. */
    public static final class Builder {
        private String name;
        private final List<FlowCategory> categories = new ArrayList<>();
        private String endpointUri;

        private Builder() {
        }

        /** Renames the Flow (unique within the WABA). */
        public Builder name(String newName) {
            this.name = newName;
            return this;
        }

        /** Adds a category; the categories given replace the Flow's. */
        public Builder category(FlowCategory category) {
            categories.add(category);
            return this;
        }

        /** Changes the data endpoint (https). */
        public Builder endpointUri(String uri) {
            this.endpointUri = uri;
            return this;
        }

        /** @return the changes, checked */
        public FlowMetadata build() {
            return new FlowMetadata(name, categories, endpointUri);
        }
    }
}
