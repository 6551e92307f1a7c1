package dev.camelwhatsapp.cloud.flow;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link ArrivalWindow}s of one JVM, one per business number and limit, so that every endpoint sending from a
 * number counts against the same window, as it draws on the same limiter.
 */
public final class ArrivalWindows {

    private final ConcurrentMap<String, ArrivalWindow> windows = new ConcurrentHashMap<>();

    ArrivalWindow of(String phoneNumberId, int messagesPerSecond) {
        return windows.computeIfAbsent(phoneNumberId + '@' + messagesPerSecond,
                k -> new ArrivalWindow(messagesPerSecond, System::nanoTime));
    }
}
