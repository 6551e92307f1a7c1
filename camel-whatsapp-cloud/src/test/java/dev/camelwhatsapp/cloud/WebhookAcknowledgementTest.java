package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default acknowledgement: 200 only once every event went through the route, 500 on any failure so Meta delivers
 * again; and at-least-once in, exactly-once per success to the route.
 */
class WebhookAcknowledgementTest {

    static int sequence;

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")").process(received);
            from("platform-http:/ping").setBody(constant("pong"));
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    /** The text message fixture under a message id no other test uses. */
    private static byte[] freshMessage() {
        return APP.freshMessage("ACK");
    }

    @Test
    void successIsAnsweredOnlyAfterTheRouteAndADuplicateIsNotRoutedAgain() {
        byte[] payload = freshMessage();

        assertThat(APP.postSigned(payload).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).as("routed before the answer").isEqualTo(1);
        assertThat(APP.postSigned(payload).statusCode()).as("a duplicate is acknowledged").isEqualTo(200);
        assertThat(RECEIVED.count()).as("but not routed again").isEqualTo(1);
    }

    @Test
    void routeFailureAnswers500AndTheRedeliveryIsRoutedAgain() {
        byte[] payload = freshMessage();
        RECEIVED.failWhen(exchange -> true);

        HttpResponse<String> failed = APP.postSigned(payload);
        RECEIVED.failWhen(exchange -> false);
        HttpResponse<String> redelivered = APP.postSigned(payload);
        HttpResponse<String> duplicate = APP.postSigned(payload);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(redelivered.statusCode()).isEqualTo(200);
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.count()).as("once failed, once succeeded, never after").isEqualTo(2);
    }

    @Test
    void oneFailedEventFailsThePayloadButTheOthersAreNotRoutedAgain() {
        byte[] batch = fixture("batch.json", "wamid.B", "wamid.BATCH" + (++sequence) + "-");
        RECEIVED.failWhen(exchange -> exchange.getMessage().getHeader(MESSAGE_ID, "", String.class).endsWith("-2"));

        HttpResponse<String> first = APP.postSigned(batch);
        int firstAttempt = RECEIVED.count();
        RECEIVED.failWhen(exchange -> false);
        HttpResponse<String> redelivery = APP.postSigned(batch);

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(firstAttempt).as("the events after the failed one were processed too").isEqualTo(10);
        assertThat(redelivery.statusCode()).isEqualTo(200);
        assertThat(RECEIVED.all().subList(firstAttempt, RECEIVED.count()))
                .as("only the failed event is routed again")
                .extracting(received -> received.header(MESSAGE_ID)).containsExactly(
                        "wamid.BATCH" + sequence + "-2");
    }

    @Test
    void statusesOfOneMessageAreEachRoutedOnce() {
        byte[] lifecycle = fixture("statuses-lifecycle.json", "wamid.OUT01", "wamid.LIFE" + (++sequence));

        assertThat(APP.postSigned(lifecycle).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(lifecycle).statusCode()).isEqualTo(200);

        assertThat(RECEIVED.count()).as("sent, delivered and read, once each").isEqualTo(3);
    }

    @Test
    void duplicateArrivingWhileTheFirstIsInTheRouteIsAnswered500AtOnceAndNotRouted() throws Exception {
        byte[] payload = freshMessage();
        CountDownLatch release = new CountDownLatch(1);
        RECEIVED.failWhen(exchange -> {
            awaitQuietly(release);
            return false;
        });

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> APP.postSigned(payload));
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        HttpResponse<String> duplicate = APP.postSigned(payload);
        assertThat(release.getCount()).as("answered while the first is still in the route").isEqualTo(1);
        release.countDown();

        assertThat(duplicate.statusCode()).as("deliver again later").isEqualTo(500);
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(APP.postSigned(payload).statusCode()).as("Meta's next delivery").isEqualTo(200);
        assertThat(RECEIVED.count()).isEqualTo(1);
    }

    @Test
    void redeliveriesOfASlowPayloadHoldNoThreadOfTheHttpEngine() throws Exception {
        byte[] payload = freshMessage();
        CountDownLatch release = new CountDownLatch(1);
        RECEIVED.failWhen(exchange -> {
            awaitQuietly(release);
            return false;
        });
        try {
            CompletableFuture<HttpResponse<String>> first
                    = CompletableFuture.supplyAsync(() -> APP.postSigned(payload));
            await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);

            // more redeliveries than the Vert.x worker pool has threads (20), one after another
            for (int redelivery = 0; redelivery < 30; redelivery++) {
                assertThat(APP.postSigned(payload).statusCode()).isEqualTo(500);
            }
            assertThat(APP.server().get("/ping").statusCode()).as("another route of the server").isEqualTo(200);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
        }
        assertThat(RECEIVED.count()).isEqualTo(1);
    }

    @Test
    void duplicateOfAFailingEventInProgressIsAnsweredWithAFailureToo() throws Exception {
        byte[] payload = freshMessage();
        CountDownLatch release = new CountDownLatch(1);
        RECEIVED.failWhen(exchange -> awaitQuietly(release));

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> APP.postSigned(payload));
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        HttpResponse<String> duplicate = APP.postSigned(payload);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
        assertThat(duplicate.statusCode()).isEqualTo(500);
        assertThat(RECEIVED.count()).isEqualTo(1);
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
