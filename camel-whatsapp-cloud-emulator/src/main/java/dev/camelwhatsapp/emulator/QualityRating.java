package dev.camelwhatsapp.emulator;

/**
 * Quality rating of a business phone number as reported by {@code GET /{phone-number-id}}.
 */
public enum QualityRating {
    GREEN,
    YELLOW,
    RED,
    UNKNOWN
}
