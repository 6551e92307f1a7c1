package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.camelwhatsapp.cloud.flow.PostgreSqlClaimRepository;
import dev.camelwhatsapp.cloud.test.Postgres;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances of an application behind one webhook URL, sharing camel-sql's JDBC repositories on a real
 * PostgreSQL server: Meta's deliveries of one event reach any of them, concurrently, across crashes and restarts, and
 * the route sees the event once.
 */
class WebhookMultiInstanceTest {

    static final String FIXTURE_ID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";
    /** Short, so the test sees a claim expire; in production minutes (longer than any route takes). */
    static final long CLAIM_MAX_AGE_MILLIS = 4_000;
    static final long CLAIM_KEEP_ALIVE_MILLIS = 300;

    /** Route executions per message id, over every instance. */
    static final Map<String, AtomicInteger> EXECUTIONS = new ConcurrentHashMap<>();
    /** Message ids whose route waits for their latch. */
    static final Map<String, CountDownLatch> HELD = new ConcurrentHashMap<>();

    static DataSource database;
    static Instance first;
    static Instance second;

    /** One application instance and the claim repository it created. */
    record Instance(WebhookTestServer server, PostgreSqlClaimRepository[] claims) implements AutoCloseable {

        static Instance start() throws Exception {
            PostgreSqlClaimRepository[] claims = new PostgreSqlClaimRepository[1];
            WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
                @Override
                public void configure() {
                    // as in docs/production-checklist.md: camel-sql remembers processed events, claims are ours
                    bindToRegistry("processedEvents", new JdbcMessageIdRepository(database, "whatsapp-processed"));
                    claims[0] = new PostgreSqlClaimRepository(
                            database, Duration.ofMillis(CLAIM_MAX_AGE_MILLIS),
                            Duration.ofMillis(CLAIM_KEEP_ALIVE_MILLIS)).createTableIfMissing();
                    bindToRegistry("eventClaims", claims[0]);
                    from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&idempotentRepository=#processedEvents"
                            + "&claimRepository=#eventClaims")
                            .process(WebhookMultiInstanceTest::work);
                }
            });
            return new Instance(server, claims);
        }

        HttpResponse<String> post(byte[] payload) {
            return server.postSigned(payload);
        }

        /** What a killed JVM leaves behind: its claims stay in the table and are no longer kept alive. */
        void stopHeartbeat() {
            claims[0].stop();
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }

    static void work(Exchange exchange) throws InterruptedException {
        String id = exchange.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class);
        EXECUTIONS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        CountDownLatch hold = HELD.get(id);
        if (hold != null) {
            hold.await(30, TimeUnit.SECONDS);
        }
    }

    static int executions(String id) {
        AtomicInteger count = EXECUTIONS.get(id);
        return count == null ? 0 : count.get();
    }

    static String newId() {
        return "wamid.MULTI-" + UUID.randomUUID();
    }

    static byte[] message(String id) {
        return fixture("message-text.json", FIXTURE_ID, id);
    }

    @BeforeAll
    static void start() throws Exception {
        database = Postgres.newDatabase();
        first = Instance.start();
        second = Instance.start();
    }

    @AfterAll
    static void stop() throws Exception {
        HELD.values().forEach(CountDownLatch::countDown);
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void theSamePayloadDeliveredFiftyTimesAtOnceToTwoInstancesIsRoutedOnce() throws Exception {
        String id = newId();
        byte[] payload = message(id);
        CountDownLatch release = new CountDownLatch(1);
        HELD.put(id, release);
        AtomicInteger answered = new AtomicInteger();
        ExecutorService meta = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Instance target = i % 2 == 0 ? first : second;
                answers.add(meta.submit(() -> {
                    int status = target.post(payload).statusCode();
                    answered.incrementAndGet();
                    return status;
                }));
            }
            // The winner's route is held: the copies at the other instance are answered while it runs, and a
            // second execution (the defect) would show now.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> executions(id) >= 2 || (executions(id) == 1 && answered.get() >= 25));
            release.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }

            assertThat(executions(id)).as("route executions").isEqualTo(1);
            assertThat(statuses).as("answered 200, or 500 while another instance held the claim")
                    .contains(200).allMatch(status -> status == 200 || status == 500);
            assertThat(first.post(payload).statusCode()).isEqualTo(200);
            assertThat(second.post(payload).statusCode()).isEqualTo(200);
            assertThat(executions(id)).as("route executions after redeliveries").isEqualTo(1);
        } finally {
            release.countDown();
            meta.shutdownNow();
        }
    }

    @Test
    void theClaimOfAnInstanceThatDiedInTheRouteExpiresAndTheRetryAtAnotherInstanceIsProcessed() throws Exception {
        String id = newId();
        byte[] payload = message(id);
        CountDownLatch frozen = new CountDownLatch(1);
        HELD.put(id, frozen);
        ExecutorService meta = Executors.newSingleThreadExecutor();
        Instance dying = Instance.start();
        try {
            Future<HttpResponse<String>> lost = meta.submit(() -> dying.post(payload));
            await().atMost(Duration.ofSeconds(10)).until(() -> executions(id) == 1);
            dying.stopHeartbeat();
            HELD.remove(id);

            assertThat(second.post(payload).statusCode()).as("claim still held: deliver again later").isEqualTo(500);
            assertThat(executions(id)).isEqualTo(1);
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                    .until(() -> second.post(payload).statusCode() == 200);

            assertThat(executions(id)).as("the retry was routed once").isEqualTo(2);
            assertThat(first.post(payload).statusCode()).isEqualTo(200);
            assertThat(second.post(payload).statusCode()).isEqualTo(200);
            assertThat(executions(id)).isEqualTo(2);
            assertThat(lost.isDone()).as("the dead instance never answered").isFalse();
        } finally {
            frozen.countDown();
            meta.shutdownNow();
            dying.close();
        }
    }

    @Test
    void anInstanceRestartedOnTheSameDatabaseDoesNotRouteAnEventAgain() throws Exception {
        String id = newId();
        byte[] payload = message(id);
        Instance before = Instance.start();
        try {
            assertThat(before.post(payload).statusCode()).isEqualTo(200);
        } finally {
            before.close();
        }
        assertThat(executions(id)).isEqualTo(1);

        try (Instance restarted = Instance.start()) {
            assertThat(restarted.post(payload).statusCode()).isEqualTo(200);
            assertThat(first.post(payload).statusCode()).isEqualTo(200);
        }
        assertThat(executions(id)).as("routed once across the restart").isEqualTo(1);
    }
}
