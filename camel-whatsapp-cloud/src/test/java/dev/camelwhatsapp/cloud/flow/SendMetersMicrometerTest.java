package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.test.CountedSends;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send counters as Micrometer meters in the MeterRegistry camel-micrometer uses: one set per business number,
 * whichever of its endpoints sent, registered when the endpoints start and removed when they stop.
 */
class SendMetersMicrometerTest extends CamelTestSupport {

    static final String CONTEXT_NAME = "metrics";
    static final String NUMBER = CountedSends.NUMBER;
    static final String USER = CountedSends.USER;
    static final Instant NOW = CountedSends.NOW;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final InMemoryConversationWindowStore windows = new InMemoryConversationWindowStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension().setName(CONTEXT_NAME);
        context.getRegistry().bind(MicrometerConstants.METRICS_REGISTRY_NAME, meters);
        CountedSends.bind(context, windows);
        return context;
    }

    static String uri(String options) {
        return CountedSends.endpoint(emulator, 1000, options);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // two endpoints of one number, as two routes with different options make them
                from("direct:strict").to(uri("")).to("micrometer:counter:orders.notified");
                from("direct:off").to(uri("&windowPolicy=off&redelivery=false"));
            }
        };
    }

    Exchange send(String route, String text, String to) {
        return template.request(route, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }

    @Test
    void theCountersOfEveryEndpointOfTheNumberAreReadByOneSetOfMeters() {
        assertThat(count("whatsapp.cloud.messages.sent")).isZero();

        windows.recordInbound(NUMBER, USER, NOW);
        emulator.emulator().injectFault(Fault.graphError(131016));
        assertThat(send("direct:strict", "Your order shipped", USER).getException()).isNull();
        assertThat(send("direct:strict", "Hello stranger", "15557654321").getException())
                .isInstanceOf(ConversationWindowClosedException.class);
        emulator.emulator().injectFault(Fault.graphError(131026));
        assertThat(send("direct:off", "Your parcel is waiting", "15557654321").getException()).isNotNull();
        assertThat(send("direct:off", "Your parcel is here", "15557654322").getException()).isNull();

        assertThat(count("whatsapp.cloud.messages.sent")).isEqualTo(2);
        assertThat(count("whatsapp.cloud.messages.failed", "code", "131026")).isEqualTo(1);
        assertThat(count("whatsapp.cloud.redeliveries", "code", "131016")).isEqualTo(1);
        assertThat(count("whatsapp.cloud.windows.refused")).isEqualTo(1);
        assertThat(count("whatsapp.cloud.throttle.refused")).isZero();
        assertThat(count("whatsapp.cloud.fallback.templates")).isZero();
        FunctionTimer throttleWait = meters.get("whatsapp.cloud.throttle.wait")
                .tags("camelContext", CONTEXT_NAME, "phoneNumberId", NUMBER).functionTimer();
        // at least the retry waited for the user's pair-rate slot, a second after the first attempt's
        assertThat(throttleWait.count()).isGreaterThanOrEqualTo(1);
        assertThat(throttleWait.totalTime(TimeUnit.MILLISECONDS)).isGreaterThan(100);
        // camel-micrometer's own meters are in the same registry
        assertThat(meters.get("orders.notified").counter().count()).isEqualTo(1);
    }

    @Test
    void theMetersAreRemovedWhenTheEndpointsStop() {
        assertThat(whatsAppMeters()).isNotEmpty().allSatisfy(meter -> assertThat(meter.getId().getTags())
                .extracting(tag -> tag.getKey()).contains("camelContext", "phoneNumberId"));

        context.stop();

        assertThat(whatsAppMeters()).isEmpty();
    }

    double count(String name, String... extraTags) {
        return meters.get(name).tags("camelContext", CONTEXT_NAME, "phoneNumberId", NUMBER).tags(extraTags)
                .functionCounter().count();
    }

    List<Meter> whatsAppMeters() {
        return meters.getMeters().stream().filter(m -> m.getId().getName().startsWith("whatsapp.cloud.")).toList();
    }
}
