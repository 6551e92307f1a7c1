package dev.camelwhatsapp.emulator.messages;

import java.util.Optional;

/**
 * Reads the recipient of a send: in {@code to}, Meta accepts a phone number with {@code +}, spaces, dashes and
 * parentheses, and answers with its digits as {@code wa_id}; in {@code recipient}, a business-scoped user id (or a
 * parent one), exactly as Meta issued it.
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

    static Optional<String> businessScopedUserId(String recipient) {
        return recipient != null && recipient.matches("[A-Z]{2}\\.(ENT\\.)?[A-Za-z0-9]{1,128}")
                ? Optional.of(recipient) : Optional.empty();
    }
}
