package dev.camelwhatsapp.cloud.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.HttpClientFactory;
import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Send throughput of the {@code whatsapp-cloud:} producer against a raw Apache HttpClient 5 posting the same JSON to
 * the same loopback Graph API (run in a separate JVM), with the same number of concurrent senders, in alternating
 * rounds within one run so that machine noise hits both alike.
 *
 * <p>
 * Run: {@code mvn -B -Pbench -pl camel-whatsapp-cloud -am verify -DskipTests} (rounds and duration:
 * {@code -Dbench.rounds=6 -Dbench.seconds=5 -Dbench.senders=16}; {@code -Dbench.only=component} to profile the
 * component alone). Results are printed and written to
 * {@code camel-whatsapp-cloud/target/bench/send-throughput.txt}.
 */
public final class SendThroughputBenchmark {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String TEXT = "Your order #1234 has shipped and will arrive tomorrow.";

    record Round(String client, long messages, long failures, double seconds, long cpuNanos) {
        double perSecond() {
            return messages / seconds;
        }

        double cpuMicrosPerMessage() {
            return cpuNanos / 1000.0 / Math.max(1, messages);
        }
    }

    interface Sender {
        void send() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 6);
        int seconds = Integer.getInteger("bench.seconds", 5);
        int senders = Integer.getInteger("bench.senders", 16);

        Process stub = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms a request
                "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                LoopbackGraphApi.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String baseUri;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8))) {
            baseUri = "http://127.0.0.1:" + out.readLine().trim();
        }

        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toF("whatsapp-cloud:%s?accessToken=bench-token&windowPolicy=off&throttle=false&baseUri=%s", PHONE_NUMBER_ID, baseUri);
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        Sender component = () -> template.sendBodyAndHeader("direct:send", TEXT, WhatsAppCloudConstants.TO, "15551234567");

        String json = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"15551234567\","
                      + "\"type\":\"text\",\"text\":{\"body\":\"" + TEXT + "\",\"preview_url\":false}}";
        CloseableHttpClient raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .build();
        String rawUri = baseUri + "/v26.0/" + PHONE_NUMBER_ID + "/messages";
        Sender rawSender = () -> {
            HttpPost post = new HttpPost(rawUri);
            post.setHeader("Authorization", "Bearer bench-token");
            post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
            raw.execute(post, response -> {
                EntityUtils.consume(response.getEntity());
                if (response.getCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.getCode());
                }
                return null;
            });
        };

        // the same async client the component uses, without Camel: separates the cost of async I/O from ours
        CloseableHttpAsyncClient async = HttpClientFactory.create(new HttpClientSettings(Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(10), 64, null, null, null, null, null));
        Sender rawAsyncSender = () -> {
            SimpleHttpResponse response = async.execute(SimpleRequestBuilder.post(rawUri)
                    .setHeader("Authorization", "Bearer bench-token")
                    .setBody(json, ContentType.APPLICATION_JSON).build(), null).get();
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
        };

        // warm up every path so the JIT has compiled them before anything is measured
        run("raw", rawSender, senders, 3);
        run("raw-async", rawAsyncSender, senders, 3);
        run("component", component, senders, 3);

        List<Round> results = new ArrayList<>();
        boolean rawToo = !"component".equals(System.getProperty("bench.only"));
        for (int i = 0; i < rounds; i++) {
            if (rawToo) {
                results.add(run("raw", rawSender, senders, seconds));
                results.add(run("raw-async", rawAsyncSender, senders, seconds));
            }
            results.add(run("component", component, senders, seconds));
        }

        String report = report(results, senders, seconds);
        System.out.println(report);
        Path file = Path.of("target", "bench", "send-throughput.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        raw.close();
        async.close();
        camel.close();
        stub.getOutputStream().close();
        stub.waitFor(10, TimeUnit.SECONDS);
    }

    static Round run(String name, Sender sender, int senders, int seconds) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(senders);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < senders; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        sender.send();
                        sent.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                done.countDown();
            }, name + "-sender-" + i);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Round(name, sent.get(), failed.get(), elapsed, processCpuNanos() - cpuBefore);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static String report(List<Round> rounds, int senders, int seconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Send throughput, %d senders, %d s rounds, %d cores%n", senders, seconds,
                Runtime.getRuntime().availableProcessors()));
        text.append(String.format(Locale.ROOT, "%-11s %10s %10s %14s%n", "client", "msg/s", "failures", "CPU us/msg"));
        for (Round r : rounds) {
            text.append(String.format(Locale.ROOT, "%-11s %10.0f %10d %14.1f%n", r.client(), r.perSecond(), r.failures(),
                    r.cpuMicrosPerMessage()));
        }
        if (rounds.stream().noneMatch(r -> r.client().equals("raw"))) {
            return text.toString();
        }
        double asyncRate = median(rounds, "raw-async", Round::perSecond);
        double asyncCpu = median(rounds, "raw-async", Round::cpuMicrosPerMessage);
        double rawRate = median(rounds, "raw", Round::perSecond);
        double rate = median(rounds, "component", Round::perSecond);
        double rawCpu = median(rounds, "raw", Round::cpuMicrosPerMessage);
        double cpu = median(rounds, "component", Round::cpuMicrosPerMessage);
        text.append(String.format(Locale.ROOT,
                "median: raw %.0f msg/s, %.1f us CPU/msg; component %.0f msg/s, %.1f us CPU/msg%n", rawRate, rawCpu, rate, cpu));
        text.append(String.format(Locale.ROOT, "raw-async (the component's HTTP client alone): %.0f msg/s, %.1f us CPU/msg%n",
                asyncRate, asyncCpu));
        text.append(String.format(Locale.ROOT, "component/raw: throughput %.2fx (target >= 0.80), CPU per message %.2fx (target <= 1.50)%n",
                rate / rawRate, cpu / rawCpu));
        return text.toString();
    }

    static double median(List<Round> rounds, String client, java.util.function.ToDoubleFunction<Round> metric) {
        double[] values = rounds.stream().filter(r -> r.client().equals(client)).mapToDouble(metric).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
