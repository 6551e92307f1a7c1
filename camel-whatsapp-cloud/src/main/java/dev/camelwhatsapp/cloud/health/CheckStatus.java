package dev.camelwhatsapp.cloud.health;

/** The outcome of one diagnosis check. */
public enum CheckStatus {
    /** Nothing wrong. */
    OK,
    /** Works now, but will cause trouble (an expiring token, a YELLOW quality rating, rejected templates). */
    WARN,
    /** Broken: sending or receiving fails until it is fixed. */
    FAIL,
    /** Not checked, because an earlier problem (usually the token) hides the answer. */
    SKIPPED
}
