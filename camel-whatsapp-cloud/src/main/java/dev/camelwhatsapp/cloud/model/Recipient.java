package dev.camelwhatsapp.cloud.model;

import java.util.regex.Pattern;

/**
 * The recipient of a message: an E.164 phone number as WhatsApp wants it, digits only, or a business-scoped user id
 * (BSUID) such as {@code US.13491208655302741918}.
 *
 * <p>People write numbers as {@code +1 (650) 555-1234} or {@code 49.170.1234567}; the Graph API wants
 * {@code 16505551234}. Normalising here means a number typed in a CRM reaches the right person, and a
 * number that cannot be E.164 fails before a request is made rather than as Meta error 100 later.
 *
 * <p>A user who adopted a WhatsApp username may never show the business a phone number: the webhook then carries only
 * the BSUID, and a reply goes to that id in the request's {@code recipient} field instead of {@code to}. A BSUID is the
 * user's ISO 3166 country code, a dot, and up to 128 letters and digits; a parent BSUID, shared by the business
 * portfolios of one parent account, has {@code ENT.} after the country code ({@code US.ENT.11815799212886844830}).
 * BSUIDs are kept exactly as given: Meta matches them as they are.
 */
public final class Recipient {

    /** Tells a BSUID from a phone number: a phone number never starts with two letters and a dot. */
    private static final Pattern BSUID_PREFIX = Pattern.compile("[A-Za-z]{2}\\..*", Pattern.DOTALL);

    private static final Pattern BSUID = Pattern.compile("[A-Z]{2}\\.(ENT\\.)?([A-Za-z0-9]+)");

    private Recipient() {
    }

    /**
     * Normalises a recipient: a phone number to E.164 digits, a business-scoped user id kept as it is after a strict
     * format check.
     *
     * @param  recipient               the phone number as written, or a BSUID
     * @return                         the digits (e.g. {@code 16505551234}) or the BSUID
     * @throws InvalidMessageException on field {@code to} when the recipient is missing or not E.164, on field
     *                                 {@code recipient} when it looks like a BSUID but is not a well-formed one
     */
    public static String normalize(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw InvalidMessageException.required("to");
        }
        String trimmed = recipient.strip();
        if (isBusinessScopedUserId(trimmed)) {
            return checkBusinessScopedUserId(trimmed);
        }
        return normalizePhoneNumber(trimmed);
    }

    /**
     * @param  recipient a normalised recipient, or any id from a webhook
     * @return           whether it is a business-scoped user id rather than a phone number: two letters and a dot first
     */
    public static boolean isBusinessScopedUserId(String recipient) {
        return recipient != null && BSUID_PREFIX.matcher(recipient).matches();
    }

    /**
     * @param  recipient a normalised recipient
     * @return           the field of the send request that carries it: {@code recipient} for a BSUID, else {@code to}
     */
    public static String requestField(String recipient) {
        return isBusinessScopedUserId(recipient) ? "recipient" : "to";
    }

    private static String checkBusinessScopedUserId(String id) {
        var matcher = BSUID.matcher(id);
        if (!matcher.matches()) {
            throw new InvalidMessageException(
                    "recipient",
                    "recipient must be a business-scoped user id as Meta gives it: an upper-case two-letter country"
                            + " code, a dot, an optional ENT. and letters and digits"
                            + " (e.g. US.13491208655302741918)");
        }
        MessageLimits.RECIPIENT_USER_ID.check("recipient", matcher.group(2).length());
        return id;
    }

    private static String normalizePhoneNumber(String number) {
        String withoutPlus = number.startsWith("+") ? number.substring(1) : number;
        StringBuilder digits = new StringBuilder(withoutPlus.length());
        for (int i = 0; i < withoutPlus.length(); i++) {
            char c = withoutPlus.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                throw new InvalidMessageException(
                        "to",
                        "to must be an E.164 phone number (only digits, an optional leading +, spaces, dashes,"
                                + " dots and parentheses) or a business-scoped user id such as"
                                + " US.13491208655302741918");
            }
        }
        MessageLimits.RECIPIENT_DIGITS.check("to", digits.length());
        if (digits.charAt(0) == '0') {
            throw new InvalidMessageException("to", "to must be an E.164 phone number: it cannot start with 0");
        }
        return digits.toString();
    }
}
