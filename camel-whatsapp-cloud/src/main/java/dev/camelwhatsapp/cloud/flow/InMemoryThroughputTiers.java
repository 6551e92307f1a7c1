package dev.camelwhatsapp.cloud.flow;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ThroughputTiers} of one JVM.
 */
public final class InMemoryThroughputTiers implements ThroughputTiers {

    private final Map<String, Integer> levels = new ConcurrentHashMap<>();

    @Override
    public void raise(String phoneNumberId, int messagesPerSecond) {
        if (messagesPerSecond <= 0) {
            throw new IllegalArgumentException("messagesPerSecond must be positive, was " + messagesPerSecond);
        }
        levels.merge(phoneNumberId, messagesPerSecond, Math::max);
    }

    @Override
    public OptionalInt messagesPerSecond(String phoneNumberId) {
        Integer level = levels.get(phoneNumberId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }
}
