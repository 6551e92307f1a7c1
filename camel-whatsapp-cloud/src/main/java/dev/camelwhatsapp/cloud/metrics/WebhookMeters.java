package dev.camelwhatsapp.cloud.metrics;

import dev.camelwhatsapp.cloud.flow.SendMeters;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WebhookStatistics} of one CamelContext, published as Micrometer meters while at least one consumer is
 * started. As for the send meters, Micrometer is optional: without it nothing is published and no Micrometer class is
 * loaded.
 */
public final class WebhookMeters {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookMeters.class);

    private final CamelContext context;
    private final boolean micrometerPresent;
    private final WebhookStatistics statistics;
    // guarded by this
    private int publishers;
    private AutoCloseable published;

    /**
     * @param context    the CamelContext whose consumers these are
     * @param statistics the counters
     */
    public WebhookMeters(CamelContext context, WebhookStatistics statistics) {
        this.context = context;
        this.statistics = statistics;
        this.micrometerPresent = SendMeters.isPresent(SendMeters.METER_REGISTRY_CLASS,
                WebhookMeters.class.getClassLoader());
    }

    /** @return the counters */
    public WebhookStatistics statistics() {
        return statistics;
    }

    /**
     * Publishes the meters unless a consumer already did; called when a consumer starts.
     *
     * @return to close when the consumer stops: the last one to stop removes the meters
     */
    public synchronized AutoCloseable publish() {
        if (++publishers == 1 && micrometerPresent) {
            published = MicrometerWebhookMeters.register(context, statistics);
        }
        boolean[] closed = new boolean[1];
        return () -> {
            synchronized (WebhookMeters.this) {
                if (!closed[0]) {
                    closed[0] = true;
                    unpublish();
                }
            }
        };
    }

    /** @return whether the meters are registered in a MeterRegistry */
    public synchronized boolean isPublished() {
        return published != null;
    }

    private void unpublish() {
        if (--publishers > 0 || published == null) {
            return;
        }
        try {
            published.close();
        } catch (Exception e) {
            LOG.warn("Cannot remove the webhook meters: {}", e.getMessage(), e);
        }
        published = null;
    }
}
