package dev.camelwhatsapp.cloud.model;

/**
 * The recipient of a message: an E.164 phone number as WhatsApp wants it, digits only.
 *
 * <p>People write numbers as {@code +1 (650) 555-1234} or {@code 49.170.1234567}; the Graph API wants
 * {@code 16505551234}. Normalising here means a number typed in a CRM reaches the right person, and a
 * number that cannot be E.164 fails before a request is made rather than as Meta error 100 later.
 */
public final class Recipient {

    private Recipient() {
    }

    /**
     * Normalises a phone number to E.164 digits.
     *
     * <p>Removes one leading {@code +} and any spaces, dashes, dots and parentheses; what remains must be
     * 7 to 15 digits and must not start with {@code 0} (a trunk or international prefix, not a country code).
     *
     * @param  number                  the number as written
     * @return                         the digits, e.g. {@code 16505551234}
     * @throws InvalidMessageException on field {@code to} when the number is missing or not E.164
     */
    public static String normalize(String number) {
        if (number == null || number.isBlank()) {
            throw InvalidMessageException.required("to");
        }
        String trimmed = number.strip();
        String withoutPlus = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        StringBuilder digits = new StringBuilder(withoutPlus.length());
        for (int i = 0; i < withoutPlus.length(); i++) {
            char c = withoutPlus.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                throw new InvalidMessageException("to",
                        "to must be an E.164 phone number: only digits, an optional leading +, spaces, dashes,"
                                                + " dots and parentheses");
            }
        }
        MessageLimits.RECIPIENT_DIGITS.check("to", digits.length());
        if (digits.charAt(0) == '0') {
            throw new InvalidMessageException("to", "to must be an E.164 phone number: it cannot start with 0");
        }
        return digits.toString();
    }
}
