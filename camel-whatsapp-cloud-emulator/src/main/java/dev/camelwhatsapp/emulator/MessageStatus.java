package dev.camelwhatsapp.emulator;

import java.util.Locale;

/**
 * Lifecycle of a message the app sent, in the order the status webhooks report it.
 * {@link #ACCEPTED} is the state between the API answer and the first status webhook.
 */
public enum MessageStatus {
    ACCEPTED,
    SENT,
    DELIVERED,
    READ,
    FAILED;

    /** The value used in webhooks and in the control API, e.g. {@code delivered}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
