package dev.camelwhatsapp.cloud.flow;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.bench.LoopbackGraphApi;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The flow control's cost and precision, against the loopback Graph API in its own JVM:
 * <ol>
 * <li>achieved against configured rate: {@code rate x seconds} sends offered at once to distinct recipients, at 80/s and
 * 1000/s; reports the sustained rate and the most sends in any 1-second window (both measured when Meta's answer
 * arrives, so they include the loopback's jitter);</li>
 * <li>the producer's overhead with throttling on (a limit far above what the senders reach, so it never waits) and off:
 * throughput and CPU per message with 16 synchronous senders, in alternating rounds;</li>
 * <li>the cost of one reservation of the in-memory limiter.</li>
 * </ol>
 * Run: {@code mvn -B -Pbench -pl camel-whatsapp-cloud -am verify -DskipTests}; results are printed and written to
 * {@code camel-whatsapp-cloud/target/bench/flow-control.txt}.
 */
public final class FlowControlBenchmark {

    static final String NUMBER = "106540352242922";

    private FlowControlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.flow.seconds", 10);
        Process stub = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                LoopbackGraphApi.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String baseUri;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8))) {
            baseUri = "http://127.0.0.1:" + out.readLine().trim();
        }
        String common = "whatsapp-cloud:" + NUMBER + "?accessToken=bench-token&windowPolicy=off&baseUri=" + baseUri;
        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:on").to(common + "&maxMessagesPerSecond=1000000&pairRateBurst=1000000");
                from("direct:off").to(common + "&throttle=false");
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        List<String> report = new ArrayList<>();
        try {
            report.add("Flow control benchmark, " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
                    + System.getProperty("java.version"));
            report.add("");
            report.add("1. Achieved vs configured rate (" + seconds + " s of sends offered at once)");
            for (int rate : new int[]{ 80, 1000 }) {
                String uri = common + "&maxMessagesPerSecond=" + rate + "&maxThrottleWait=60000";
                rate(camel, uri, rate, 2); // warm-up: connections open, code compiled
                report.add(rate(camel, uri, rate, seconds));
            }
            report.add("");
            report.add("2. Producer overhead, 16 synchronous senders, alternating 5 s rounds");
            overhead(template, "on", 2); // warm-up
            overhead(template, "off", 2);
            for (int round = 0; round < 3; round++) {
                report.add(overhead(template, "on", 5));
                report.add(overhead(template, "off", 5));
            }
            report.add("");
            report.add("3. " + limiterCost());
        } finally {
            camel.stop();
            stub.getOutputStream().close();
            stub.waitFor(10, TimeUnit.SECONDS);
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "bench", "flow-control.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    static String rate(CamelContext camel, String uri, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        CountDownLatch done = new CountDownLatch(total);
        // straight into the async producer: no template thread pool in between to cap or queue the offered load
        AsyncProducer producer = camel.getEndpoint(uri).createAsyncProducer();
        producer.start();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            Exchange exchange = producer.getEndpoint().createExchange();
            exchange.getMessage().setBody("Benchmark");
            exchange.getMessage().setHeader(WhatsAppCloudConstants.TO, "3161" + String.format("%07d", i));
            producer.process(exchange, doneSync -> {
                answered.add(System.nanoTime());
                if (exchange.getException() != null) {
                    failures.incrementAndGet();
                }
                done.countDown();
            });
        }
        long offered = System.nanoTime() - start;
        if (!done.await(seconds * 3L, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Not all sends completed");
        }
        producer.stop();
        List<Long> times = new ArrayList<>(answered);
        Collections.sort(times);
        double span = (times.get(times.size() - 1) - times.get(0)) / 1e9;
        double sustained = (times.size() - 1) / span;
        int maxWindow = InMemorySendRateLimiterTest.maxInAnyWindow(times, Duration.ofSeconds(1));
        return String.format(Locale.ROOT,
                "   configured %5d/s: %6d sends (offered in %.0f ms) answered over %.2f s -> sustained %.1f/s"
                        + " (%.2f%% of the limit), most answers in any 1 s window %d, failures %d",
                rate, total, offered / 1e6, span, sustained, 100 * sustained / rate, maxWindow, failures.get());
    }

    static String overhead(ProducerTemplate template, String mode, int seconds) throws Exception {
        int senders = 16;
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(senders);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            Thread thread = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < deadline) {
                    // a few hundred recipients per sender: the pair-rate keys are exercised, never binding
                    String to = "3162" + String.format("%03d%04d", sender, i++ % 500);
                    Exchange result = template.request("direct:" + mode, e -> {
                        e.getMessage().setBody("Benchmark");
                        e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
                    });
                    if (result.getException() == null) {
                        sent.incrementAndGet();
                    }
                }
                done.countDown();
            });
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpuNanos = os.getProcessCpuTime() - cpu;
        return String.format(Locale.ROOT, "   throttling %-3s: %8.0f msg/s, %6.1f us CPU/msg (client JVM)",
                mode, sent.get() / elapsed, cpuNanos / 1000.0 / Math.max(1, sent.get()));
    }

    static String limiterCost() {
        InMemorySendRateLimiter limiter = new InMemorySendRateLimiter();
        RateLimit limit = new RateLimit(1_000_000, Duration.ofNanos(1));
        int n = 5_000_000;
        for (int i = 0; i < n; i++) { // warm-up
            limiter.reserve("k" + (i & 1023), limit, Duration.ofHours(1));
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            limiter.reserve("k" + (i & 1023), limit, Duration.ofHours(1));
        }
        return String.format(Locale.ROOT, "In-memory limiter: %.0f ns per reservation (1024 keys, one thread)",
                (System.nanoTime() - start) / (double) n);
    }
}
