package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ConversationWindowStore} in memory, for one application instance. It holds at most a fixed number of
 * (business number, user) pairs; when full, the pair that wrote least recently is forgotten, which at worst makes the
 * producer treat that user's window as closed.
 */
public final class InMemoryConversationWindowStore implements ConversationWindowStore {

    /** The number of pairs remembered unless told otherwise. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final Map<Key, Instant> lastInbound;

    /** A store of {@value #DEFAULT_MAX_ENTRIES} pairs. */
    public InMemoryConversationWindowStore() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param  maxEntries               how many (business number, user) pairs to remember
     * @throws IllegalArgumentException if {@code maxEntries} is not positive
     */
    public InMemoryConversationWindowStore(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        // Insertion order, re-inserted on every update: the eldest entry is the pair that wrote least recently.
        this.lastInbound = new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Instant> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public void recordInbound(String phoneNumberId, String userId, Instant at) {
        Key key = new Key(Objects.requireNonNull(phoneNumberId, "phoneNumberId"),
                Objects.requireNonNull(userId, "userId"));
        Objects.requireNonNull(at, "at");
        synchronized (lastInbound) {
            Instant known = lastInbound.remove(key);
            lastInbound.put(key, known != null && known.isAfter(at) ? known : at);
        }
    }

    @Override
    public Optional<Instant> lastInbound(String phoneNumberId, String userId) {
        synchronized (lastInbound) {
            return Optional.ofNullable(lastInbound.get(new Key(phoneNumberId, userId)));
        }
    }

    /**
     * @return how many pairs are remembered
     */
    public int size() {
        synchronized (lastInbound) {
            return lastInbound.size();
        }
    }

    @Override
    public String toString() {
        return "InMemoryConversationWindowStore[" + size() + " windows]";
    }

    private record Key(String phoneNumberId, String userId) {
    }
}
