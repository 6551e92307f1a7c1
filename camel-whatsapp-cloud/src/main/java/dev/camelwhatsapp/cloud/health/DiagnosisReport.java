package dev.camelwhatsapp.cloud.health;

import java.util.List;

/**
 * The result of {@code diagnose}: every check of the troubleshooting checklist, in order.
 *
 * @param phoneNumberId the phone number id diagnosed
 * @param wabaId        the WABA id diagnosed, or {@code null} when none is configured
 * @param checks        the checks, in checklist order
 */
public record DiagnosisReport(String phoneNumberId, String wabaId, List<DiagnosisCheck> checks) {

    /** Copies the checks. */
    public DiagnosisReport {
        checks = List.copyOf(checks);
    }

    /** @return FAIL if any check failed, WARN if any warned, else OK */
    public CheckStatus status() {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL)) {
            return CheckStatus.FAIL;
        }
        return checks.stream().anyMatch(c -> c.status() == CheckStatus.WARN) ? CheckStatus.WARN : CheckStatus.OK;
    }

    /** @return the checks that failed or warned: the problems and their fixes */
    public List<DiagnosisCheck> problems() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL || c.status() == CheckStatus.WARN).toList();
    }

    /** @return the check of that name, if it ran */
    public java.util.Optional<DiagnosisCheck> check(String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @return a report a person reads: one line per check, the fix indented under each problem */
    public String toText() {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("WhatsApp Cloud API diagnosis of phone number id ").append(phoneNumberId)
                .append(wabaId == null ? " (no wabaId configured)" : " in WABA " + wabaId).append(": ")
                .append(status()).append(nl);
        for (DiagnosisCheck check : checks) {
            text.append(String.format("  [%-7s] %s: %s", check.status(), check.name(), check.found())).append(nl);
            if (check.fix() != null) {
                text.append("            fix: ").append(check.fix()).append(nl);
            }
        }
        return text.toString();
    }
}
