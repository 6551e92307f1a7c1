package dev.camelwhatsapp.cloud.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send statistics of each business number across the endpoints of one CamelContext, published as Micrometer
 * meters while at least one of those endpoints is started.
 *
 * <p>
 * Micrometer is optional: without it on the classpath nothing is published and no Micrometer class is ever loaded,
 * since only {@link MicrometerSendMeters} refers to one. An application that has it binds its {@code MeterRegistry}
 * as camel-micrometer expects (see {@link MicrometerSendMeters#registry(CamelContext)}).
 *
 * <p>
 * The meters count per number rather than per endpoint because one number often has several endpoints (routes with
 * different options), and meters named by number alone would otherwise show only the first endpoint's counts.
 */
public final class SendMeters {

    private static final Logger LOG = LoggerFactory.getLogger(SendMeters.class);

    public static final String METER_REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";

    private final CamelContext context;
    private final boolean micrometerPresent;
    private final Map<String, SendStatistics> byNumber = new ConcurrentHashMap<>();
    // guarded by this: how many started endpoints publish each number, and the meters while they do
    private final Map<String, Integer> publishers = new HashMap<>();
    private final Map<String, AutoCloseable> published = new HashMap<>();

    /**
     * @param context the CamelContext whose endpoints these are
     */
    public SendMeters(CamelContext context) {
        this(context, isPresent(METER_REGISTRY_CLASS, SendMeters.class.getClassLoader()));
    }

    SendMeters(CamelContext context, boolean micrometerPresent) {
        this.context = Objects.requireNonNull(context, "context");
        this.micrometerPresent = micrometerPresent;
    }

    /**
     * @param  phoneNumberId a business number
     * @return               the statistics of all its endpoints together: the parent of each endpoint's own
     */
    public SendStatistics statisticsOf(String phoneNumberId) {
        return byNumber.computeIfAbsent(phoneNumberId, n -> new SendStatistics());
    }

    /**
     * Publishes the number's meters, unless an endpoint of the number already did; called when an endpoint starts.
     *
     * @param  phoneNumberId the endpoint's number
     * @return               to close when the endpoint stops: the last endpoint of a number to stop removes its meters
     */
    public synchronized AutoCloseable publish(String phoneNumberId) {
        int count = publishers.merge(phoneNumberId, 1, Integer::sum);
        if (count == 1 && micrometerPresent) {
            AutoCloseable meters = MicrometerSendMeters.register(context, phoneNumberId, statisticsOf(phoneNumberId));
            if (meters != null) {
                published.put(phoneNumberId, meters);
            }
        }
        return new Publication(phoneNumberId);
    }

    private synchronized void unpublish(String phoneNumberId) {
        if (publishers.merge(phoneNumberId, -1, Integer::sum) > 0) {
            return;
        }
        publishers.remove(phoneNumberId);
        AutoCloseable meters = published.remove(phoneNumberId);
        if (meters != null) {
            try {
                meters.close();
            } catch (Exception e) {
                LOG.warn("Cannot remove the meters of {}: {}", phoneNumberId, e.getMessage(), e);
            }
        }
    }

    /** @return whether the number's meters are registered in a MeterRegistry */
    synchronized boolean isPublished(String phoneNumberId) {
        return published.containsKey(phoneNumberId);
    }

    public static boolean isPresent(String className, ClassLoader classLoader) {
        try {
            // not initialised: only whether it can be linked against
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** One endpoint's share of a number's publication; closing it twice counts once. */
    private final class Publication implements AutoCloseable {

        private final String phoneNumberId;
        private boolean closed;

        Publication(String phoneNumberId) {
            this.phoneNumberId = phoneNumberId;
        }

        @Override
        public void close() {
            synchronized (SendMeters.this) {
                if (!closed) {
                    closed = true;
                    unpublish(phoneNumberId);
                }
            }
        }
    }
}
