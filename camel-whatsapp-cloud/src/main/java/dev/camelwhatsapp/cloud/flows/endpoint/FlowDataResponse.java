package dev.camelwhatsapp.cloud.flows.endpoint;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The route's answer to a Flow data endpoint request, encrypted back by the endpoint: the next screen with its data,
 * the Flow's completion, or the acknowledgement of an error notification.
 *
 * <pre>{@code
 * FlowDataResponse.screen("APPOINTMENT").data("slots", slots).build();
 * FlowDataResponse.close(request.flowToken()).param("appointment_id", "A-17").build();
 * }</pre>
 *
 * @param screen the screen to show; {@value #SUCCESS} when the Flow closes; {@code null} for an acknowledgement
 * @param data   the screen's data (for a completion: {@code extension_message_response.params})
 */
public record FlowDataResponse(String screen, Map<String, Object> data) {

    /** The screen name that closes the Flow. */
    public static final String SUCCESS = "SUCCESS";

    /** Copies the data. */
    public FlowDataResponse {
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * @param  screen the id of the screen to show next, as in the Flow JSON
     * @return        a builder of its data
     */
    public static Builder screen(String screen) {
        if (screen == null || screen.isBlank()) {
            throw new IllegalArgumentException("A Flow response needs the id of the next screen");
        }
        return new Builder(screen, null);
    }

    /**
     * Closes the Flow; WhatsApp sends the user's chat a completion message whose {@code nfm_reply} carries the
     * parameters (received by the webhook consumer as the Flow's reply).
     *
     * @param  flowToken the request's flow token, which Meta requires among the parameters
     * @return           a builder of the completion parameters
     */
    public static Builder close(String flowToken) {
        if (flowToken == null || flowToken.isBlank()) {
            throw new IllegalArgumentException("Closing a Flow needs the request's flow_token");
        }
        return new Builder(SUCCESS, flowToken);
    }

    /** @return the answer to an error notification: {@code {"data":{"acknowledged":true}}} */
    public static FlowDataResponse acknowledge() {
        return new FlowDataResponse(null, Map.of("acknowledged", true));
    }

    /** @return the JSON structure Meta expects, to serialise */
    public Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (screen != null) {
            json.put("screen", screen);
        }
        json.put("data", data);
        return json;
    }

    /** Builds a response; the values are anything Jackson serialises (String, Number, Boolean, List, Map, records). */
    public static final class Builder {

        private final String screen;
        private final String flowToken;
        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder(String screen, String flowToken) {
            this.screen = screen;
            this.flowToken = flowToken;
        }

        /** Adds a field of the screen's data (of the completion parameters when closing). */
        public Builder data(String name, Object value) {
            values.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Adds fields of the screen's data (of the completion parameters when closing). */
        public Builder data(Map<String, ?> fields) {
            fields.forEach(this::data);
            return this;
        }

        /** Alias of {@link #data(String, Object)} that reads better when closing. */
        public Builder param(String name, Object value) {
            return data(name, value);
        }

        /**
         * Shows an error on the screen (WhatsApp's snackbar): {@code data.error_message}.
         *
         * @param message the text for the user
         */
        public Builder errorMessage(String message) {
            return data("error_message", message);
        }

        /** @return the response */
        public FlowDataResponse build() {
            if (flowToken == null) {
                return new FlowDataResponse(screen, values);
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("flow_token", flowToken);
            params.putAll(values);
            return new FlowDataResponse(screen, Map.of("extension_message_response", Map.of("params", params)));
        }
    }
}
