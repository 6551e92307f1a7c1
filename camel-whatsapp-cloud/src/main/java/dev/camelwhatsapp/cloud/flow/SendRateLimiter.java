package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;

/**
 * Hands out send slots under a {@link RateLimit}, per key. The producer asks for a slot before every send and waits
 * (without holding a thread) until it comes; the keys are the business phone number (throughput) and the pair of
 * business number and recipient (pair rate).
 *
 * <p>
 * A limiter reserves rather than refuses: it books the next free slot and says how long until it. That is what makes
 * the output smooth (sends leave at the slot times, not in bursts as soon as a bucket refills) and lets the caller
 * schedule the continuation instead of polling.
 *
 * <p>
 * The default, {@link InMemorySendRateLimiter}, governs one JVM. Several replicas sending from the same number need
 * one shared limiter (see docs/flow-control.md for a distributed one); implementations must be thread-safe.
 */
public interface SendRateLimiter {

    /**
     * Books the next free slot for {@code key}, unless it is more than {@code maxWait} away.
     *
     * @param  key     what the limit applies to, e.g. the business phone number id
     * @param  limit   the limit
     * @param  maxWait the longest wait acceptable
     * @return         a granted reservation (the send may leave after {@link Reservation#delay()}), or a refused one
     *                 (nothing booked; {@link Reservation#delay()} says how long it would have taken)
     */
    Reservation reserve(String key, RateLimit limit, Duration maxWait);

    /** A slot booked, or refused, by {@link #reserve(String, RateLimit, Duration)}. */
    interface Reservation {

        /** @return whether a slot was booked */
        boolean granted();

        /** @return how long until the slot (granted), or how long it would have been (refused) */
        Duration delay();

        /**
         * Gives a granted slot back because the send will not use it, so that it is not lost to others. Does nothing
         * for a refused reservation.
         */
        void cancel();
    }
}
