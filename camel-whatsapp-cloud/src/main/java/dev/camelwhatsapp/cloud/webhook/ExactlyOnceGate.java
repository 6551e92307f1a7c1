package dev.camelwhatsapp.cloud.webhook;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets each event through to the route until it succeeds once, and never again after: Meta delivers at least once,
 * the route sees each event exactly once per success.
 * <p>
 * A key is added to the repository only after the route succeeded, so an event whose route failed is processed again
 * when Meta redelivers it. While an event is in progress, the same key arriving again (a duplicate delivered
 * concurrently, or the same event in two payloads) is not routed a second time: it waits for the first and shares its
 * outcome.
 */
public final class ExactlyOnceGate {

    private static final Logger LOG = LoggerFactory.getLogger(ExactlyOnceGate.class);

    private final IdempotentRepository repository;
    private final ConcurrentMap<String, CompletableFuture<Boolean>> inProgress = new ConcurrentHashMap<>();

    /**
     * @param repository where keys of events that went through the route are remembered
     */
    public ExactlyOnceGate(IdempotentRepository repository) {
        this.repository = repository;
    }

    /**
     * Runs the work unless the key already succeeded or is in progress.
     *
     * @param  key      the event's deduplication key
     * @param  work     routes the event
     * @param  callback told the outcome: the work's, {@code true} for a key already processed, or the outcome of the
     *                  same key in progress
     * @return          {@code true} if done before returning
     */
    public boolean process(String key, EventWork work, EventCallback callback) {
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = inProgress.putIfAbsent(key, mine);
        if (running != null) {
            return shareOutcome(running, callback);
        }
        boolean processedBefore;
        try {
            processedBefore = repository.contains(key);
        } catch (RuntimeException repositoryDown) {
            // Not knowing is not a reason to route twice: fail the event, Meta delivers it again.
            LOG.warn("Cannot look up event {} in the idempotent repository: {}", key, repositoryDown.toString());
            finish(key, mine, false);
            callback.done(false, true);
            return true;
        }
        if (processedBefore) {
            LOG.debug("Skipping event {}: processed before", key);
            finish(key, mine, true);
            callback.done(true, true);
            return true;
        }
        return work.process((succeeded, doneSync) -> {
            if (succeeded) {
                remember(key);
            }
            finish(key, mine, succeeded);
            callback.done(succeeded, doneSync);
        });
    }

    /**
     * @return how many keys are being processed now
     */
    public int inProgress() {
        return inProgress.size();
    }

    private void remember(String key) {
        try {
            repository.add(key);
        } catch (RuntimeException repositoryDown) {
            // The route did succeed: answering a failure would have Meta redeliver an event already processed.
            LOG.warn("Cannot remember event {} in the idempotent repository; a redelivery would be routed again: {}",
                    key, repositoryDown.toString());
        }
    }

    private void finish(String key, CompletableFuture<Boolean> mine, boolean succeeded) {
        // Removed only after the key is in the repository, so a newcomer finds one or the other.
        inProgress.remove(key, mine);
        mine.complete(succeeded);
    }

    private static boolean shareOutcome(CompletableFuture<Boolean> running, EventCallback callback) {
        if (running.isDone()) {
            callback.done(running.join(), true);
            return true;
        }
        running.thenAccept(succeeded -> callback.done(succeeded, false));
        return false;
    }
}
