package dev.camelwhatsapp.emulator.flows;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * The part of Meta's Flow JSON validation the emulator re-implements, reported as Meta's {@code validation_errors}
 * ({@code error}, {@code error_type}, {@code message}, {@code line_start}/{@code line_end},
 * {@code column_start}/{@code column_end} of the offending value):
 * <ul>
 * <li>the file is a JSON object;</li>
 * <li>{@code version} is present and a released Flow JSON version;</li>
 * <li>{@code data_api_version}, when present, is {@code 3.0};</li>
 * <li>{@code screens} is a non-empty array; each screen has an {@code id} of letters and underscores, unique, not the
 * reserved {@code SUCCESS}, and a {@code layout} object with {@code type} and a {@code children} array;</li>
 * <li>at least one screen is {@code terminal};</li>
 * <li>{@code routing_model}, when present, names existing screens only.</li>
 * </ul>
 * Components inside layouts are not checked.
 */
public final class FlowJsonValidator {

    /** The Flow JSON versions Meta has released and not yet frozen for new uploads. */
    static final Set<String> VERSIONS = Set.of("2.1", "3.0", "3.1", "4.0", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3",
            "7.0", "7.1", "7.2");

    private static final Pattern SCREEN_ID = Pattern.compile("[A-Za-z_]+");

    private FlowJsonValidator() {
    }

    /** @return the validation errors; empty when the Flow JSON passes */
    public static ArrayNode validate(String flowJson) {
        ArrayNode errors = Json.array();
        Map<String, JsonLocation> locations = new HashMap<>();
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(flowJson);
            locate(flowJson, locations);
        } catch (JsonParseException syntax) {
            JsonLocation at = syntax.getLocation();
            errors.add(error("INVALID_JSON", "JSON_SYNTAX_ERROR", "The Flow JSON is not valid JSON: "
                    + syntax.getOriginalMessage(), at, at));
            return errors;
        } catch (IOException unreadable) {
            errors.add(error("INVALID_JSON", "JSON_SYNTAX_ERROR", "The Flow JSON cannot be read", null, null));
            return errors;
        }
        if (root == null || !root.isObject()) {
            errors.add(error("INVALID_JSON", "JSON_SCHEMA_ERROR", "The Flow JSON must be an object", null, null));
            return errors;
        }
        Checker checker = new Checker(errors, locations);
        JsonNode version = root.get("version");
        if (version == null) {
            checker.add("MISSING_REQUIRED_PROPERTY", "JSON_SCHEMA_ERROR",
                    "The property \"version\" is required at \"$root\".", "");
        } else if (!version.isTextual() || !VERSIONS.contains(version.asText())) {
            checker.add("INVALID_VERSION", "FLOW_JSON_ERROR", "The Flow JSON version " + version
                    + " is not a released version.", "/version");
        }
        JsonNode dataApiVersion = root.get("data_api_version");
        if (dataApiVersion != null && !"3.0".equals(dataApiVersion.asText())) {
            checker.add("INVALID_DATA_API_VERSION", "FLOW_JSON_ERROR", "The data_api_version " + dataApiVersion
                    + " is not supported; use \"3.0\".", "/data_api_version");
        }
        JsonNode screens = root.get("screens");
        if (screens == null || !screens.isArray() || screens.isEmpty()) {
            checker.add(screens == null ? "MISSING_REQUIRED_PROPERTY" : "INVALID_PROPERTY_VALUE",
                    "JSON_SCHEMA_ERROR", "The property \"screens\" must be a non-empty array at \"$root\".",
                    screens == null ? "" : "/screens");
            return errors;
        }
        Set<String> ids = new HashSet<>();
        boolean terminal = false;
        for (int i = 0; i < screens.size(); i++) {
            JsonNode screen = screens.get(i);
            String at = "/screens/" + i;
            JsonNode id = screen.get("id");
            if (id == null || !id.isTextual()) {
                checker.add("MISSING_REQUIRED_PROPERTY", "JSON_SCHEMA_ERROR",
                        "The property \"id\" is required at \"$root/screens/" + i + "\".", at);
            } else if (!SCREEN_ID.matcher(id.asText()).matches() || "SUCCESS".equals(id.asText())) {
                checker.add("INVALID_SCREEN_ID", "FLOW_JSON_ERROR", "The screen id \"" + id.asText()
                        + "\" must consist of letters and underscores and must not be the reserved SUCCESS.",
                        at + "/id");
            } else if (!ids.add(id.asText())) {
                checker.add("DUPLICATE_SCREEN_ID", "FLOW_JSON_ERROR", "The screen id \"" + id.asText()
                        + "\" is used by more than one screen.", at + "/id");
            }
            JsonNode layout = screen.get("layout");
            if (layout == null || !layout.isObject() || !layout.path("type").isTextual()
                    || !layout.path("children").isArray()) {
                checker.add("INVALID_LAYOUT", "JSON_SCHEMA_ERROR", "The screen at \"$root/screens/" + i
                        + "\" needs a layout with a type and a children array.", layout == null ? at : at + "/layout");
            }
            terminal |= screen.path("terminal").asBoolean(false);
        }
        if (!terminal) {
            checker.add("MISSING_TERMINAL_SCREEN", "FLOW_JSON_ERROR",
                    "The Flow JSON needs at least one screen with \"terminal\": true.", "/screens");
        }
        JsonNode routing = root.get("routing_model");
        if (routing != null && routing.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = routing.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> route = it.next();
                String from = "/routing_model/" + route.getKey();
                if (!ids.contains(route.getKey())) {
                    checker.add("INVALID_ROUTING_MODEL", "FLOW_JSON_ERROR", "The routing model names the screen \""
                            + route.getKey() + "\", which does not exist.", from);
                }
                for (int t = 0; t < route.getValue().size(); t++) {
                    String target = route.getValue().get(t).asText();
                    if (!ids.contains(target)) {
                        checker.add("INVALID_ROUTING_MODEL", "FLOW_JSON_ERROR", "The routing model names the screen \""
                                + target + "\", which does not exist.", from + "/" + t);
                    }
                }
            }
        }
        return errors;
    }

    /** Records where each value starts and ends, by JSON pointer, for the line and column of an error. */
    private static void locate(String flowJson, Map<String, JsonLocation> locations) throws IOException {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(flowJson)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    // the closed container's context is gone: its parent's path names it
                    locations.put(pointer + "#end", parser.currentLocation());
                } else {
                    locations.putIfAbsent(pointer, parser.currentTokenLocation());
                    if (!token.isStructStart()) {
                        locations.put(pointer + "#end", parser.currentLocation());
                    }
                }
            }
        }
    }

    private static ObjectNode error(String error, String type, String message, JsonLocation start, JsonLocation end) {
        ObjectNode node = Json.object();
        node.put("error", error);
        node.put("error_type", type);
        node.put("message", message);
        node.put("line_start", start == null ? 1 : Math.max(1, start.getLineNr()));
        node.put("line_end", end == null ? 1 : Math.max(1, end.getLineNr()));
        node.put("column_start", start == null ? 1 : Math.max(1, start.getColumnNr()));
        node.put("column_end", end == null ? 1 : Math.max(1, end.getColumnNr()));
        return node;
    }

    private record Checker(ArrayNode errors, Map<String, JsonLocation> locations) {
        void add(String error, String type, String message, String pointer) {
            errors.add(FlowJsonValidator.error(error, type, message, locations.get(pointer),
                    locations.getOrDefault(pointer + "#end", locations.get(pointer))));
        }
    }
}
