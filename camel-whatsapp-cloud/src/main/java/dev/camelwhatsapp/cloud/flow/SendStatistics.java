package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the producer of one business phone number did: counters that any number of sending threads update without
 * contention, read by JMX and metrics.
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

    void sent() {
        sent.increment();
    }

    void failed(int code) {
        failed.increment();
        failedByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void retried(int code) {
        retried.increment();
        retriedByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void throttled(Duration wait) {
        if (!wait.isZero()) {
            throttled.increment();
            throttledNanos.add(wait.toNanos());
        }
    }

    void throttleRefused() {
        throttleRefused.increment();
    }

    void windowRefused() {
        windowsRefused.increment();
    }

    void fallbackTemplate() {
        fallbackTemplates.increment();
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

    private static Map<Integer, Long> snapshot(ConcurrentMap<Integer, LongAdder> counters) {
        Map<Integer, Long> result = new TreeMap<>();
        counters.forEach((code, count) -> result.put(code, count.sum()));
        return result;
    }
}
