package dev.camelwhatsapp.cloud.webhook;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lenient reads of optional JSON properties. A webhook is never refused because a property is missing or has an
 * unexpected shape: the event keeps its raw JSON, and the typed value is simply {@code null}.
 */
final class JsonValues {

    /** Where values that could not be read are noted while a payload is parsed on this thread. */
    private static final ThreadLocal<List<String>> UNREADABLE = new ThreadLocal<>();

    private JsonValues() {
    }

    /**
     * Notes the names of unreadable values read on this thread until {@link #stopNoting()}.
     */
    static void startNoting() {
        UNREADABLE.set(new ArrayList<>());
    }

    /**
     * @return the names of the values found unreadable since {@link #startNoting()}
     */
    static List<String> stopNoting() {
        List<String> noted = UNREADABLE.get();
        UNREADABLE.remove();
        return noted == null ? List.of() : noted;
    }

    private static void unreadable(String name) {
        List<String> noted = UNREADABLE.get();
        if (noted != null) {
            noted.add(name);
        }
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    static boolean flag(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equals(value.asText()));
    }

    static Boolean optionalFlag(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        return value.isBoolean() ? value.booleanValue() : Boolean.valueOf(value.asText());
    }

    static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToInt()) {
            return value.intValue();
        }
        try {
            return value.isTextual() ? Integer.valueOf(value.textValue().trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.textValue().trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Double number(JsonNode node, String name) {
        BigDecimal value = decimal(node, name);
        return value != null ? value.doubleValue() : null;
    }

    /**
     * Meta sends timestamps as strings of epoch seconds ({@code "1749416383"}), some fields as numbers.
     */
    static Instant epochSeconds(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            if (value.canConvertToLong() && value.isIntegralNumber()) {
                return Instant.ofEpochSecond(value.longValue());
            }
            if (value.isTextual()) {
                return Instant.ofEpochSecond(Long.parseLong(value.textValue().trim()));
            }
        } catch (NumberFormatException | DateTimeException notATimestamp) {
            // not a number, or seconds beyond the range of Instant (e.g. 99999999999999999)
        }
        unreadable(name);
        return null;
    }

    /**
     * @return the object under {@code name}, or {@code null} if absent or not an object
     */
    static JsonNode object(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isObject() ? value : null;
    }

    /**
     * Maps the objects of an array property, skipping elements that are not objects.
     */
    static <T> List<T> objects(JsonNode node, String name, Function<JsonNode, T> mapper) {
        JsonNode array = node.get(name);
        if (array == null || !array.isArray() || array.isEmpty()) {
            return List.of();
        }
        List<T> result = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (element.isObject()) {
                result.add(mapper.apply(element));
            }
        }
        return result;
    }
}
