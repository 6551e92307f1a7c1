package dev.camelwhatsapp.cloud;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events of a payload after the first are routed on the consumer's own pool, not on whatever thread completed the
 * previous exchange (after a send, an HTTP client's I/O thread): a route that blocks there would stall every other
 * user of that thread.
 */
@Tag("threading")
class WebhookBatchThreadsTest {

    @Test
    void eventsAfterAnAsynchronousCompletionAreNotRoutedOnTheCompletingThread() throws Exception {
        List<String> routedOn = new CopyOnWriteArrayList<>();
        List<String> completedOn = new CopyOnWriteArrayList<>();
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")")
                        .process(exchange -> routedOn.add(Thread.currentThread().getName()))
                        // the exchange completes on another component's thread, as after an asynchronous send
                        .threads(1).threadName("ForeignCompletion")
                        .process(exchange -> completedOn.add(Thread.currentThread().getName()));
            }
        })) {
            assertThat(server.postSigned(Payloads.statuses("wamid.THREADS", 4)).statusCode()).isEqualTo(200);
        }

        assertThat(completedOn).hasSize(4).allMatch(thread -> thread.contains("ForeignCompletion"));
        assertThat(routedOn).hasSize(4);
        assertThat(routedOn.subList(1, 4)).as("events 2 to 4")
                .noneMatch(thread -> thread.contains("ForeignCompletion"))
                .allMatch(thread -> thread.contains("WhatsAppCloudWebhook"));
    }
}
