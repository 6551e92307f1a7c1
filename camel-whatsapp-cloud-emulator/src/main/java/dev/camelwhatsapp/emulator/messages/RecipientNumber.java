package dev.camelwhatsapp.emulator.messages;

import java.util.Optional;

/**
 * Reads the {@code to} of a send: Meta accepts a phone number with {@code +}, spaces, dashes and parentheses, and
 * answers with its digits as {@code wa_id}.
 */
public final class RecipientNumber {

    private RecipientNumber() {
    }

    public static Optional<String> digits(String to) {
        if (to == null || !to.matches("[+\\d\\s().-]+")) {
            return Optional.empty();
        }
        String digits = to.replaceAll("\\D", "");
        return digits.length() >= 7 && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
    }
}
