package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the producer of one business phone number did: counters that any number of sending threads update without
 * contention, read by JMX and metrics.
 *
 * <p>
 * Statistics may have a parent that counts everything they count: each endpoint has its own (its JMX attributes),
 * and all endpoints of one number in a CamelContext share a parent (its Micrometer meters, see {@link SendMeters}).
 */
public final class SendStatistics {

    /** The key of failures that carried no Meta error code (transport failures, throttle refusals). */
    public static final int NO_CODE = -1;

    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final LongAdder throttledNanos = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder throttleRefused = new LongAdder();
    private final LongAdder windowsRefused = new LongAdder();
    private final LongAdder fallbackTemplates = new LongAdder();
    private final ConcurrentMap<Integer, LongAdder> failedByCode = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, LongAdder> retriedByCode = new ConcurrentHashMap<>();
    private final List<Runnable> newCodeListeners = new CopyOnWriteArrayList<>();
    private final SendStatistics parent;

    /** Statistics of their own. */
    public SendStatistics() {
        this(null);
    }

    /**
     * @param parent counts everything these statistics count as well, or {@code null}
     */
    public SendStatistics(SendStatistics parent) {
        this.parent = parent;
    }

    void sent() {
        sent.increment();
        if (parent != null) {
            parent.sent();
        }
    }

    void failed(int code) {
        failed.increment();
        count(failedByCode, code);
        if (parent != null) {
            parent.failed(code);
        }
    }

    void retried(int code) {
        retried.increment();
        count(retriedByCode, code);
        if (parent != null) {
            parent.retried(code);
        }
    }

    void throttled(Duration wait) {
        if (!wait.isZero()) {
            throttled.increment();
            throttledNanos.add(wait.toNanos());
        }
        if (parent != null) {
            parent.throttled(wait);
        }
    }

    void throttleRefused() {
        throttleRefused.increment();
        if (parent != null) {
            parent.throttleRefused();
        }
    }

    void windowRefused() {
        windowsRefused.increment();
        if (parent != null) {
            parent.windowRefused();
        }
    }

    void fallbackTemplate() {
        fallbackTemplates.increment();
        if (parent != null) {
            parent.fallbackTemplate();
        }
    }

    private void count(ConcurrentMap<Integer, LongAdder> byCode, int code) {
        LongAdder counter = byCode.get(code);
        if (counter == null) {
            LongAdder created = new LongAdder();
            counter = byCode.putIfAbsent(code, created);
            if (counter == null) {
                counter = created;
                // outside the map's own locking: a listener registers meters, which may take a lock of its own
                newCodeListeners.forEach(Runnable::run);
            }
        }
        counter.increment();
    }

    /**
     * Runs the listener each time a Meta error code is counted for the first time (as a final failure or as a retry's
     * cause), on the thread that counts it: a meter per code can only be registered once the code is known.
     *
     * @param listener quick and non-blocking
     */
    public void addNewErrorCodeListener(Runnable listener) {
        newCodeListeners.add(listener);
    }

    /** @param listener a listener added before; no longer run */
    public void removeNewErrorCodeListener(Runnable listener) {
        newCodeListeners.remove(listener);
    }

    /** @return messages Meta accepted */
    public long getSent() {
        return sent.sum();
    }

    /** @return sends that finally failed, after any retries */
    public long getFailed() {
        return failed.sum();
    }

    /** @return retries made */
    public long getRetried() {
        return retried.sum();
    }

    /** @return sends that had to wait for a throughput or pair-rate slot */
    public long getThrottled() {
        return throttled.sum();
    }

    /** @return the total time sends waited for their slots */
    public Duration getThrottledWait() {
        return Duration.ofNanos(throttledNanos.sum());
    }

    /** @return sends refused because their slot was further away than maxThrottleWait */
    public long getThrottleRefused() {
        return throttleRefused.sum();
    }

    /** @return free-form sends refused because no 24-hour window was open */
    public long getWindowsRefused() {
        return windowsRefused.sum();
    }

    /** @return fallback templates sent in place of free-form messages */
    public long getFallbackTemplates() {
        return fallbackTemplates.sum();
    }

    /** @return final failures by Meta error code ({@link #NO_CODE} for failures without one), in code order */
    public Map<Integer, Long> getFailedByCode() {
        return snapshot(failedByCode);
    }

    /** @return retries by the Meta error code that caused them ({@link #NO_CODE} for transport failures) */
    public Map<Integer, Long> getRetriedByCode() {
        return snapshot(retriedByCode);
    }

    /**
     * @param  code a Meta error code, or {@link #NO_CODE}
     * @return      final failures with that code
     */
    public long getFailed(int code) {
        return sum(failedByCode, code);
    }

    /**
     * @param  code a Meta error code, or {@link #NO_CODE}
     * @return      retries that code caused
     */
    public long getRetried(int code) {
        return sum(retriedByCode, code);
    }

    private static long sum(ConcurrentMap<Integer, LongAdder> byCode, int code) {
        LongAdder counter = byCode.get(code);
        return counter == null ? 0 : counter.sum();
    }

    private static Map<Integer, Long> snapshot(ConcurrentMap<Integer, LongAdder> counters) {
        Map<Integer, Long> result = new TreeMap<>();
        counters.forEach((code, count) -> result.put(code, count.sum()));
        return result;
    }
}
