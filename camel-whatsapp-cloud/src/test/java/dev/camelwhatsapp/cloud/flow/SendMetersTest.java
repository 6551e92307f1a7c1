package dev.camelwhatsapp.cloud.flow;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a number's meters are registered, and when they are removed. */
class SendMetersTest {

    static final String NUMBER = "106540352242922";

    final CamelContext context = new DefaultCamelContext();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void theMetersStayUntilTheLastEndpointOfTheNumberStops() throws Exception {
        context.getRegistry().bind("anyName", registry);
        SendMeters meters = new SendMeters(context);

        AutoCloseable first = meters.publish(NUMBER);
        AutoCloseable second = meters.publish(NUMBER);
        int registered = registry.getMeters().size();
        first.close();
        first.close();

        assertThat(registered).isPositive();
        assertThat(registry.getMeters()).hasSize(registered);
        second.close();
        assertThat(meters.isPublished(NUMBER)).isFalse();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void aCodeCountedAfterPublishingGetsItsMeterAndTheParentCountsForItsEndpoints() throws Exception {
        context.getRegistry().bind("metricsRegistry", registry);
        SendMeters meters = new SendMeters(context);
        SendStatistics endpoint = new SendStatistics(meters.statisticsOf(NUMBER));
        meters.publish(NUMBER);

        endpoint.failed(131026);
        endpoint.failed(131026);
        endpoint.retried(SendStatistics.NO_CODE);

        assertThat(endpoint.getFailed(131026)).isEqualTo(2);
        assertThat(meters.statisticsOf(NUMBER).getFailedByCode()).containsEntry(131026, 2L);
        assertThat(registry.get("whatsapp.cloud.messages.failed").tag("code", "131026").functionCounter().count())
                .isEqualTo(2);
        assertThat(registry.get("whatsapp.cloud.redeliveries").tag("code", "-1").functionCounter().count())
                .isEqualTo(1);
    }

    @Test
    void withoutAMeterRegistryNothingIsPublishedAndSendsAreStillCounted() throws Exception {
        SendMeters meters = new SendMeters(context);
        SendStatistics endpoint = new SendStatistics(meters.statisticsOf(NUMBER));

        AutoCloseable publication = meters.publish(NUMBER);
        endpoint.sent();

        assertThat(meters.isPublished(NUMBER)).isFalse();
        assertThat(meters.statisticsOf(NUMBER).getSent()).isEqualTo(1);
        publication.close();
    }

    @Test
    void withoutMicrometerARegistryIsNeverLookedFor() throws Exception {
        // a registry that would be found, were Micrometer's presence not checked first
        context.getRegistry().bind("metricsRegistry", registry);
        SendMeters meters = new SendMeters(context, false);

        meters.publish(NUMBER).close();

        assertThat(meters.isPublished(NUMBER)).isFalse();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void micrometerIsPresentOnlyWhereItsRegistryClassCanBeLoaded() {
        ClassLoader withoutMicrometer = new ClassLoader(SendMeters.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("io.micrometer.")) {
                    throw new ClassNotFoundException(name);
                }
                return super.loadClass(name, resolve);
            }
        };

        assertThat(SendMeters.isPresent(SendMeters.METER_REGISTRY_CLASS, SendMeters.class.getClassLoader())).isTrue();
        assertThat(SendMeters.isPresent(SendMeters.METER_REGISTRY_CLASS, withoutMicrometer)).isFalse();
    }
}
