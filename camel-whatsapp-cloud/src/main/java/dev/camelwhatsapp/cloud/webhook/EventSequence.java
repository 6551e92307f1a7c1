package dev.camelwhatsapp.cloud.webhook;

import java.util.List;

/**
 * Processes the events of one payload one after another without holding a thread while a route works
 * asynchronously, then reports whether all of them succeeded. A failed event does not stop the others: they are
 * processed and remembered, so Meta's redelivery of the payload only routes the failed ones again.
 * <p>
 * Events completing synchronously are run in a loop rather than from each other's callbacks, so a payload of
 * thousands of statuses does not grow the stack.
 */
final class EventSequence {

    /** One event for one subscriber. */
    record Delivery(WebhookEventEnvelope event, WebhookSubscriber subscriber) {
    }

    /** Told once every delivery is done. */
    @FunctionalInterface
    interface Completion {
        void done(boolean allSucceeded, boolean doneSync);
    }

    private final List<Delivery> deliveries;
    private final Completion completion;
    private volatile int next;
    private volatile boolean allSucceeded = true;

    EventSequence(List<Delivery> deliveries, Completion completion) {
        this.deliveries = List.copyOf(deliveries);
        this.completion = completion;
    }

    /**
     * @return {@code true} if every delivery completed before returning (the completion was told)
     */
    boolean start() {
        return resume(true);
    }

    private boolean resume(boolean onCallersThread) {
        while (next < deliveries.size()) {
            Delivery delivery = deliveries.get(next++);
            boolean doneSync = delivery.subscriber().process(delivery.event(), (succeeded, sync) -> {
                if (!succeeded) {
                    allSucceeded = false;
                }
                if (!sync) {
                    resume(false);
                }
            });
            if (!doneSync) {
                return false;
            }
        }
        completion.done(allSucceeded, onCallersThread);
        return onCallersThread;
    }
}
