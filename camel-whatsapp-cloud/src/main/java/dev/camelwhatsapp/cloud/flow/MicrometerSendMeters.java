package dev.camelwhatsapp.cloud.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SendStatistics} of one business number as Micrometer meters that read the counters when the registry is
 * scraped, so a send costs nothing more. The only class of the component that refers to Micrometer: it is loaded only
 * when Micrometer is on the classpath ({@link SendMeters} checks).
 */
public final class MicrometerSendMeters implements AutoCloseable {

    /** The registry bean name camel-micrometer looks up first ({@code MicrometerConstants.METRICS_REGISTRY_NAME}). */
    static final String METRICS_REGISTRY_NAME = "metricsRegistry";

    static final String SENT = "whatsapp.cloud.messages.sent";
    static final String FAILED = "whatsapp.cloud.messages.failed";
    static final String REDELIVERIES = "whatsapp.cloud.redeliveries";
    static final String THROTTLE_WAIT = "whatsapp.cloud.throttle.wait";
    static final String THROTTLE_REFUSED = "whatsapp.cloud.throttle.refused";
    static final String WINDOWS_REFUSED = "whatsapp.cloud.windows.refused";
    static final String FALLBACK_TEMPLATES = "whatsapp.cloud.fallback.templates";

    /** The tag camel-micrometer puts on every Camel meter ({@code MicrometerConstants.CAMEL_CONTEXT_TAG}). */
    static final String CAMEL_CONTEXT_TAG = "camelContext";
    static final String PHONE_NUMBER_ID_TAG = "phoneNumberId";
    static final String CODE_TAG = "code";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerSendMeters.class);

    private final MeterRegistry registry;
    private final SendStatistics statistics;
    private final Tags tags;
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();
    private final Runnable onNewErrorCode = this::registerCodeMeters;
    private volatile boolean closed;

    private MicrometerSendMeters(MeterRegistry registry, SendStatistics statistics, Tags tags) {
        this.registry = registry;
        this.statistics = statistics;
        this.tags = tags;
    }

    /**
     * @param  context       the CamelContext, whose registry holds the MeterRegistry
     * @param  phoneNumberId the business number
     * @param  statistics    its statistics
     * @return               the registered meters, to close to remove them; {@code null} when the CamelContext has no
     *                       MeterRegistry
     */
    static AutoCloseable register(CamelContext context, String phoneNumberId, SendStatistics statistics) {
        MeterRegistry registry = registry(context);
        if (registry == null) {
            LOG.debug("No MeterRegistry in the registry of {}: the sends of {} are counted for JMX only",
                    context.getName(), phoneNumberId);
            return null;
        }
        MicrometerSendMeters meters = new MicrometerSendMeters(
                registry, statistics,
                Tags.of(CAMEL_CONTEXT_TAG, context.getName(), PHONE_NUMBER_ID_TAG, phoneNumberId));
        meters.registerAll();
        return meters;
    }

    /**
     * Finds the MeterRegistry the way camel-micrometer does, so that these meters land next to Camel's own: the bean
     * named {@value #METRICS_REGISTRY_NAME}, else the only {@link CompositeMeterRegistry}, else the only
     * {@link MeterRegistry}. Unlike camel-micrometer, creates none: a registry nobody exports would count in vain.
     *
     * @param  context the CamelContext
     * @return         its MeterRegistry, or {@code null}
     */
    public static MeterRegistry registry(CamelContext context) {
        Registry beans = context.getRegistry();
        MeterRegistry named = beans.lookupByNameAndType(METRICS_REGISTRY_NAME, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        for (Class<? extends MeterRegistry> type : List.of(CompositeMeterRegistry.class, MeterRegistry.class)) {
            MeterRegistry only = beans.findSingleByType(type);
            if (only != null) {
                return only;
            }
        }
        return null;
    }

    private void registerAll() {
        counter(SENT, "Messages Meta accepted", SendStatistics::getSent);
        counter(THROTTLE_REFUSED, "Sends refused because their slot was further away than maxThrottleWait",
                SendStatistics::getThrottleRefused);
        counter(WINDOWS_REFUSED, "Free-form sends refused because no 24-hour window was open",
                SendStatistics::getWindowsRefused);
        counter(FALLBACK_TEMPLATES, "Fallback templates sent instead of free-form messages outside the window",
                SendStatistics::getFallbackTemplates);
        meters.add(FunctionTimer.builder(THROTTLE_WAIT, statistics, SendStatistics::getThrottled,
                s -> s.getThrottledWait().toNanos(), TimeUnit.NANOSECONDS)
                .description("Sends that waited for a throughput or pair-rate slot, and how long they waited")
                .tags(tags).register(registry));
        // listen first, then register the codes counted so far: a code counted in between is registered twice,
        // which Micrometer answers with the same meter
        statistics.addNewErrorCodeListener(onNewErrorCode);
        registerCodeMeters();
    }

    private void counter(String name, String description, ToDoubleFunction<SendStatistics> count) {
        meters.add(FunctionCounter.builder(name, statistics, count).description(description).tags(tags)
                .register(registry));
    }

    private void registerCodeMeters() {
        registerCodeMeters(FAILED, "Sends that finally failed, by Meta error code (-1: none)",
                statistics.getFailedByCode(), SendStatistics::getFailed);
        registerCodeMeters(REDELIVERIES, "Retries, by the Meta error code that caused them (-1: connection failures)",
                statistics.getRetriedByCode(), SendStatistics::getRetried);
    }

    private synchronized void registerCodeMeters(String name, String description, Map<Integer, Long> codes,
                                                 CodeCount count) {
        if (closed) {
            return;
        }
        for (int code : codes.keySet()) {
            meters.add(FunctionCounter.builder(name, statistics, s -> count.of(s, code)).description(description)
                    .tags(tags).tag(CODE_TAG, Integer.toString(code)).register(registry));
        }
    }

    /** Removes the meters from the registry. */
    @Override
    public synchronized void close() {
        closed = true;
        statistics.removeNewErrorCodeListener(onNewErrorCode);
        meters.forEach(registry::remove);
        meters.clear();
    }

    @FunctionalInterface
    private interface CodeCount {
        long of(SendStatistics statistics, int code);
    }
}
