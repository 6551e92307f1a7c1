package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemorySendRateLimiterTest {

    static final Duration LONG = Duration.ofHours(1);

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final InMemorySendRateLimiter limiter = new InMemorySendRateLimiter(now::get);

    @Test
    void sendsAtTheLimitAreEvenlySpacedAndNoSecondHoldsMoreThanTheLimit() {
        RateLimit eighty = RateLimit.perSecond(80);
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            slots.add(now.get() + limiter.reserve("106540352242922", eighty, LONG).delay().toNanos());
        }

        assertThat(slots.get(0)).isEqualTo(now.get());
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i) - slots.get(i - 1)).isEqualTo(12_500_000L);
        }
        assertThat(maxInAnyWindow(slots, Duration.ofSeconds(1))).isEqualTo(80);
        // sustained output is the limit: 400 sends take 5 s less one interval
        assertThat(slots.get(399) - slots.get(0)).isEqualTo(Duration.ofSeconds(5).minusMillis(12).toNanos() - 500_000L);
    }

    @Test
    void aQuietKeyRegainsItsBurstThenIsSpacedByTheInterval() {
        RateLimit pair = new RateLimit(3, Duration.ofSeconds(6));

        assertThat(delays("pair", pair, 4)).containsExactly(0L, 0L, 0L, 6_000L);

        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(delays("pair", pair, 4)).containsExactly(0L, 0L, 0L, 6_000L);
    }

    @Test
    void oneKeyWaitingDoesNotDelayAnother() {
        RateLimit pair = new RateLimit(1, Duration.ofSeconds(6));
        delays("106540352242922/15551234567", pair, 5);

        assertThat(limiter.reserve("106540352242922/15557654321", pair, LONG).delay()).isZero();
    }

    @Test
    void aSlotFurtherThanMaxWaitIsRefusedAndBooksNothing() {
        RateLimit pair = new RateLimit(1, Duration.ofSeconds(6));
        limiter.reserve("k", pair, LONG);

        SendRateLimiter.Reservation refused = limiter.reserve("k", pair, Duration.ofSeconds(5));
        SendRateLimiter.Reservation next = limiter.reserve("k", pair, Duration.ofSeconds(6));

        assertThat(refused.granted()).isFalse();
        assertThat(refused.delay()).isEqualTo(Duration.ofSeconds(6));
        assertThat(next.granted()).isTrue();
        assertThat(next.delay()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void aCancelledSlotIsGivenBack() {
        RateLimit pair = new RateLimit(1, Duration.ofSeconds(6));
        limiter.reserve("k", pair, LONG);
        SendRateLimiter.Reservation unused = limiter.reserve("k", pair, LONG);

        unused.cancel();
        unused.cancel(); // once only

        assertThat(limiter.reserve("k", pair, LONG).delay()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void keysWithoutStateAreDroppedSoMemoryFollowsActiveRecipientsOnly() {
        RateLimit pair = new RateLimit(1, Duration.ofMillis(10));
        for (int i = 0; i < 50_000; i++) {
            limiter.reserve("recipient-" + i, pair, LONG);
            now.addAndGet(Duration.ofMillis(1).toNanos());
        }

        assertThat(limiter.size()).isLessThanOrEqualTo(10_100);
        // a recipient who just got a message keeps its spacing through a purge
        limiter.reserve("recent", pair, LONG);
        for (int i = 0; i < 10_001; i++) {
            limiter.reserve("more-" + i, pair, LONG);
        }
        assertThat(limiter.reserve("recent", pair, LONG).delay()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void concurrentReservationsNeverShareASlot() throws Exception {
        RateLimit thousand = RateLimit.perSecond(1000);
        ConcurrentLinkedQueue<Long> slots = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            threads.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < 1000; i++) {
                    slots.add(limiter.reserve("n", thousand, LONG).delay().toNanos());
                }
            });
        }
        start.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<Long> sorted = new ArrayList<>(slots);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(8000);
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 1)).isEqualTo(1_000_000L);
        }
    }

    private List<Long> delays(String key, RateLimit limit, int count) {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            delays.add(limiter.reserve(key, limit, LONG).delay().toMillis());
        }
        return delays;
    }

    /** The most instants in any half-open window [t, t + window), t being one of the instants. */
    static int maxInAnyWindow(List<Long> sortedNanos, Duration window) {
        int max = 0;
        int end = 0;
        for (int start = 0; start < sortedNanos.size(); start++) {
            while (end < sortedNanos.size() && sortedNanos.get(end) - sortedNanos.get(start) < window.toNanos()) {
                end++;
            }
            max = Math.max(max, end - start);
        }
        return max;
    }
}
