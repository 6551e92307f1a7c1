package dev.camelwhatsapp.emulator.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The 24-hour customer service windows: per (business number, user), opened or extended by the user's last inbound
 * message. Outside a window only templates are delivered.
 */
public final class ConversationWindows {

    /** Meta's customer service window. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private final Clock clock;
    private final BoundedMap<String, Instant> lastInbound;

    public ConversationWindows(Clock clock, int capacity) {
        this.clock = clock;
        this.lastInbound = new BoundedMap<>(capacity);
    }

    /** The user wrote to the business now. */
    public void userMessaged(String phoneNumberId, String waId) {
        lastInbound.put(key(phoneNumberId, waId), clock.instant());
    }

    /** Whether free-form messages from this number to this user are delivered now. */
    public boolean isOpen(String phoneNumberId, String waId) {
        return closesAt(phoneNumberId, waId).map(end -> clock.instant().isBefore(end)).orElse(false);
    }

    /** When the current (or last) window ends, if the user ever wrote. */
    public Optional<Instant> closesAt(String phoneNumberId, String waId) {
        return lastInbound.get(key(phoneNumberId, waId)).map(last -> last.plus(WINDOW));
    }

    public void clear() {
        lastInbound.clear();
    }

    private static String key(String phoneNumberId, String waId) {
        return phoneNumberId + '/' + waId;
    }
}
