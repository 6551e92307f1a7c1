package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of one template text, in order of appearance: {@code {{1}}} is positional, {@code {{first_name}}}
 * named; anything else between double braces is malformed.
 *
 * @param positional distinct positional numbers in order of first appearance
 * @param named      distinct named variables in order of first appearance
 * @param malformed  placeholder-like text that is neither, as written
 */
record TemplateVariables(List<Integer> positional, List<String> named, List<String> malformed) {

    private static final Pattern DOUBLE_BRACES = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Pattern POSITIONAL = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern NAMED = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern STRAY = Pattern.compile("\\{[^{}]{0,30}}|\\{|}");

    static final TemplateVariables NONE = new TemplateVariables(List.of(), List.of(), List.of());

    static TemplateVariables of(String text) {
        if (text == null) {
            return NONE;
        }
        Set<Integer> positional = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        List<String> malformed = new ArrayList<>();
        Matcher matcher = DOUBLE_BRACES.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            String inside = matcher.group(1);
            if (POSITIONAL.matcher(inside).matches()) {
                positional.add(Integer.parseInt(inside));
            } else if (NAMED.matcher(inside).matches()) {
                named.add(inside);
            } else {
                malformed.add(matcher.group());
            }
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        Matcher stray = STRAY.matcher(rest);
        while (stray.find()) {
            malformed.add(stray.group());
        }
        return new TemplateVariables(List.copyOf(positional), List.copyOf(named), List.copyOf(malformed));
    }

    int count() {
        return positional.size() + named.size();
    }

    boolean isEmpty() {
        return count() == 0;
    }
}
