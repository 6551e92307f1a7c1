package dev.camelwhatsapp.cloud.flows;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A problem Meta found in a Flow JSON: a Flow with any cannot be published.
 *
 * @param error       the error, e.g. {@code INVALID_PROPERTY}
 * @param errorType   its kind, e.g. {@code JSON_SCHEMA_ERROR}
 * @param message     the explanation, naming the JSON path
 * @param lineStart   the first line of the offending value (1-based)
 * @param lineEnd     its last line
 * @param columnStart its first column
 * @param columnEnd   its last column
 */
public record FlowValidationError(String error, String errorType, String message, int lineStart, int lineEnd,
        int columnStart, int columnEnd) {

    static List<FlowValidationError> listOf(JsonNode errors) {
        List<FlowValidationError> list = new ArrayList<>();
        if (errors != null && errors.isArray()) {
            for (JsonNode e : errors) {
                list.add(new FlowValidationError(
                        e.path("error").asText(null), e.path("error_type").asText(null),
                        e.path("message").asText(null), e.path("line_start").asInt(), e.path("line_end").asInt(),
                        e.path("column_start").asInt(), e.path("column_end").asInt()));
            }
        }
        return List.copyOf(list);
    }

    @Override
    public String toString() {
        return error + " at line " + lineStart + ", column " + columnStart + ": " + message;
    }
}
