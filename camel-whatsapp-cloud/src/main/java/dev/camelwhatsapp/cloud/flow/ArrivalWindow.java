package dev.camelwhatsapp.cloud.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Keeps what can <em>arrive</em> at Meta within one number's per-second limit, whatever happens between the booked slot
 * and the wire. Meta counts requests as they arrive; the limiter's slots are spaced evenly, but a scheduler that fires
 * late (a loaded CPU), an I/O thread that writes a queue of requests at once, or the first requests of a fresh JVM
 * waiting for their connections, bunch requests up, and a 1-second window then holds more than the limit.
 *
 * <p>
 * A request arrives somewhere between the moment it is handed to the HTTP client and the moment its answer comes. So
 * a request may leave only while fewer than {@code limit} requests are in flight or were answered less than one
 * second ago. Every request that can arrive in a given 1-second window was then counted when the last of them left,
 * which bounds every window to {@code limit}, on the arrival side, whatever the delays. The price is the round trip:
 * each request holds its place for one second plus its latency, so a saturated number sends
 * {@code limit / (1 s + latency)} per second.
 *
 * <p>
 * Waiting sends hold no thread: they are queued, and leave when an answer comes or an old answer leaves the window.
 */
final class ArrivalWindow {

    /** A send waiting for its place. */
    interface Departure {

        /** Hands the request to the HTTP client; {@link #answered()} must follow once its answer (or failure) is in. */
        void leave();

        /** The send cannot leave any more (the endpoint is stopping). */
        void abandon(RuntimeException why);
    }

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int limit;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Long> answeredAt = new ArrayDeque<>();
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int inFlight;
    private long wakeAt = Long.MAX_VALUE;

    ArrivalWindow(int limit, LongSupplier nanoTime) {
        if (limit < 1) {
            throw new IllegalArgumentException("An arrival limit is at least 1, not " + limit);
        }
        this.limit = limit;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Lets the send leave now if its place is free, else queues it. */
    void enter(Departure departure, ScheduledExecutorService scheduler) {
        synchronized (this) {
            waiting.add(new Waiting(departure, scheduler));
        }
        drain();
    }

    /** One request that left has its answer (or failed): it now holds its place for one more second. */
    void answered() {
        synchronized (this) {
            inFlight--;
            answeredAt.add(nanoTime.getAsLong());
        }
        drain();
    }

    /** @return the requests in flight or answered within the last second (for tests) */
    synchronized int occupied() {
        forgetOld(nanoTime.getAsLong());
        return inFlight + answeredAt.size();
    }

    private void drain() {
        List<Departure> free = new ArrayList<>();
        Waiting wake = null;
        long wakeIn = 0;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            forgetOld(now);
            while (!waiting.isEmpty() && inFlight + answeredAt.size() < limit) {
                free.add(waiting.poll().departure);
                inFlight++;
            }
            if (!waiting.isEmpty() && !answeredAt.isEmpty()) {
                long next = answeredAt.peekFirst() + WINDOW_NANOS;
                if (next < wakeAt || wakeAt - now <= 0) {
                    wakeAt = next;
                    wake = waiting.peekFirst();
                    wakeIn = Math.max(0, next - now);
                }
            }
        }
        // outside the lock: handing a request to the HTTP client may complete it on this thread
        free.forEach(Departure::leave);
        if (wake != null) {
            try {
                wake.scheduler.schedule(this::drain, wakeIn, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException | IllegalStateException stopping) {
                abandonAll(new IllegalStateException("The endpoint is stopping; the send was not made", stopping));
            }
        }
    }

    private void abandonAll(RuntimeException why) {
        List<Waiting> abandoned;
        synchronized (this) {
            abandoned = new ArrayList<>(waiting);
            waiting.clear();
        }
        abandoned.forEach(w -> w.departure.abandon(why));
    }

    private void forgetOld(long now) {
        while (!answeredAt.isEmpty() && now - answeredAt.peekFirst() >= WINDOW_NANOS) {
            answeredAt.poll();
        }
    }

    private record Waiting(Departure departure, ScheduledExecutorService scheduler) {
    }
}
