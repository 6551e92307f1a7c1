package dev.camelwhatsapp.cloud.management;

import java.util.List;

/**
 * What the linter found in a template definition: {@code lintTemplate}'s result.
 *
 * @param templateName the template's name
 * @param findings     every finding, errors and warnings, in rule order
 */
public record LintReport(String templateName, List<LintFinding> findings) {

    /** Copies the findings. */
    public LintReport {
        findings = List.copyOf(findings);
    }

    /** @return whether Meta would reject the template as it is */
    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** @return the findings Meta rejects templates for */
    public List<LintFinding> errors() {
        return findings.stream().filter(f -> f.severity() == LintSeverity.ERROR).toList();
    }

    /** @return the findings that may get the template re-categorised or rejected */
    public List<LintFinding> warnings() {
        return findings.stream().filter(f -> f.severity() == LintSeverity.WARNING).toList();
    }

    /** @return whether a rule reported anything */
    public boolean has(LintRule rule) {
        return findings.stream().anyMatch(f -> f.rule() == rule);
    }

    /** @return one line per finding, or a line saying the template is clean */
    public String toText() {
        if (findings.isEmpty()) {
            return "Template " + templateName + ": no problems found";
        }
        StringBuilder text = new StringBuilder("Template ").append(templateName).append(": ")
                .append(errors().size()).append(" error(s), ").append(warnings().size()).append(" warning(s)");
        findings.forEach(f -> text.append(System.lineSeparator()).append("  ").append(f));
        return text.toString();
    }
}
