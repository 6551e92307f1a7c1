package dev.camelwhatsapp.emulator.templates;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a template text: positional {@code {{1}}} or named {@code {{first_name}}}.
 */
final class TemplateVariables {

    static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private TemplateVariables() {
    }

    /** Distinct variable names in order of first appearance. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = VARIABLE.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    static boolean positional(Set<String> names) {
        return !names.isEmpty() && names.stream().allMatch(name -> name.matches("\\d+"));
    }
}
