package dev.camelwhatsapp.cloud.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.flow.PostgreSqlClaimRepository;
import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.Postgres;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * Webhook ingest: signed, realistic payloads of 1 and 10 message statuses posted to a {@code whatsapp-cloud:*} route
 * that does nothing, against a bare platform-http route answering 200 on the same server, in the same run; and the
 * same with the shared PostgreSQL repositories of a multi-instance setup (processed events and claims).
 *
 * <p>
 * Closed loop: {@code bench.webhook.concurrency} requests in flight, each answered request followed by the next, for
 * {@code bench.webhook.seconds}; then an open loop at {@code bench.webhook.rate} payloads/s of one event, to read the
 * acknowledgement latency at a fixed load. Every payload carries new ids, so every event is routed: routed events are
 * counted per id to report losses and duplicates. Payloads are built and signed before the clock starts.
 *
 * <p>
 * Run: {@code mvn -B -Pbench -pl camel-whatsapp-cloud -am verify -DskipTests}. Results are printed and written to
 * {@code camel-whatsapp-cloud/target/bench/webhook-ingest.txt}.
 */
public final class WebhookIngestBenchmark {

    static final int SECONDS = Integer.getInteger("bench.webhook.seconds", 5);
    static final int CONCURRENCY = Integer.getInteger("bench.webhook.concurrency", 16);
    static final int RATE = Integer.getInteger("bench.webhook.rate", 1_000);
    static final int SHARED_RATE = Integer.getInteger("bench.webhook.sharedRate", 200);
    static final int ROUNDS = Integer.getInteger("bench.webhook.rounds", 2);
    static final String SHARED_PATH = "/whatsapp/shared";

