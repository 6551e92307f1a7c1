package dev.camelwhatsapp.cloud.flow.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

import dev.camelwhatsapp.cloud.api.ErrorCategory;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;

/**
 * When the producer sends a message again. Only what cannot have been accepted is retried: an error Meta answered
 * and {@link ErrorCategory} classifies as transient, or a transport failure that provably kept the request from
 * leaving ({@link TransportFailures#provablyUnsent(Throwable)}). Everything else fails at once with its typed
 * exception, so a message is never sent twice because of a retry.
 *
 * <p>
 * The delay grows exponentially from {@code redeliveryDelay} by {@code backOffMultiplier}, capped at
 * {@code maximumRedeliveryDelay}, spread by {@code jitter} so that exchanges failed together do not return together.
 * It is never shorter than Meta asked for (Retry-After, X-Business-Use-Case-Usage), nor, after a pair-rate error
 * (131056), than the pair-rate interval. When Meta asks for a longer wait than {@code maximumRedeliveryDelay}, the
 * exchange fails at once with the exception (which carries the wait) rather than being held that long.
 *
 * @param maximumRedeliveries    how many times a send is retried at most
 * @param redeliveryDelay        the delay before the first retry
 * @param backOffMultiplier      the factor between one retry's delay and the next one's, at least 1
 * @param maximumRedeliveryDelay the longest delay before a retry
 * @param jitter                 the fraction (0 to 1) by which a delay is randomly shortened or lengthened
 * @param pairRateInterval       the shortest delay after a 131056
 * @param redeliverUnanswered    whether to also retry a request that got no answer (connection closed, response
 *                               timeout), accepting that Meta may then deliver the message twice
 */
public record RedeliveryPolicy(
        int maximumRedeliveries, Duration redeliveryDelay, double backOffMultiplier, Duration maximumRedeliveryDelay,
        double jitter, Duration pairRateInterval, boolean redeliverUnanswered) {

    /** Meta's pair-rate error: this recipient got messages too fast. */
    static final int PAIR_RATE_ERROR = 131056;

    public RedeliveryPolicy {
        Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        Objects.requireNonNull(maximumRedeliveryDelay, "maximumRedeliveryDelay");
        Objects.requireNonNull(pairRateInterval, "pairRateInterval");
        if (maximumRedeliveries < 0) {
            throw new IllegalArgumentException("maximumRedeliveries is at least 0, not " + maximumRedeliveries);
        }
        if (backOffMultiplier < 1) {
            throw new IllegalArgumentException("backOffMultiplier is at least 1, not " + backOffMultiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a fraction from 0 to 1, not " + jitter);
        }
        if (redeliveryDelay.isNegative() || maximumRedeliveryDelay.compareTo(redeliveryDelay) < 0) {
            throw new IllegalArgumentException(
                    "0 <= redeliveryDelay <= maximumRedeliveryDelay is needed, not "
                            + redeliveryDelay + " and " + maximumRedeliveryDelay);
        }
    }

    /**
     * @param  redelivery the number of the retry about to be decided, from 1
     * @param  failure    what the previous attempt failed with
     * @param  random     a source of numbers in [0, 1), for the jitter
     * @return            the delay before the retry, or empty to fail the exchange with {@code failure}
     */
    public Optional<Duration> delayBefore(int redelivery, Throwable failure, DoubleSupplier random) {
        if (redelivery > maximumRedeliveries) {
            return Optional.empty();
        }
        Throwable cause = TransportFailures.unwrap(failure);
        Duration floor = Duration.ZERO;
        if (cause instanceof WhatsAppCloudApiException api) {
            if (!api.isRetryable()) {
                return Optional.empty();
            }
            floor = api.getRetryAfter().orElse(Duration.ZERO);
            if (api.getCode() == PAIR_RATE_ERROR && floor.compareTo(pairRateInterval) < 0) {
                floor = pairRateInterval;
            }
        } else if (!TransportFailures.provablyUnsent(cause)
                && !(redeliverUnanswered && TransportFailures.unanswered(cause))) {
            return Optional.empty();
        }
        if (floor.compareTo(maximumRedeliveryDelay) > 0) {
            return Optional.empty();
        }
        double backOff = redeliveryDelay.toNanos() * Math.pow(backOffMultiplier, redelivery - 1);
        double spread = backOff * (1 + jitter * (2 * random.getAsDouble() - 1));
        long nanos = (long) Math.min(spread, maximumRedeliveryDelay.toNanos());
        Duration delay = Duration.ofNanos(nanos);
        return Optional.of(delay.compareTo(floor) < 0 ? floor : delay);
    }
}
