package dev.camelwhatsapp.cloud.management;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HEADER component of a template definition: a text (with at most one variable), a media file, or a location.
 *
 * @param format        what the header shows
 * @param text          the text of a TEXT header, or {@code null}
 * @param examples      example values of a positional text variable, in order
 * @param namedExamples example values of named text variables, by name
 * @param mediaHandle   for IMAGE, VIDEO and DOCUMENT: the example file's upload handle ({@code header_handle}), or
 *                      {@code null}
 */
public record TemplateHeader(HeaderFormat format, String text, List<String> examples,
        Map<String, String> namedExamples, String mediaHandle) {

    /** Copies the collections so that the header cannot change after creation. */
    public TemplateHeader {
        Objects.requireNonNull(format, "format");
        examples = examples == null ? List.of() : List.copyOf(examples);
        namedExamples = namedExamples == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                namedExamples));
    }

    /** A text header, e.g. {@code text("Order {{1}} shipped", "#1234")}. */
    public static TemplateHeader text(String text, String... examples) {
        return new TemplateHeader(HeaderFormat.TEXT, text, List.of(examples), Map.of(), null);
    }

    /** A text header with a named variable, e.g. {@code namedText("Hi {{first_name}}", Map.of("first_name", "Ann"))}. */
    public static TemplateHeader namedText(String text, Map<String, String> examples) {
        return new TemplateHeader(HeaderFormat.TEXT, text, List.of(), examples, null);
    }

    /** An image, video or document header with the upload handle of an example file. */
    public static TemplateHeader media(HeaderFormat format, String exampleHandle) {
        return new TemplateHeader(format, null, List.of(), Map.of(), exampleHandle);
    }

    /** A location header; the location is given with each send. */
    public static TemplateHeader location() {
        return new TemplateHeader(HeaderFormat.LOCATION, null, List.of(), Map.of(), null);
    }
}
