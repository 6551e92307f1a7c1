package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a template definition against the reasons Meta rejects templates, before it is submitted: a rejection costs
 * a review cycle of hours to days, a lint finding costs nothing.
 */
public final class TemplateLinter {

    private TemplateLinter() {
    }

    /**
     * @param  template the definition
     * @return          every finding of every {@link LintRule}, in rule order
     */
    public static LintReport lint(TemplateDefinition template) {
        List<LintFinding> findings = new ArrayList<>();
        for (LintRule rule : LintRule.values()) {
            rule.check(template, findings);
        }
        return new LintReport(template.name(), findings);
    }
}
