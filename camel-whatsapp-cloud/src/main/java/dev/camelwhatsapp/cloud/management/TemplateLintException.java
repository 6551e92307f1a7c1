package dev.camelwhatsapp.cloud.management;

import dev.camelwhatsapp.cloud.WhatsAppCloudFailure;

/**
 * {@code createTemplate} refused to submit a template that Meta would reject; nothing was sent. Fix the findings, or
 * set the header {@code CamelWhatsAppCloudSubmitWithLintErrors} to {@code true} to submit it anyway.
 */
public class TemplateLintException extends IllegalArgumentException implements WhatsAppCloudFailure {

    private final transient LintReport report;

    public TemplateLintException(LintReport report) {
        super(report.toText());
        this.report = report;
    }

    /** @return the full report */
    public LintReport getReport() {
        return report;
    }
}
