package dev.camelwhatsapp.cloud;

import java.time.Duration;

import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ackMode=immediate and the end of the application: what was acknowledged is processed; and a payload larger than
 * the queue is processed, not refused on every delivery.
 */
class WebhookImmediateShutdownTest {

    @Test
    void stoppingTheApplicationFinishesEveryAcknowledgedEventFirst() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        CamelContext[] context = new CamelContext[1];
        WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                context[0] = getContext();
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&ackMode=immediate"
                        + "&immediateThreads=4&immediateQueueSize=1000")
                        // every event is still in the route or queued when the stop begins
                        .process(exchange -> await().atMost(Duration.ofSeconds(20))
                                .pollInterval(Duration.ofMillis(5)).until(() -> context[0].isStopping()))
                        .process(received);
            }
        });
        // a thread pool that is not waited for at all: what is queued must not depend on it
        server.context().getExecutorServiceManager().setShutdownAwaitTermination(1);
        try {
            assertThat(server.postSigned(Payloads.statuses("wamid.DRAIN", 300)).statusCode()).isEqualTo(200);
            assertThat(received.count()).as("acknowledged before processing").isZero();
        } finally {
            server.close();
        }

        assertThat(received.count()).as("acknowledged events processed before the stop completed").isEqualTo(300);
    }

    @Test
    void aPayloadWithMoreEventsThanTheQueueHoldsIsProcessedBeforeTheAnswer() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&ackMode=immediate"
                        + "&immediateThreads=1&immediateQueueSize=2")
                        .process(received);
            }
        })) {
            assertThat(server.postSigned(Payloads.statuses("wamid.LARGE", 5)).statusCode())
                    .as("5 events, room for 3: never fits, so not refused").isEqualTo(200);
            assertThat(received.count()).as("routed before the answer").isEqualTo(5);
        }
    }
}
