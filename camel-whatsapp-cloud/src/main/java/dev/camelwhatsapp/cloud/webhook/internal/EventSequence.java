package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;

/**
 * Processes the events of one payload one after another without holding a thread while a route works
 * asynchronously, then reports whether all of them succeeded. A failed event does not stop the others: they are
 * processed and remembered, so Meta's redelivery of the payload only routes the failed ones again.
 * <p>
 * Events completing synchronously are run in a loop rather than from each other's callbacks, so a payload of
 * thousands of statuses does not grow the stack.
 * <p>
 * When an event completes asynchronously, the next one is routed on the given executor, never on the thread that
 * completed the previous exchange: that thread belongs to whatever the route used last (an HTTP client's I/O thread
 * after a send), and routing the rest of the payload there would block it for every other user of that client.
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

    private final Executor continuations;

    EventSequence(List<Delivery> deliveries, Completion completion) {
        this(deliveries, Runnable::run, completion);
    }

    /**
     * @param deliveries    the events, in order
     * @param continuations where the loop continues after an event completed asynchronously
     * @param completion    told once every delivery is done
     */
    EventSequence(List<Delivery> deliveries, Executor continuations, Completion completion) {
        this.deliveries = List.copyOf(deliveries);
        this.continuations = continuations;
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
                    continueElsewhere();
                }
            });
            if (!doneSync) {
                return false;
            }
        }
        completion.done(allSucceeded, onCallersThread);
        return onCallersThread;
    }

    private void continueElsewhere() {
        try {
            continuations.execute(() -> resume(false));
        } catch (RejectedExecutionException stoppedOrFull) {
            // the pool is shut down or saturated: finishing here beats never answering the request
            resume(false);
        }
    }
}
