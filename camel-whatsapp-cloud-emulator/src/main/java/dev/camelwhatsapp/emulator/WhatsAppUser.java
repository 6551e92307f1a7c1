package dev.camelwhatsapp.emulator;

import java.util.Objects;

/**
 * A person who has WhatsApp. Only these users (plus anyone who messaged the business) receive messages;
 * any other number gets a {@code failed} status with error 131026, as on the real platform.
 *
 * @param waId          the WhatsApp id: E.164 digits without {@code +}
 * @param profileName   the name shown in webhook {@code contacts[].profile.name}
 * @param readsMessages whether delivered messages progress to {@code read}; a user who doesn't read
 *                      (or has read receipts off) stops at {@code delivered}
 */
public record WhatsAppUser(String waId, String profileName, boolean readsMessages) {

    public WhatsAppUser {
        Objects.requireNonNull(waId, "waId");
        if (!waId.matches("\\d{7,15}")) {
            throw new IllegalArgumentException("A WhatsApp id is 7 to 15 digits without '+': " + waId);
        }
        if (profileName == null || profileName.isBlank()) {
            profileName = waId;
        }
    }

    public WhatsAppUser(String waId, String profileName) {
        this(waId, profileName, true);
    }
}
