package dev.camelwhatsapp.cloud.management;

/** How sure the linter is that Meta would refuse a template. */
public enum LintSeverity {
    /** Meta rejects templates like this: {@code createTemplate} refuses to submit it unless told otherwise. */
    ERROR,
    /** Meta may re-categorise or reject it; submitted anyway. */
    WARNING
}
