package dev.camelwhatsapp.cloud.management;

/**
 * One problem the linter found in a template definition.
 *
 * @param rule      the rule broken
 * @param severity  the rule's severity
 * @param component where: {@code name}, {@code language}, {@code HEADER}, {@code BODY}, {@code FOOTER} or
 *                  {@code BUTTONS[i]}
 * @param message   what is wrong and how to fix it
 */
public record LintFinding(LintRule rule, LintSeverity severity, String component, String message) {

    @Override
    public String toString() {
        return severity + " " + rule + " (" + component + "): " + message;
    }
}
