package dev.camelwhatsapp.emulator.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket on virtual time: {@code capacity} tokens, one regained every {@code refillInterval}. Reading the
 * virtual clock means advancing the clock refills the bucket, just as waiting would.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private Instant lastRefill;

    TokenBucket(int capacity, Duration refillInterval, Instant now) {
        this.capacity = capacity;
        this.tokensPerNano = 1.0 / refillInterval.toNanos();
        this.tokens = capacity;
        this.lastRefill = now;
    }

    synchronized boolean tryTake(Instant now) {
        if (now.isAfter(lastRefill)) {
            double elapsedNanos = Duration.between(lastRefill, now).toNanos();
            tokens = Math.min(capacity, tokens + elapsedNanos * tokensPerNano);
            lastRefill = now;
        }
        if (tokens >= 1.0) {
            tokens -= 1.0;
            return true;
        }
        return false;
    }
}
