package dev.camelwhatsapp.cloud.flow;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudServiceException;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's redelivery and the route's error handler stack: each route redelivery runs the producer again, with
 * all of its own retries. The recommended setup (docs/flow-control.md, docs/errors.md) lets the producer retry Meta's
 * transient errors and gives WhatsApp exceptions no route redelivery, only a dead letter. Attempts are counted by what
 * the emulator saw: each request consumes one injected fault, a request past the faults is sent.
 */
class RedeliveryWithRouteErrorHandlerEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true)).resetBeforeEachTest();

    static final int PRODUCER_RETRIES = 2;
    static final int ROUTE_RETRIES = 2;
    static final int TRANSIENT = 131000;

    static String uri() {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&windowPolicy=off&maximumRedeliveries=" + PRODUCER_RETRIES + "&redeliveryDelay=10&jitter=0"
                + "&baseUri=" + emulator.baseUri();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // recommended: the producer retries what Meta says is transient, the route only dead-letters
                from("direct:recommended")
                        .onException(WhatsAppCloudApiException.class).maximumRedeliveries(0).handled(true)
                        .to("mock:dead").end()
                        .to(uri());
                // not recommended: both retry, (1 + producer retries) x (1 + route retries) requests
                from("direct:stacked")
                        .onException(WhatsAppCloudApiException.class).maximumRedeliveries(ROUTE_RETRIES)
                        .redeliveryDelay(10).handled(true).to("mock:deadStacked").end()
                        .to(uri());
            }
        };
    }

    Exchange send(String route) {
        return template.request(route, e -> {
            e.getMessage().setBody("Your order shipped");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
        });
    }

    /** How many of {@code injected} faults requests consumed, plus the requests that were sent. */
    static int attemptsSeen(int injected) {
        int left = emulator.emulator().activeFaults().stream().mapToInt(Fault::count).sum();
        return injected - left + emulator.emulator().sentMessages().size();
    }

    static void injectTransientFaults(int times) {
        emulator.emulator().injectFault(Fault.graphError(TRANSIENT).times(times).onPathsContaining("/messages"));
    }

    @Test
    void recommendedSetupATransientFaultIsRecoveredByTheProducerAlone() throws Exception {
        injectTransientFaults(PRODUCER_RETRIES);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(0);

        Exchange result = send("direct:recommended");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID)).isNotNull();
        assertThat(attemptsSeen(PRODUCER_RETRIES)).isEqualTo(PRODUCER_RETRIES + 1);
        assertThat(emulator.emulator().sentMessages()).hasSize(1);
        dead.assertIsSatisfied();
    }

    @Test
    void recommendedSetupAPersistentFaultIsTriedOncePlusTheProducerRetriesThenDeadLettered() throws Exception {
        int injected = 20;
        injectTransientFaults(injected);
        MockEndpoint dead = getMockEndpoint("mock:dead");
        dead.expectedMessageCount(1);

        send("direct:recommended");

        dead.assertIsSatisfied();
        assertThat(dead.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT))
                .isInstanceOfSatisfying(WhatsAppCloudServiceException.class,
                        e -> assertThat(e.getCode()).isEqualTo(TRANSIENT));
        assertThat(attemptsSeen(injected)).isEqualTo(1 + PRODUCER_RETRIES);
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }

    @Test
    void routeRedeliveriesMultiplyTheProducerAttempts() throws Exception {
        int injected = 20;
        injectTransientFaults(injected);
        MockEndpoint dead = getMockEndpoint("mock:deadStacked");
        dead.expectedMessageCount(1);

        send("direct:stacked");

        dead.assertIsSatisfied();
        assertThat(attemptsSeen(injected)).isEqualTo((1 + PRODUCER_RETRIES) * (1 + ROUTE_RETRIES));
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }
}
