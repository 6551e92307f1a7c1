package dev.camelwhatsapp.cloud.webhook.internal;

/**
 * The handling of one event that may complete later, on another thread.
 */
@FunctionalInterface
public interface EventWork {

    /**
     * Starts the work. Never throws: a failure is reported to the callback.
     *
     * @param  callback told exactly once when the work is done
     * @return          {@code true} if the work completed (and the callback was told) before returning
     */
    boolean process(EventCallback callback);
}
