package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;

/**
 * A person who has WhatsApp. Only these users (plus anyone who messaged the business) receive messages;
 * any other number gets a {@code failed} status with error 131026, as on the real platform.
 *
 * <p>Every user has a business-scoped user id (BSUID), as Meta gives one to every user since 2026. A user who adopted
 * a username may keep the phone number from businesses: such a user has no {@code waId} here, writes with webhooks
 * that carry only {@code from_user_id} / {@code user_id}, and is reached by sending to the BSUID in {@code recipient}.
 *
 * @param waId          the WhatsApp id: E.164 digits without {@code +}; {@code null} for a user the business knows
 *                      only by BSUID (username, phone number withheld)
 * @param profileName   the name shown in webhook {@code contacts[].profile.name}
 * @param readsMessages whether delivered messages progress to {@code read}; a user who doesn't read
 *                      (or has read receipts off) stops at {@code delivered}
 * @param userId        the business-scoped user id, e.g. {@code US.13491208655302741918}; derived from the phone
 *                      number when not given
 * @param username      the WhatsApp username shown in {@code contacts[].profile.username}, or {@code null}
 * @param parentUserId  the parent business-scoped user id ({@code US.ENT.…}) of a business with a parent account, or
 *                      {@code null}
 */
public record WhatsAppUser(String waId, String profileName, boolean readsMessages, String userId, String username,
        String parentUserId) {

    /** A BSUID as Meta writes it: country code, dot, letters and digits (ENT. first for a parent BSUID). */
    private static final String BSUID = "[A-Z]{2}\\.[A-Za-z0-9]{1,128}";
    private static final String PARENT_BSUID = "[A-Z]{2}\\.ENT\\.[A-Za-z0-9]{1,128}";

    /** Enough country calling codes for readable test ids; any other number gets {@code ZZ}, ISO's unknown. */
    private static final Map<String, String> COUNTRIES = Map.of("1", "US", "44", "GB", "49", "DE", "33", "FR",
            "34", "ES", "39", "IT", "91", "IN", "55", "BR", "52", "MX", "31", "NL");

    public WhatsAppUser {
        if (waId == null && userId == null) {
            throw new IllegalArgumentException("A WhatsApp user needs a wa_id, a user_id (BSUID), or both");
        }
        if (waId != null && !waId.matches("\\d{7,15}")) {
            throw new IllegalArgumentException("A WhatsApp id is 7 to 15 digits without '+': " + waId);
        }
        if (userId == null) {
            userId = businessScopedUserIdOf(waId);
        } else if (!userId.matches(BSUID)) {
            throw new IllegalArgumentException(
                    "A business-scoped user id is a two-letter country code, a dot and up"
                            + " to 128 letters and digits, e.g. US.13491208655302741918: " + userId);
        }
        if (parentUserId != null && !parentUserId.matches(PARENT_BSUID)) {
            throw new IllegalArgumentException(
                    "A parent business-scoped user id looks like"
                            + " US.ENT.11815799212886844830: " + parentUserId);
        }
        if (username != null && username.isBlank()) {
            username = null;
        }
        if (profileName == null || profileName.isBlank()) {
            profileName = username != null ? username : waId != null ? waId : userId;
        }
    }

    public WhatsAppUser(String waId, String profileName, boolean readsMessages) {
        this(waId, profileName, readsMessages, null, null, null);
    }

    public WhatsAppUser(String waId, String profileName) {
        this(waId, profileName, true);
    }

    /**
     * A user who adopted a username and keeps the phone number from the business: known only by BSUID.
     *
     * @param userId      the business-scoped user id
     * @param username    the username
     * @param profileName the profile name, or {@code null} for the username
     */
    public static WhatsAppUser usernameOnly(String userId, String username, String profileName) {
        Objects.requireNonNull(userId, "userId");
        return new WhatsAppUser(null, profileName, true, userId, username, null);
    }

    /**
     * @return the id the emulator files this user under: the phone number when the business may see it, else the
     *         BSUID
     */
    public String address() {
        return waId != null ? waId : userId;
    }

    /**
     * The BSUID Meta would give the user of a phone number: stable for the number, so a test sees the same id in
     * every run.
     *
     * @param  waId the phone number digits
     * @return      a BSUID such as {@code US.1349120865530274191}
     */
    public static String businessScopedUserIdOf(String waId) {
        String country = "ZZ";
        for (int length = 1; length <= 3 && length < waId.length(); length++) {
            String code = COUNTRIES.get(waId.substring(0, length));
            if (code != null) {
                country = code;
                break;
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(waId.getBytes(StandardCharsets.UTF_8));
            StringBuilder digits = new StringBuilder(country).append('.');
            for (int i = 0; i < 20; i++) {
                digits.append((hash[i] & 0xff) % 10);
            }
            return digits.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * @param  id a phone number or anything else
     * @return    whether it is written like a business-scoped user id (two letters and a dot first)
     */
    public static boolean isBusinessScopedUserId(String id) {
        return id != null && id.matches("[A-Za-z]{2}\\..*");
    }
}
