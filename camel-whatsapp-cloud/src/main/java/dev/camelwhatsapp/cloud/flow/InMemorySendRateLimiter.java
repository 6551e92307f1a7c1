package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A {@link SendRateLimiter} for one JVM, using the generic cell rate algorithm (GCRA): per key it keeps only the
 * theoretical arrival time of the next send, so reserving is one atomic update of one number, without timers.
 *
 * <p>
 * With interval {@code T} and burst {@code b}, a send may leave at the later of now and {@code tat - (b - 1) * T}; it
 * then moves {@code tat} on by {@code T}. A key whose {@code tat} is in the past is indistinguishable from a fresh one,
 * which is why such keys can be dropped at any time: that keeps the memory bounded by the recipients active in the last
 * few intervals, not by every recipient ever seen.
 */
public final class InMemorySendRateLimiter implements SendRateLimiter {

    /** Past this many keys, a reservation first drops the keys that carry no state any more. */
    private static final int PURGE_THRESHOLD = 10_000;

    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Long> theoreticalArrival = new ConcurrentHashMap<>();
    private final AtomicLong purgeAfterSize = new AtomicLong(PURGE_THRESHOLD);

    /** A limiter on {@link System#nanoTime()}. */
    public InMemorySendRateLimiter() {
        this(System::nanoTime);
    }

    /**
     * @param nanoTime a monotonic time source in nanoseconds (tests pass a manual one)
     */
    public InMemorySendRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public Reservation reserve(String key, RateLimit limit, Duration maxWait) {
        long now = nanoTime.getAsLong();
        purgeIfLarge(now);
        long interval = limit.interval().toNanos();
        long tolerance = (limit.burst() - 1) * interval;
        long maxWaitNanos = maxWait.toNanos();
        long[] wait = new long[1];
        boolean[] granted = new boolean[1];
        // compute() is atomic per key, and so is the purge's conditional remove: no booking is ever lost to it
        theoreticalArrival.compute(key, (k, tat) -> {
            long base = tat == null || tat - now < 0 ? now : tat;
            wait[0] = Math.max(0, base - tolerance - now);
            granted[0] = wait[0] <= maxWaitNanos;
            return granted[0] ? base + interval : tat;
        });
        Duration delay = Duration.ofNanos(wait[0]);
        return granted[0] ? Reservations.granted(delay, () -> giveBack(key, interval)) : Reservations.refused(delay);
    }

    private void giveBack(String key, long interval) {
        // moves the next free slot back by one: the count of sends in any window stays as booked
        theoreticalArrival.computeIfPresent(key, (k, tat) -> tat - interval);
    }

    /** @return how many keys hold state (for tests and monitoring) */
    public int size() {
        return theoreticalArrival.size();
    }

    private void purgeIfLarge(long now) {
        long threshold = purgeAfterSize.get();
        if (theoreticalArrival.size() > threshold && purgeAfterSize.compareAndSet(threshold, Long.MAX_VALUE)) {
            try {
                theoreticalArrival.entrySet().removeIf(e -> e.getValue() - now <= 0);
            } finally {
                // never purge more often than every PURGE_THRESHOLD new keys, whatever survived this purge
                purgeAfterSize.set(theoreticalArrival.size() + (long) PURGE_THRESHOLD);
            }
        }
    }
}
