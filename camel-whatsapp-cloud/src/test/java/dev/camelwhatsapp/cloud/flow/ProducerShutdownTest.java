package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping while sends are in flight: every exchange completes, either sent (Meta has it, and the exchange says so) or
 * failed with {@link SendStoppedException} (Meta does not have it); none hangs, none is lost.
 */
class ProducerShutdownTest {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).throughputPerSecond(10_000))
            .resetBeforeEachTest();

    static final int SENDS = 40;

    CamelContext context(long shutdownTimeoutMillis) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
        context.getShutdownStrategy().setTimeout(shutdownTimeoutMillis);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // 10/s: most of the 40 sends are still waiting for their slot when the context stops
                from("direct:send").routeId("send")
                        .to("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                                + "&windowPolicy=off&maxMessagesPerSecond=10&baseUri=" + emulator.baseUri());
            }
        });
        context.start();
        return context;
    }

    @Test
    void stoppingTheContextCompletesEveryExchange() throws Exception {
        CamelContext context = context(500);
        List<CompletableFuture<Exchange>> sends = sendAll(context);
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.emulator().sentMessages().size() >= 3);

        context.stop();

        assertThat(assertEveryExchangeAccountedFor(sends))
                .as("sends still waiting for their slot when the endpoint stopped").isPositive();
    }

    @Test
    void stoppingTheRouteCompletesEveryExchange() throws Exception {
        CamelContext context = context(500);
        try {
            List<CompletableFuture<Exchange>> sends = sendAll(context);
            await().atMost(Duration.ofSeconds(10)).until(() -> emulator.emulator().sentMessages().size() >= 3);

            context.getRouteController().stopRoute("send");

            // the endpoint (and its other routes) goes on: the sends that waited for their slots are made
            assertEveryExchangeAccountedFor(sends);
        } finally {
            context.stop();
        }
    }

    static List<CompletableFuture<Exchange>> sendAll(CamelContext context) {
        ProducerTemplate template = context.createProducerTemplate();
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            String to = String.valueOf(15_550_000_000L + i);
            sends.add(template.asyncSend("direct:send", e -> {
                e.getMessage().setBody("hello " + to);
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            }));
        }
        return sends;
    }

    /** @return how many sends failed with SendStoppedException */
    static int assertEveryExchangeAccountedFor(List<CompletableFuture<Exchange>> sends) throws Exception {
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        List<String> sentIds = new ArrayList<>();
        int stopped = 0;
        for (CompletableFuture<Exchange> send : sends) {
            Exchange exchange = send.join();
            String messageId = exchange.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class);
            if (messageId != null) {
                // sent; when its answer came after the shutdown timeout, Camel's error handler also marks the
                // exchange with RejectedExecutionException, as it does for every exchange completing after it
                assertThat(exchange.getException()).satisfiesAnyOf(
                        failure -> assertThat(failure).isNull(),
                        failure -> assertThat(failure).isInstanceOf(RejectedExecutionException.class));
                sentIds.add(messageId);
            } else {
                assertThat(exchange.getException()).isInstanceOf(SendStoppedException.class);
                assertThat(((SendStoppedException) exchange.getException()).isEarlierAttemptUnanswered()).isFalse();
                stopped++;
            }
        }
        List<String> atMeta = emulator.emulator().sentMessages().stream().map(SentMessage::id).toList();
        assertThat(sentIds).containsExactlyInAnyOrderElementsOf(atMeta);
        assertThat(sentIds.size() + stopped).isEqualTo(SENDS);
        return stopped;
    }
}
