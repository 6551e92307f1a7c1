package dev.camelwhatsapp.cloud.flows.endpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One decrypted request of the Flow data endpoint: the body of the route's exchange.
 *
 * @param version   the data API version, e.g. {@code 3.0}
 * @param action    why WhatsApp calls
 * @param screen    the screen the user is on ({@code null} for {@link FlowRequestAction#INIT} and pings)
 * @param data      what the screen submitted (empty when nothing); values as JSON maps to Java (String, Number,
 *                  Boolean, List, Map)
 * @param flowToken the token the business put into the Flow message, to find the user's session
 */
public record FlowDataRequest(String version, FlowRequestAction action, String screen, Map<String, Object> data,
        String flowToken) {

    /** Copies the data, so that the request stays as received. */
    public FlowDataRequest {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * @param  json                     the decrypted request
     * @param  mapper                   the mapper to convert {@code data}
     * @return                          the request
     * @throws IllegalArgumentException when it is not a Flow request (no known action)
     */
    @SuppressWarnings("unchecked")
    public static FlowDataRequest parse(JsonNode json, ObjectMapper mapper) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("The decrypted Flow request is not a JSON object");
        }
        JsonNode data = json.path("data");
        return new FlowDataRequest(
                text(json, "version"), FlowRequestAction.of(text(json, "action")),
                text(json, "screen"), data.isObject() ? mapper.convertValue(data, Map.class) : Map.of(),
                text(json, "flow_token"));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * @return {@code true} when WhatsApp reports that the endpoint's previous answer was invalid ({@code data.error});
     *         the route acknowledges it with {@link FlowDataResponse#acknowledge()}
     */
    public boolean isErrorNotification() {
        return data.containsKey("error");
    }

    /** @return the error WhatsApp reports ({@code data.error}), or {@code null} */
    public String error() {
        Object error = data.get("error");
        return error == null ? null : error.toString();
    }

    /** @return the text of the error WhatsApp reports ({@code data.error_message}), or {@code null} */
    public String errorMessage() {
        Object message = data.get("error_message");
        return message == null ? null : message.toString();
    }

    /**
     * @param  name the field of {@code data}
     * @return      its value as text, or {@code null} when absent
     */
    public String dataText(String name) {
        Object value = data.get(name);
        return value == null ? null : value.toString();
    }
}
