package dev.camelwhatsapp.emulator.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.emulator.state.BoundedMap;

/**
 * Meta's two sending limits: throughput per business number (messages per second, error 130429) and the pair rate
 * per (business number, user) (a short burst, then one message per interval, error 131056). Both are adjustable at
 * run time; adjusting starts fresh buckets.
 */
public final class MessagingRateLimiter {

    /** Which limit refused a message. */
    public enum Verdict {
        ALLOWED,
        THROUGHPUT_EXCEEDED,
        PAIR_RATE_EXCEEDED
    }

    private final Clock clock;
    private final int pairCapacity;
    private final Map<String, TokenBucket> throughputBuckets = new ConcurrentHashMap<>();
    private volatile BoundedMap<String, TokenBucket> pairBuckets;
    private volatile int throughputPerSecond;
    private volatile int pairBurst;
    private volatile Duration pairInterval;

    public MessagingRateLimiter(Clock clock, int throughputPerSecond, int pairBurst, Duration pairInterval,
                                int pairCapacity) {
        this.clock = clock;
        this.pairCapacity = pairCapacity;
        this.pairBuckets = new BoundedMap<>(pairCapacity);
        setThroughput(throughputPerSecond);
        setPairRate(pairBurst, pairInterval);
    }

    /**
     * Takes one message from both budgets. The throughput budget is checked first, as Meta throttles the number
     * before it looks at the recipient.
     */
    public Verdict tryAcquire(String phoneNumberId, String recipient) {
        TokenBucket throughput = throughputBuckets.computeIfAbsent(phoneNumberId,
                id -> new TokenBucket(
                        throughputPerSecond, Duration.ofSeconds(1).dividedBy(throughputPerSecond),
                        clock.instant()));
        if (!throughput.tryTake(clock.instant())) {
            return Verdict.THROUGHPUT_EXCEEDED;
        }
        TokenBucket pair = pairBuckets.computeIfAbsent(phoneNumberId + '/' + recipient,
                key -> new TokenBucket(pairBurst, pairInterval, clock.instant()));
        return pair.tryTake(clock.instant()) ? Verdict.ALLOWED : Verdict.PAIR_RATE_EXCEEDED;
    }

    public synchronized void setThroughput(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("Throughput is at least 1 message per second");
        }
        this.throughputPerSecond = perSecond;
        throughputBuckets.clear();
    }

    public synchronized void setPairRate(int burst, Duration interval) {
        if (burst < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Pair rate needs a burst of at least 1 and a positive interval");
        }
        this.pairBurst = burst;
        this.pairInterval = interval;
        this.pairBuckets = new BoundedMap<>(pairCapacity);
    }

    public int throughputPerSecond() {
        return throughputPerSecond;
    }

    public int pairBurst() {
        return pairBurst;
    }

    public Duration pairInterval() {
        return pairInterval;
    }
}
