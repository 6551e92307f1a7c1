package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * A send would have had to wait longer than {@code maxThrottleWait} for its slot under the throughput or pair-rate
 * limit, so it was not sent. Nothing reached Meta; the exchange can be retried later, or the route slowed down.
 */
public class ThrottleWaitExceededException extends WhatsAppCloudException {

    /** Which limit would have held the send back. */
    public enum Limit {
        /** Messages per second from one business phone number ({@code maxMessagesPerSecond}). */
        THROUGHPUT,
        /** Messages to one recipient from one business phone number ({@code pairRateBurst}, {@code pairRateInterval}). */
        PAIR_RATE
    }

    private final Limit limit;
    private final Duration wait;
    private final Duration maxWait;

    /**
     * @param limit   which limit
     * @param wait    the wait the send would have needed
     * @param maxWait the longest wait allowed
     */
    public ThrottleWaitExceededException(Limit limit, Duration wait, Duration maxWait) {
        super("Not sent: the " + (limit == Limit.THROUGHPUT ? "throughput limit (maxMessagesPerSecond)"
                : "pair-rate limit to this recipient (pairRateBurst/pairRateInterval)")
                + " would hold the message " + wait.toMillis() + " ms, longer than maxThrottleWait ("
                + maxWait.toMillis() + " ms). Send less at once, raise maxThrottleWait, or retry later.");
        this.limit = limit;
        this.wait = wait;
        this.maxWait = maxWait;
    }

    /** @return the limit that would have held the send back */
    public Limit getLimit() {
        return limit;
    }

    /** @return how long the send would have had to wait */
    public Duration getWait() {
        return wait;
    }

    /** @return the configured {@code maxThrottleWait} */
    public Duration getMaxWait() {
        return maxWait;
    }
}