    static final Map<String, AtomicInteger> ROUTED = new ConcurrentHashMap<>();
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Result(String name, int eventsPerPayload, long payloads, long failures, double seconds, long[] latencies,
            long routedTwice, long lost) {
        String line() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT,
                    "%-28s %3d ev/payload %8.0f payloads/s %8.0f events/s  p50 %6.2f ms  p99 %6.2f ms  non-200 %d"
                            + "  lost %d  routed twice %d",
                    name, eventsPerPayload, payloads / seconds, payloads * eventsPerPayload / seconds,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), failures, lost, routedTwice);
        }
    }

    private WebhookIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(Postgres.newDatabase());
        pool.setMaximumPoolSize(16);
        DataSource database = new HikariDataSource(pool);
        WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                bindToRegistry("processedEvents", new JdbcMessageIdRepository(database, "whatsapp-processed"));
                bindToRegistry("eventClaims", new PostgreSqlClaimRepository(
                        database, Duration.ofMinutes(2),
                        Duration.ofSeconds(20)).createTableIfMissing());
                from("whatsapp-cloud:*?appSecret=RAW(" + WebhookTestServer.APP_SECRET + ")")
                        .process(exchange -> routed(exchange.getMessage()
                                .getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)));
                from("whatsapp-cloud:*?appSecret=RAW(" + WebhookTestServer.APP_SECRET + ")&webhookPath=" + SHARED_PATH
                        + "&idempotentRepository=#processedEvents&claimRepository=#eventClaims")
                        .process(exchange -> routed(exchange.getMessage()
                                .getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)));
                from("platform-http:/bare").setBody(constant("OK"));
            }
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "load average before: %s; %d CPUs; %d s per run, %d in flight",
                loadAverage(), Runtime.getRuntime().availableProcessors(), SECONDS, CONCURRENCY));
        try {
            // warm-up, not reported
            closedLoop(http, server, "/bare", 10, 2, false);
            closedLoop(http, server, WebhookTestServer.PATH, 10, 2, true);
            closedLoop(http, server, SHARED_PATH, 10, 2, true);
            for (int round = 1; round <= ROUNDS; round++) {
                lines.add("round " + round);
                lines.add(closedLoop(http, server, "/bare", 1, SECONDS, false).line());
                lines.add(closedLoop(http, server, WebhookTestServer.PATH, 1, SECONDS, true).line());
                lines.add(closedLoop(http, server, "/bare", 10, SECONDS, false).line());
                lines.add(closedLoop(http, server, WebhookTestServer.PATH, 10, SECONDS, true).line());
                lines.add(closedLoop(http, server, SHARED_PATH, 10, SECONDS, true).line());
                lines.add(openLoop(http, server, "/bare", RATE).line());
                lines.add(openLoop(http, server, WebhookTestServer.PATH, RATE).line());
                lines.add(openLoop(http, server, SHARED_PATH, SHARED_RATE).line());
            }
        } finally {
            server.close();
        }
        lines.add("load average after: " + loadAverage());
        lines.forEach(System.out::println);
        Path out = Path.of("target", "bench", "webhook-ingest.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.exit(0);
    }

    static void routed(String id) {
        ROUTED.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Signed payloads of new statuses, built before the clock starts; the first id of payload i is i * events. */
    static List<byte[]> payloads(int count, int events) {
        List<byte[]> payloads = new ArrayList<>(count);
        int first = SEQUENCE.getAndAdd(count * events);
        for (int p = 0; p < count; p++) {
            StringJoiner statuses = new StringJoiner(",");
            for (int e = 0; e < events; e++) {
                statuses.add(Payloads.status(id(first + p * events + e), "delivered", "1750099000"));
            }
            payloads.add(Payloads.messagesValue(statuses.toString(), ""));
        }
        FIRST_ID.set(first);
        return payloads;
    }

    static final AtomicInteger FIRST_ID = new AtomicInteger();

    static String id(int n) {
        return "wamid.BENCH" + n;
    }

    static HttpRequest request(WebhookTestServer server, String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create(server.uri(path).toString())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", WebhookTestServer.signature(WebhookTestServer.APP_SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static Result closedLoop(HttpClient http, WebhookTestServer server, String path, int events, int seconds,
                             boolean routes)
            throws Exception {
        int expected = Math.max(20_000 / events, 2_000) * seconds / 5 + 1_000;
        List<HttpRequest> requests = new ArrayList<>(expected);
        for (byte[] body : payloads(expected, events)) {
            requests.add(request(server, path, body));
        }
        return run(http, path, events, routes, requests, seconds, 0);
    }

    static Result openLoop(HttpClient http, WebhookTestServer server, String path, int rate) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (byte[] body : payloads(rate * SECONDS, 1)) {
            requests.add(request(server, path, body));
        }
        return run(http, path + " at " + rate + "/s", 1, !path.equals("/bare"), requests, SECONDS, rate);
    }

    /**
     * @param rate 0 for a closed loop of {@link #CONCURRENCY} requests in flight, else requests started per second
     */
    static Result run(HttpClient http, String name, int events, boolean routes, List<HttpRequest> requests,
                      int seconds, int rate)
            throws Exception {
        ROUTED.clear();
        long[] latencies = new long[requests.size()];
        boolean[] acknowledged = new boolean[requests.size()];
        int firstId = FIRST_ID.get();
        AtomicLong failures = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        CountDownLatch done;
        if (rate == 0) {
            Semaphore inFlight = new Semaphore(CONCURRENCY);
            int started = 0;
            while (System.nanoTime() < deadline && started < requests.size()) {
                inFlight.acquire();
                int index = next.getAndIncrement();
                started++;
                long sent = System.nanoTime();
                http.sendAsync(requests.get(index), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latencies[index] = System.nanoTime() - sent;
                    if (e != null || r.statusCode() != 200) {
                        failures.incrementAndGet();
                    } else {
                        acknowledged[index] = true;
                    }
                    answered.incrementAndGet();
                    inFlight.release();
                });
            }
            inFlight.acquire(CONCURRENCY);
        } else {
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            int total = Math.min(requests.size(), rate * seconds);
            done = new CountDownLatch(total);
            long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
            pacer.scheduleAtFixedRate(() -> {
                int index = next.getAndIncrement();
                if (index >= total) {
                    return;
                }
                long sent = System.nanoTime();
                http.sendAsync(requests.get(index), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latencies[index] = System.nanoTime() - sent;
                    if (e != null || r.statusCode() != 200) {
                        failures.incrementAndGet();
                    } else {
                        acknowledged[index] = true;
                    }
                    answered.incrementAndGet();
                    done.countDown();
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            done.await(seconds + 60L, TimeUnit.SECONDS);
            pacer.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        int count = answered.get();
        long routedTwice = ROUTED.values().stream().filter(n -> n.get() > 1).count();
        long lost = 0;
        for (int index = 0; routes && index < count; index++) {
            for (int e = 0; acknowledged[index] && e < events; e++) {
                if (!ROUTED.containsKey(id(firstId + index * events + e))) {
                    lost++;
                }
            }
        }
        return new Result(
                name, events, count, failures.get(), elapsed, Arrays.copyOf(latencies, count),
                routedTwice, lost);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception notLinux) {
            return "n/a";
        }
    }
}
