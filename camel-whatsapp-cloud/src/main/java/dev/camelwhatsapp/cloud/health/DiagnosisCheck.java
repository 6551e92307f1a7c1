package dev.camelwhatsapp.cloud.health;

/**
 * One step of the troubleshooting checklist.
 *
 * @param name   what was checked, e.g. {@code Access token}
 * @param status the outcome
 * @param found  what was found, in words (never a secret)
 * @param fix    how to fix it, or {@code null} when there is nothing to fix
 */
public record DiagnosisCheck(String name, CheckStatus status, String found, String fix) {

    /** @return the check in one line, as the readiness check reports it: {@code <name>: <found>} */
    public String summary() {
        return name + ": " + found;
    }

    static DiagnosisCheck ok(String name, String found) {
        return new DiagnosisCheck(name, CheckStatus.OK, found, null);
    }

    static DiagnosisCheck warn(String name, String found, Fix fix) {
        return new DiagnosisCheck(name, CheckStatus.WARN, found, fix.text());
    }

    static DiagnosisCheck fail(String name, String found, Fix fix) {
        return new DiagnosisCheck(name, CheckStatus.FAIL, found, fix.text());
    }

    static DiagnosisCheck skipped(String name, String why) {
        return new DiagnosisCheck(name, CheckStatus.SKIPPED, why, null);
    }
}
