package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.HashMap;
import java.util.Map;

import dev.camelwhatsapp.cloud.metrics.WebhookStatistics;
import org.apache.camel.CamelContext;

/**
 * The webhook paths of one component: one {@link WebhookDispatcher} per path, created for its first subscriber and
 * dropped with its last, so that consumers of several phone numbers share one URL.
 */
public final class WebhookDispatchers {

    private final Map<String, WebhookDispatcher> byPath = new HashMap<>();
    private final WebhookStatistics statistics = new WebhookStatistics();

    /** @return where the dispatchers count the payloads they take in and the requests they refuse */
    public WebhookStatistics statistics() {
        return statistics;
    }

    /**
     * @param  camelContext the context serving the path
     * @param  path         the HTTP path
     * @param  subscriber   the subscriber to add
     * @throws Exception    if the path cannot be served
     */
    public synchronized void register(CamelContext camelContext, String path, WebhookSubscriber subscriber)
            throws Exception {
        WebhookDispatcher dispatcher = byPath.computeIfAbsent(path, p -> new WebhookDispatcher(
                camelContext, p, statistics));
        try {
            dispatcher.register(subscriber);
        } catch (Exception cannotServe) {
            dropIfUnused(path, dispatcher);
            throw cannotServe;
        }
    }

    /**
     * @param path       the HTTP path
     * @param subscriber the subscriber to remove
     */
    public synchronized void unregister(String path, WebhookSubscriber subscriber) {
        WebhookDispatcher dispatcher = byPath.get(path);
        if (dispatcher != null && dispatcher.unregister(subscriber)) {
            byPath.remove(path);
        }
    }

    private void dropIfUnused(String path, WebhookDispatcher dispatcher) {
        if (dispatcher.isUnused()) {
            byPath.remove(path);
        }
    }
}
