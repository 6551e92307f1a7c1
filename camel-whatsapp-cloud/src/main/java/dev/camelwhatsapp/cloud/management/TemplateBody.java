package dev.camelwhatsapp.cloud.management;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The BODY component of a template definition: its text and an example value for every variable, which Meta's
 * reviewers read to understand what the message will say.
 *
 * @param text          the text, with variables {@code {{1}}} or {@code {{first_name}}}
 * @param examples      example values of positional variables, in order
 * @param namedExamples example values of named variables, by name, in order of appearance
 */
public record TemplateBody(String text, List<String> examples, Map<String, String> namedExamples) {

    /** Copies the collections so that the body cannot change after creation. */
    public TemplateBody {
        examples = examples == null ? List.of() : List.copyOf(examples);
        namedExamples = namedExamples == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(
                namedExamples));
    }

    /** A body with positional variables, e.g. {@code of("Hi {{1}}, order {{2}} shipped.", "Ann", "#1234")}. */
    public static TemplateBody of(String text, String... examples) {
        return new TemplateBody(text, List.of(examples), Map.of());
    }

    /** A body with named variables, e.g. {@code named("Hi {{first_name}}!", Map.of("first_name", "Ann"))}. */
    public static TemplateBody named(String text, Map<String, String> examples) {
        return new TemplateBody(text, List.of(), examples);
    }
}
