package dev.camelwhatsapp.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How webhooks are delivered to the app. The defaults deliver one event per payload, in order, once, retrying a
 * non-2xx answer up to 5 attempts with backoff starting at 50 ms and doubling (Meta retries for days; the
 * emulator compresses that so tests finish).
 *
 * @param maxEventsPerPayload events waiting together are batched into one payload up to this count
 *                            (grouped by number and kind, as Meta does); 1 disables batching
 * @param duplicateRatio      fraction of payloads delivered a second time, byte for byte
 * @param shuffle             whether waiting events are delivered in random order instead of in order
 * @param seed                seed of the random choices (duplicates, shuffling, ratio faults) so runs repeat
 * @param maxAttempts         attempts per payload, the first included
 * @param initialBackoff      wait before the first retry; each further retry waits twice as long
 * @param requestTimeout      how long one attempt waits for the app's answer
 */
public record WebhookDeliveryOptions(int maxEventsPerPayload, double duplicateRatio, boolean shuffle, long seed,
        int maxAttempts, Duration initialBackoff, Duration requestTimeout) {

    /** In order, one event per payload, no duplicates, 5 attempts from 50 ms backoff, 5 s timeout. */
    public static final WebhookDeliveryOptions DEFAULTS = new WebhookDeliveryOptions(
            1, 0.0, false, 42L, 5, Duration.ofMillis(50), Duration.ofSeconds(5));

    public WebhookDeliveryOptions {
        if (maxEventsPerPayload < 1) {
            throw new IllegalArgumentException("maxEventsPerPayload must be at least 1");
        }
        if (duplicateRatio < 0 || duplicateRatio > 1) {
            throw new IllegalArgumentException("duplicateRatio is in [0, 1]");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts is in [1, 20]");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public WebhookDeliveryOptions withMaxEventsPerPayload(int value) {
        return new WebhookDeliveryOptions(
                value, duplicateRatio, shuffle, seed, maxAttempts, initialBackoff,
                requestTimeout);
    }

    public WebhookDeliveryOptions withDuplicateRatio(double value) {
        return new WebhookDeliveryOptions(
                maxEventsPerPayload, value, shuffle, seed, maxAttempts, initialBackoff,
                requestTimeout);
    }

    public WebhookDeliveryOptions withShuffle(boolean value) {
        return new WebhookDeliveryOptions(
                maxEventsPerPayload, duplicateRatio, value, seed, maxAttempts,
                initialBackoff, requestTimeout);
    }

    public WebhookDeliveryOptions withSeed(long value) {
        return new WebhookDeliveryOptions(
                maxEventsPerPayload, duplicateRatio, shuffle, value, maxAttempts,
                initialBackoff, requestTimeout);
    }

    public WebhookDeliveryOptions withRetries(int attempts, Duration firstBackoff) {
        return new WebhookDeliveryOptions(
                maxEventsPerPayload, duplicateRatio, shuffle, seed, attempts, firstBackoff,
                requestTimeout);
    }

    public WebhookDeliveryOptions withRequestTimeout(Duration value) {
        return new WebhookDeliveryOptions(
                maxEventsPerPayload, duplicateRatio, shuffle, seed, maxAttempts,
                initialBackoff, value);
    }
}
