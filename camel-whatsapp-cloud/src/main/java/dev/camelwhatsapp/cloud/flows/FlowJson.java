package dev.camelwhatsapp.cloud.flows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The local checks of a Flow JSON before it is sent: JSON, an object, within Meta's size limit. */
final class FlowJson {

    /** Meta's largest Flow JSON file, 10 MB. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    // only reads caller-supplied JSON; never configured, so safe to share
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FlowJson() {
    }

    /**
     * @param  json                     the Flow JSON text
     * @param  what                     the operation, for the message
     * @return                          the text, checked
     * @throws IllegalArgumentException when it is not a JSON object or too large
     */
    static String check(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(what + " needs the Flow JSON");
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException(
                    what + ": the Flow JSON exceeds Meta's limit of " + MAX_BYTES + " bytes");
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(json);
        } catch (IOException notJson) {
            throw new IllegalArgumentException(
                    what + ": the Flow JSON is not valid JSON ("
                            + (notJson instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
                                    ? jpe.getOriginalMessage() : notJson.getMessage())
                            + ")");
        }
        if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException(what + ": the Flow JSON must be a JSON object with version and screens");
        }
        return json;
    }
}
