package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping while a payload is in the route: the event in progress is finished, the rest is not started, and the
 * payload is answered with a server error so that Meta delivers it again: nothing is acknowledged unprocessed.
 */
class WebhookGracefulShutdownTest {

    @Test
    void stoppingTheRouteInTheMiddleOfAPayloadAnswersItWithAServerError() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        CamelContext[] context = new CamelContext[1];
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                context[0] = getContext();
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")").routeId("webhook")
                        .process(received)
                        // the first event is in the route when the stop begins, and finishes after it
                        .process(exchange -> await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                                .until(() -> stopBegun((ServiceSupport) context[0].getRoute("webhook").getConsumer())));
                from("platform-http:/ping").setBody(constant("pong"));
            }
        })) {
            CompletableFuture<HttpResponse<String>> answer
                    = CompletableFuture.supplyAsync(() -> server.postSigned(Payloads.statuses("wamid.STOP", 5)));
            await().atMost(Duration.ofSeconds(10)).until(() -> received.count() == 1);

            context[0].getRouteController().stopRoute("webhook", 20, TimeUnit.SECONDS);

            assertThat(answer.get(20, TimeUnit.SECONDS).statusCode()).as("deliver again").isGreaterThanOrEqualTo(500);
            assertThat(received.count()).as("the event in progress finished, the others not started").isEqualTo(1);
        }
    }

    /** Camel suspends a route's consumer while in-flight exchanges finish, and stops it after. */
    static boolean stopBegun(ServiceSupport consumer) {
        return consumer.isSuspendingOrSuspended() || consumer.isStoppingOrStopped();
    }
}
