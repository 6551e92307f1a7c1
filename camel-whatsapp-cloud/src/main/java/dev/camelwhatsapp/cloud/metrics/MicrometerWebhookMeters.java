package dev.camelwhatsapp.cloud.metrics;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.camelwhatsapp.cloud.flow.MicrometerSendMeters;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link WebhookStatistics} as Micrometer counters that read the statistics when the registry is scraped. A counter
 * is registered the first time it counts, with its labels as tags. Loaded only when Micrometer is on the classpath
 * ({@link WebhookMeters} checks).
 */
final class MicrometerWebhookMeters implements AutoCloseable {

    /** A meter's name and description. */
    private record MeterName(String name, String description) {
    }

    private static final Map<WebhookStatistics.Kind, MeterName> METERS = Map.of(
            WebhookStatistics.Kind.EVENTS, new MeterName(
                    "whatsapp.cloud.webhook.events",
                    "Webhook events routed, by business number and event type"),
            WebhookStatistics.Kind.STATUSES, new MeterName(
                    "whatsapp.cloud.webhook.statuses",
                    "Message statuses routed, by business number and status"),
            WebhookStatistics.Kind.FAILURES, new MeterName(
                    "whatsapp.cloud.webhook.failures",
                    "Failed statuses, by business number and Meta error code (-1: none)"),
            WebhookStatistics.Kind.BILLABLE, new MeterName(
                    "whatsapp.cloud.webhook.billable",
                    "Billable delivered messages, by pricing category and pricing type"),
            WebhookStatistics.Kind.DUPLICATES, new MeterName(
                    "whatsapp.cloud.webhook.duplicates",
                    "Events dropped because they were routed before"),
            WebhookStatistics.Kind.PAYLOADS, new MeterName(
                    "whatsapp.cloud.webhook.payloads",
                    "Webhook payloads accepted"),
            WebhookStatistics.Kind.INTAKE_EVENTS, new MeterName(
                    "whatsapp.cloud.webhook.intake.events",
                    "Events in accepted webhook payloads"),
            WebhookStatistics.Kind.REJECTIONS, new MeterName(
                    "whatsapp.cloud.webhook.rejections",
                    "Webhook requests refused, by reason"),
            WebhookStatistics.Kind.VERIFICATIONS, new MeterName(
                    "whatsapp.cloud.webhook.verifications",
                    "Verification requests answered with the challenge"));

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerWebhookMeters.class);

    private final MeterRegistry registry;
    private final WebhookStatistics statistics;
    private final Tags tags;
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();
    private final Consumer<WebhookStatistics.Key> onNewKey = this::register;
    private volatile boolean closed;

    private MicrometerWebhookMeters(MeterRegistry registry, WebhookStatistics statistics, Tags tags) {
        this.registry = registry;
        this.statistics = statistics;
        this.tags = tags;
    }

    static AutoCloseable register(CamelContext context, WebhookStatistics statistics) {
        MeterRegistry registry = MicrometerSendMeters.registry(context);
        if (registry == null) {
            LOG.debug("No MeterRegistry in the registry of {}: webhooks are counted for JMX only", context.getName());
            return null;
        }
        MicrometerWebhookMeters meters = new MicrometerWebhookMeters(
                registry, statistics,
                Tags.of("camelContext", context.getName()));
        // listen first, then register what was counted so far; one registered twice is the same meter
        statistics.addNewKeyListener(meters.onNewKey);
        statistics.keys().forEach(meters::register);
        return meters;
    }

    private synchronized void register(WebhookStatistics.Key key) {
        if (closed) {
            return;
        }
        Tags keyTags = tags;
        for (int i = 0; i < key.labels().size(); i++) {
            keyTags = keyTags.and(key.kind().labels().get(i), key.labels().get(i));
        }
        MeterName meter = METERS.get(key.kind());
        meters.add(FunctionCounter.builder(meter.name(), statistics, s -> s.get(key))
                .description(meter.description()).tags(keyTags).register(registry));
    }

    @Override
    public synchronized void close() {
        closed = true;
        statistics.removeNewKeyListener(onNewKey);
        meters.forEach(registry::remove);
        meters.clear();
    }
}
