package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads fields out of a Graph API request tree for the validator, turning a missing or mistyped field
 * into an {@link InvalidMessageException} that names its path; typed messages use the same helpers for their
 * own fields, so both paths word a violation alike.
 */
final class FieldReader {

    private FieldReader() {
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A field that must be present and a JSON string (possibly empty). */
    static String text(JsonNode parent, String parentPath, String name) {
        String path = path(parentPath, name);
        JsonNode value = present(parent.get(name), path);
        if (!value.isTextual()) {
            throw new InvalidMessageException(path, path + " must be a string");
        }
        return value.textValue();
    }

    /** A field that may be absent but, when present, must be a JSON string. */
    static String optionalText(JsonNode parent, String parentPath, String name) {
        return has(parent, name) ? text(parent, parentPath, name) : null;
    }

    /** The value, or the "required" violation when it is absent or JSON null. */
    private static JsonNode present(JsonNode value, String path) {
        if (value == null || value.isNull()) {
            throw InvalidMessageException.required(path);
        }
        return value;
    }

    static boolean has(JsonNode parent, String name) {
        JsonNode value = parent.get(name);
        return value != null && !value.isNull();
    }

    static JsonNode object(JsonNode parent, String parentPath, String name) {
        return object(parent.get(name), path(parentPath, name));
    }

    static JsonNode object(JsonNode value, String path) {
        present(value, path);
        if (!value.isObject()) {
            throw new InvalidMessageException(path, path + " must be an object");
        }
        return value;
    }

    static JsonNode array(JsonNode parent, String parentPath, String name) {
        String path = path(parentPath, name);
        JsonNode value = present(parent.get(name), path);
        if (!value.isArray()) {
            throw new InvalidMessageException(path, path + " must be an array");
        }
        return value;
    }

    /** A number, or a string holding one: Meta's own examples write coordinates both ways. */
    static double number(JsonNode parent, String parentPath, String name) {
        String path = path(parentPath, name);
        JsonNode value = present(parent.get(name), path);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw new InvalidMessageException(path, path + " must be a number");
        }
    }

    /**
     * A typed message's string field that must be present and not blank: the same rule and message as
     * {@code MessageValidator.requiredNonEmpty} on its JSON.
     */
    static String required(String value, String path) {
        if (value == null || value.isBlank()) {
            throw InvalidMessageException.required(path);
        }
        return value;
    }

    /** Characters as the user sees them: code points, so an emoji counts once. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
