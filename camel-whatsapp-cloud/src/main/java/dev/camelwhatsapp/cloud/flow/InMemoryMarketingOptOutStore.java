package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link MarketingOptOutStore} in memory: right for one JVM (the webhook consumer and the producer in the same
 * CamelContext), lost on restart. It holds at most {@code maxEntries} users; past that the one written to longest ago
 * is dropped.
 */
public final class InMemoryMarketingOptOutStore implements MarketingOptOutStore {

    /** The default bound. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private record State(boolean optedOut, Instant preferenceAt, Instant limitedAt, Instant limitedUntil) {
    }

    private static final State NONE = new State(false, Instant.MIN, Instant.MIN, Instant.MIN);

    private final Map<String, State> states;

    /** A store of at most {@link #DEFAULT_MAX_ENTRIES} users. */
    public InMemoryMarketingOptOutStore() {
        this(DEFAULT_MAX_ENTRIES);
    }

    /**
     * @param maxEntries the most users kept
     */
    public InMemoryMarketingOptOutStore(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries is at least 1, not " + maxEntries);
        }
        this.states = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public void recordPreference(String phoneNumberId, String userId, boolean optedOut, Instant at) {
        Objects.requireNonNull(at, "at");
        // Meta's timestamps have whole seconds: of two preferences in one second the one that arrived last wins
        update(key(phoneNumberId, userId), known -> !at.isBefore(known.preferenceAt())
                ? new State(optedOut, at, known.limitedAt(), known.limitedUntil()) : known);
    }

    @Override
    public void recordMarketingLimit(String phoneNumberId, String userId, Instant at, Instant until) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(until, "until");
        update(key(phoneNumberId, userId), known -> until.isAfter(known.limitedUntil())
                ? new State(known.optedOut(), known.preferenceAt(), at, until) : known);
    }

    @Override
    public Optional<MarketingBlock> blockOf(String phoneNumberId, String userId, Instant now) {
        State state;
        synchronized (states) {
            state = states.getOrDefault(key(phoneNumberId, userId), NONE);
        }
        if (state.optedOut()) {
            return Optional.of(new MarketingBlock(MarketingBlock.Reason.OPTED_OUT, state.preferenceAt(), null));
        }
        if (now.isBefore(state.limitedUntil())) {
            return Optional.of(new MarketingBlock(
                    MarketingBlock.Reason.MARKETING_LIMIT, state.limitedAt(),
                    state.limitedUntil()));
        }
        return Optional.empty();
    }

    /** @return how many users are held */
    public int size() {
        synchronized (states) {
            return states.size();
        }
    }

    private void update(String key, java.util.function.UnaryOperator<State> change) {
        synchronized (states) {
            State updated = change.apply(states.getOrDefault(key, NONE));
            // re-inserted: the eldest entry is the one written to longest ago
            states.remove(key);
            states.put(key, updated);
        }
    }

    private static String key(String phoneNumberId, String userId) {
        return Objects.requireNonNull(phoneNumberId, "phoneNumberId") + '/' + Objects.requireNonNull(userId, "userId");
    }
}
