package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit on how often sends may leave under one key: one send every {@code interval}, with up to {@code burst} sends
 * back to back after a quiet period. A burst of 1 spaces sends evenly, which is what keeps every 1-second window at or
 * under a per-second limit.
 *
 * @param burst    how many sends may leave back to back, at least 1
 * @param interval the time it takes to regain one send, positive
 */
public record RateLimit(int burst, Duration interval) {

    public RateLimit {
        Objects.requireNonNull(interval, "interval");
        if (burst < 1) {
            throw new IllegalArgumentException("A rate limit's burst is at least 1, not " + burst);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("A rate limit's interval is positive, not " + interval);
        }
    }

    /**
     * @param  messagesPerSecond the most sends in any 1-second window
     * @return                   evenly spaced sends at that rate (no burst)
     */
    public static RateLimit perSecond(int messagesPerSecond) {
        if (messagesPerSecond < 1) {
            throw new IllegalArgumentException("A rate is at least 1 message per second, not " + messagesPerSecond);
        }
        return new RateLimit(1, Duration.ofNanos(1_000_000_000L / messagesPerSecond));
    }
}
