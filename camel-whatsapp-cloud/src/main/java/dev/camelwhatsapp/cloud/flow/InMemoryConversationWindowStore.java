package dev.camelwhatsapp.cloud.flow;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ConversationWindowStore} in memory: right for one JVM (the webhook consumer and the producer in the same
 * CamelContext), lost on restart. Past {@code maxEntries} conversations, the one recorded longest ago is dropped once
 * its window has closed; a conversation whose window is open is never dropped, so a user who just wrote is never
 * refused, and the store then holds as many conversations as users wrote within the last 24 hours.
 * It remembers as many phone number ↔ business-scoped user id links, dropping the one learnt longest ago first.
 * Whether a window has closed is judged by the store's clock, so that it agrees with the endpoint's window check.
 */
public final class InMemoryConversationWindowStore implements ConversationWindowStore {

    /** The default bound: about 15 MB of heap. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Instant> lastInbound;
    private final Map<String, String> links;

    /** A store of at most {@link #DEFAULT_MAX_ENTRIES} conversations. */
    public InMemoryConversationWindowStore() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param maxEntries how many conversations are kept before closed windows are dropped
     */
    public InMemoryConversationWindowStore(int maxEntries) {
        this(maxEntries, Clock.systemUTC());
    }

    /**
     * @param maxEntries how many conversations are kept before closed windows are dropped
     * @param clock      the clock that tells whether a window has closed (the endpoint's {@code clock} option)
     */
    public InMemoryConversationWindowStore(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries is at least 1, not " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
        // insertion order, and a newer message re-inserts: the eldest entry is the one written to longest ago
        this.lastInbound = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > InMemoryConversationWindowStore.this.maxEntries
                        && eldest.getValue().plus(WINDOW).isBefore(InMemoryConversationWindowStore.this.clock
                                .instant());
            }
        };
        // two entries per link, one per direction
        this.links = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > 2L * InMemoryConversationWindowStore.this.maxEntries;
            }
        };
    }

    @Override
    public void recordInbound(String phoneNumberId, String userId, Instant at) {
        Objects.requireNonNull(at, "at");
        String key = key(phoneNumberId, userId);
        synchronized (lastInbound) {
            Instant known = lastInbound.get(key);
            if (known == null || at.isAfter(known)) {
                lastInbound.remove(key);
                lastInbound.put(key, at);
            }
        }
    }

    @Override
    public Optional<Instant> lastInbound(String phoneNumberId, String userId) {
        String key = key(phoneNumberId, userId);
        synchronized (lastInbound) {
            return Optional.ofNullable(lastInbound.get(key));
        }
    }

    @Override
    public void linkUserIds(String phoneNumberId, String waId, String businessScopedUserId) {
        String phoneKey = key(phoneNumberId, waId);
        String bsuidKey = key(phoneNumberId, businessScopedUserId);
        synchronized (links) {
            // a user who changed number gets a new BSUID: the newest pair replaces what either id was linked to
            unlink(phoneNumberId, links.remove(phoneKey));
            unlink(phoneNumberId, links.remove(bsuidKey));
            links.put(phoneKey, businessScopedUserId);
            links.put(bsuidKey, waId);
        }
    }

    private void unlink(String phoneNumberId, String formerPartner) {
        if (formerPartner != null) {
            links.remove(key(phoneNumberId, formerPartner));
        }
    }

    @Override
    public Optional<String> linkedUserId(String phoneNumberId, String userId) {
        String key = key(phoneNumberId, userId);
        synchronized (links) {
            return Optional.ofNullable(links.get(key));
        }
    }

    /** @return how many conversations are held */
    public int size() {
        synchronized (lastInbound) {
            return lastInbound.size();
        }
    }

    private static String key(String phoneNumberId, String userId) {
        return Objects.requireNonNull(phoneNumberId, "phoneNumberId") + '/' + Objects.requireNonNull(userId, "userId");
    }
}
