package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ackMode=immediate: 200 as soon as the events are queued, processing on the consumer's own bounded pool, 503 when a
 * payload does not fit, never a 200 for an event without a place.
 */
class WebhookImmediateAcknowledgementTest {

    static int sequence;

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            // room for two events: one in progress, one waiting
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&ackMode=immediate"
                    + "&immediateThreads=1&immediateQueueSize=1")
                    .process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    private static byte[] freshMessage() {
        return APP.freshMessage("IMM");
    }

    @Test
    void answersBeforeTheRouteRunsOnTheConsumersPool() {
        CountDownLatch release = new CountDownLatch(1);
        RECEIVED.failWhen(exchange -> {
            awaitQuietly(release);
            return false;
        });
        try {
            HttpResponse<String> response = APP.postSigned(freshMessage());

            assertThat(response.statusCode()).as("answered while the route is still blocked").isEqualTo(200);
            assertThat(release.getCount()).isEqualTo(1);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        assertThat(RECEIVED.all().get(0).thread()).contains("WhatsAppCloudWebhook");
    }

    @Test
    void fullQueueAnswers503AndAPayloadIsQueuedWhollyOrNotAtAll() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RECEIVED.failWhen(exchange -> {
            awaitQuietly(release);
            return false;
        });
        byte[] first = freshMessage();
        byte[] twoEvents = fixture("value-errors.json", "131000", String.valueOf(900_000 + ++sequence));
        byte[] later = freshMessage();
        try {
            assertThat(APP.postSigned(first).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);

            assertThat(APP.postSigned(twoEvents).statusCode()).as("two events, room for one").isEqualTo(503);
            assertThat(APP.postSigned(later).statusCode()).as("one event fits").isEqualTo(200);
            assertThat(APP.postSigned(freshMessage()).statusCode()).as("now full").isEqualTo(503);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 2);
        assertThat(APP.postSigned(twoEvents).statusCode()).as("Meta's redelivery fits now").isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 4);
    }

    @Test
    void routeFailureAfterTheAnswerIsReportedNotRedelivered() {
        byte[] payload = freshMessage();
        RECEIVED.failWhen(exchange -> true);
        try (LogCapture log = LogCapture.start()) {
            assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> log.warningsAndErrors().contains("Event acknowledged to Meta failed in the route"));
        }
        RECEIVED.failWhen(exchange -> false);

        assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 2);
    }

    @Test
    void duplicatesAreNotRoutedTwiceInImmediateModeEither() throws Exception {
        byte[] payload = freshMessage();
        assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);

        CompletableFuture<HttpResponse<String>> again = CompletableFuture.supplyAsync(() -> APP.postSigned(payload));

        assertThat(again.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> RECEIVED.count() == 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
