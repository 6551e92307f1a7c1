package dev.camelwhatsapp.cloud.runtime;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook payload whose events each send and then block for up to 2 s (a slow step such as a JDBC update) does not
 * stall the sends of other routes of the same application. The build runs this class twice, the second time in a JVM
 * that sees one CPU, where the HTTP client has a single I/O thread.
 */
@Tag("threading")
class BlockingWebhookBatchTest {

    static final int EVENTS = 4;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).throughputPerSecond(10_000));

    static String producer() {
        // one endpoint (one HTTP client, one set of I/O threads) for the webhook route and the other route; the
        // throttle is off so that only the threads can delay a send
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&windowPolicy=off&throttle=false&responseTimeout=4000&baseUri=" + emulator.baseUri();
    }

    @Test
    void aBatchWhoseRouteBlocksDoesNotStallSends() throws Exception {
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")")
                        .setHeader(WhatsAppCloudConstants.TO, constant("15550007777"))
                        .setBody(constant("seen"))
                        .to(producer())
                        .process(exchange -> {
                            // the slow step of each event, after its send
                            blocking.countDown();
                            release.await(2, TimeUnit.SECONDS);
                        });
                from("direct:quick").to(producer());
            }
        })) {
            ProducerTemplate template = server.context().createProducerTemplate();
            assertThat(send(template, "15550008888").getException()).isNull(); // warm, as a running application

            CompletableFuture<HttpResponse<String>> webhook = CompletableFuture
                    .supplyAsync(() -> server.postSigned(Payloads.statuses("wamid.BLOCKING", EVENTS)));
            assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();

            long worstNanos = 0;
            for (int i = 0; i < 20; i++) {
                long start = System.nanoTime();
                Exchange quick = send(template, "155500090" + (10 + i));
                worstNanos = Math.max(worstNanos, System.nanoTime() - start);
                assertThat(quick.getException()).isNull();
            }
            boolean batchStillBlocked = !webhook.isDone();
            release.countDown();

            assertThat(batchStillBlocked).as("the quick sends ran while the batch's route was blocked").isTrue();
            assertThat(Duration.ofNanos(worstNanos)).isLessThan(Duration.ofMillis(250));
            assertThat(webhook.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            // the batch's sends and the quick ones, none lost
            assertThat(emulator.emulator().sentMessages()).hasSize(1 + EVENTS + 20);
        }
    }

    static Exchange send(ProducerTemplate template, String to) {
        return template.request("direct:quick", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }
}
