package dev.camelwhatsapp.emulator.graph;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Graph API's {@code fields=}: an object answers only the fields asked for, plus its {@code id}. Without the
 * parameter the object's default fields are answered.
 */
public final class FieldSelection {

    private FieldSelection() {
    }

    /** The requested field names, or {@code null} when {@code fields} is absent or blank. */
    public static Set<String> requested(String fields) {
        if (fields == null || fields.isBlank()) {
            return null;
        }
        Set<String> names = Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                // sub-selections such as qr_image_url.format(SVG) name the field before the dot
                .map(f -> f.replaceAll("[.{(].*$", ""))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        names.add("id");
        return names;
    }

    /** {@code full} reduced to the requested fields (in {@code full}'s order), or {@code full} without a request. */
    public static ObjectNode select(ObjectNode full, String fields) {
        Set<String> names = requested(fields);
        if (names == null) {
            return full;
        }
        ObjectNode selected = Json.object();
        full.fields().forEachRemaining(field -> {
            if (names.contains(field.getKey())) {
                selected.set(field.getKey(), field.getValue());
            }
        });
        return selected;
    }
}
