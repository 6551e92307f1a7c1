package dev.camelwhatsapp.emulator.webhook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import dev.camelwhatsapp.emulator.DeliveredWebhook;

/**
 * Every delivery attempt, oldest first, capped so a long run keeps bounded memory.
 */
public final class WebhookLog {

    private final int capacity;
    private final Deque<DeliveredWebhook> attempts = new ArrayDeque<>();

    public WebhookLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(DeliveredWebhook attempt) {
        attempts.addLast(attempt);
        while (attempts.size() > capacity) {
            attempts.removeFirst();
        }
    }

    public synchronized List<DeliveredWebhook> all() {
        return new ArrayList<>(attempts);
    }

    public synchronized void clear() {
        attempts.clear();
    }
}
