package dev.camelwhatsapp.cloud.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The route never continues on the HTTP client's I/O threads. The build runs this class twice: as is, and in a JVM
 * that sees one CPU ({@code -XX:ActiveProcessorCount=1}), where the HTTP client has a single I/O thread and any route
 * step blocking it would stop every send of the JVM.
 */
@Tag("threading")
class ProducerThreadingTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).throughputPerSecond(10_000))
            .resetBeforeEachTest();

    static final int BLOCKED_ROUTES = 4;

    final Queue<String> continuedOn = new ConcurrentLinkedQueue<>();
    final CountDownLatch blockedAfterSend = new CountDownLatch(BLOCKED_ROUTES);
    final CountDownLatch release = new CountDownLatch(1);

    static String uri() {
        // one endpoint (one HTTP client, one set of I/O threads) for every route, throttle off so that only the
        // threads can delay a send
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&windowPolicy=off&throttle=false&responseTimeout=4000&baseUri=" + emulator.baseUri();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:first").to(uri())
                        .process(e -> continuedOn.add(Thread.currentThread().getName()))
                        // a blocking call after the send that needs another send to complete
                        .process(e -> e.getMessage().setHeader("nested", template.requestBodyAndHeader(
                                "direct:second", "nested", WhatsAppCloudConstants.TO, "15550002222",
                                String.class)));
                from("direct:second").to(uri())
                        .process(e -> continuedOn.add(Thread.currentThread().getName()))
                        .setBody(header(WhatsAppCloudConstants.MESSAGE_ID));
                from("direct:blocking").to(uri())
                        .process(e -> {
                            // slow work after the send, e.g. a JDBC update of an ERP: up to 2 s
                            blockedAfterSend.countDown();
                            release.await(2, TimeUnit.SECONDS);
                        });
                from("direct:quick").to(uri());
                from("direct:synchronous").to(uri() + "&synchronous=true")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
            }
        };
    }

    Exchange send(String route, String to) {
        return template.request(route, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }

    @Test
    void aBlockingSendAfterASendCompletes() throws Exception {
        CompletableFuture<Exchange> outer = CompletableFuture.supplyAsync(() -> send("direct:first", "15550001111"));

        Exchange done = outer.get(20, TimeUnit.SECONDS);

        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader("nested", String.class)).startsWith("wamid.");
        assertThat(emulator.emulator().sentMessages()).hasSize(2);
    }

    @Test
    void theRouteContinuesOnTheWorkerPoolNotOnAnIoThread() throws Exception {
        // Meta answers in tens of milliseconds; an answer already in when the producer looks (a loaded machine, an
        // emulator answering in microseconds) is rightly completed on the caller's thread instead
        emulator.emulator().injectFault(Fault.latency(Duration.ofMillis(100)).times(2));

        send("direct:first", "15550001111");

        assertThat(continuedOn).hasSize(2).allSatisfy(thread -> assertThat(thread)
                .doesNotStartWith("httpclient")
                .contains("WhatsAppCloudWorker[" + DEFAULT_PHONE_NUMBER_ID + "]"));
    }

    @Test
    void aBlockedContinuationDoesNotDelayOtherSends() throws Exception {
        send("direct:quick", "15550009999"); // connections and classes warm, as in a running application
        List<CompletableFuture<Exchange>> blocked = new ArrayList<>();
        for (int i = 0; i < BLOCKED_ROUTES; i++) {
            String to = "1555000300" + i;
            blocked.add(CompletableFuture.supplyAsync(() -> send("direct:blocking", to)));
        }
        assertThat(blockedAfterSend.await(10, TimeUnit.SECONDS)).isTrue();

        long worstNanos = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            Exchange quick = send("direct:quick", "155500040" + (10 + i));
            worstNanos = Math.max(worstNanos, System.nanoTime() - start);
            assertThat(quick.getException()).isNull();
        }
        boolean stillBlocked = blocked.stream().noneMatch(CompletableFuture::isDone);
        release.countDown();

        assertThat(stillBlocked).as("the quick sends ran while the slow routes were blocked").isTrue();
        assertThat(Duration.ofNanos(worstNanos)).isLessThan(Duration.ofMillis(250));
        await().atMost(Duration.ofSeconds(10)).until(() -> blocked.stream().allMatch(CompletableFuture::isDone));
        assertThat(blocked).allSatisfy(f -> assertThat(f.join().getException()).isNull());
    }

    @Test
    void aSynchronousCallerIsWokenWithTheAnswer() throws Exception {
        // Camel's synchronous API, as a transacted route uses it: the caller's own thread waits for the answer
        Producer producer = context.getEndpoint(uri()).createProducer();
        producer.start();
        try {
            Exchange exchange = context.getEndpoint(uri()).createExchange();
            exchange.getMessage().setBody("hello");
            exchange.getMessage().setHeader(WhatsAppCloudConstants.TO, "15550005555");

            producer.process(exchange);

            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class))
                    .startsWith("wamid.");
        } finally {
            producer.stop();
        }
    }

    @Test
    void withSynchronousTheCallersThreadWaitsAndGoesOn() {
        Exchange sent = send("direct:synchronous", "15550006666");

        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)).startsWith("wamid.");
        assertThat(sent.getMessage().getHeader("continuedOn")).isEqualTo(Thread.currentThread().getName());
    }
}
