package dev.camelwhatsapp.cloud.webhook.internal;

/**
 * Told when one event has been handled, with the same threading contract as Camel's
 * {@link org.apache.camel.AsyncCallback}: {@code doneSync} is {@code true} only when called before the method that
 * started the work returned {@code true}.
 */
@FunctionalInterface
public interface EventCallback {

    /**
     * @param succeeded {@code true} if the event went through the route, or had already gone through it before
     * @param doneSync  {@code true} if the work completed on the caller's thread before it returned
     */
    void done(boolean succeeded, boolean doneSync);
}
