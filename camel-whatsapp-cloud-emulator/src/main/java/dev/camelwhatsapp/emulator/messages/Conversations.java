package dev.camelwhatsapp.emulator.messages;

import dev.camelwhatsapp.emulator.state.BoundedMap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Conversation ids reported in status webhooks: one per (number, user, category), lasting 24 hours from its first
 * message.
 */
final class Conversations {

    /** A conversation: its id and expiry. */
    record Conversation(String id, Instant expiresAt) {
    }

    private static final Duration LENGTH = Duration.ofHours(24);

    private final Clock clock;
    private final BoundedMap<String, Conversation> open;

    Conversations(Clock clock, int capacity) {
        this.clock = clock;
        this.open = new BoundedMap<>(capacity);
    }

    synchronized Conversation current(String phoneNumberId, String waId, String category) {
        String key = phoneNumberId + '/' + waId + '/' + category;
        Instant now = clock.instant();
        Conversation existing = open.get(key).filter(c -> now.isBefore(c.expiresAt())).orElse(null);
        if (existing != null) {
            return existing;
        }
        Conversation created = new Conversation(UUID.randomUUID().toString().replace("-", ""), now.plus(LENGTH));
        open.put(key, created);
        return created;
    }

    void clear() {
        open.clear();
    }
}
