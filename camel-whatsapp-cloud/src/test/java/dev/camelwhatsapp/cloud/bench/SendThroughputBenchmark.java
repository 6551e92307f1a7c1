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
import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import dev.camelwhatsapp.cloud.api.internal.HttpClientFactory;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Send throughput of the {@code whatsapp-cloud:} producer against a raw Apache HttpClient 5 posting the same JSON to
 * the same loopback Graph API (run in a separate JVM), with the same number of concurrent senders, in alternating
 * rounds within one run so that machine noise hits every client alike.
 *
 * <p>
 * Each client is driven the way it is built to be used. The classic client blocks, so each of its senders is a thread.
 * The async client and the component are driven without a waiting thread: each sender is a chain of sends, the next
 * one started by the previous one's completion, as Camel's asynchronous consumers hand exchanges to a route. The same
 * two are also driven from blocking threads ({@code -blocking} rows, the component through a
 * {@link ProducerTemplate}), to show what a caller that waits for each answer costs.
 *
 * <p>
 * Run: {@code mvn -B -Pbench -pl camel-whatsapp-cloud -am verify -DskipTests} (rounds and duration:
 * {@code -Dbench.rounds=6 -Dbench.seconds=5 -Dbench.senders=16}; {@code -Dbench.only=component} to profile the
 * component alone, or a comma-separated list of clients such as {@code raw,raw-async,component}). The message is a
 * text by default; {@code -Dbench.message=template} sends a {@link TemplateMessage} with three body parameters instead,
 * built for every exchange as a route would, and the raw clients post the same JSON. Results are printed and written
 * to {@code camel-whatsapp-cloud/target/bench/send-throughput.txt} ({@code send-throughput-template.txt}).
 */
public final class SendThroughputBenchmark {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String RECIPIENT = "15551234567";
    static final String TEXT = "Your order #1234 has shipped and will arrive tomorrow.";
    static final String TEMPLATE = "order_shipped";
    static final List<String> TEMPLATE_PARAMETERS = List.of("Ann", "#1234", "tomorrow");
    static final boolean TEMPLATE_MESSAGE = "template".equals(System.getProperty("bench.message", "text"));

    static final String RAW = "raw";
    static final String RAW_ASYNC = "raw-async";
    static final String COMPONENT = "component";
    static final String ROUTE_RAW_ASYNC = "route-raw-async";
    static final String RAW_ASYNC_BLOCKING = "raw-async-blocking";
    static final String COMPONENT_BLOCKING = "component-blocking";
    static final String COMPONENT_SYNCHRONOUS = "component-synchronous";

    record Round(String client, long messages, long failures, double seconds, long cpuNanos) {
        double perSecond() {
            return messages / seconds;
        }

        double cpuMicrosPerMessage() {
            return cpuNanos / 1000.0 / Math.max(1, messages);
        }
    }

    /** Sends one message and returns when it is answered. */
    interface BlockingSender {
        void send() throws Exception;
    }

    /** Starts one send; {@code outcome} hears of its end. */
    interface AsyncSender {
        /** @return {@code true} when the send completed before this method returned */
        boolean send(Outcome outcome);
    }

    interface Outcome {
        void done(boolean synchronously, boolean succeeded);
    }

    /** A client under test: how to drive it and whether its senders are threads or chains of sends. */
    record Client(String name, BlockingSender blocking, AsyncSender async) {
        static Client blocking(String name, BlockingSender sender) {
            return new Client(name, sender, null);
        }

        static Client async(String name, AsyncSender sender) {
            return new Client(name, null, sender);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 6);
        int seconds = Integer.getInteger("bench.seconds", 5);
        int senders = Integer.getInteger("bench.senders", 16);
        long latency = Long.getLong("bench.latency", 0);

        Process stub = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: 40 ms a request
                "-Dsun.net.httpserver.nodelay=true", "-Dbench.latency=" + latency,
                "-cp", System.getProperty("java.class.path"),
                LoopbackGraphApi.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String baseUri;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(stub.getInputStream(), StandardCharsets.UTF_8))) {
            baseUri = "http://127.0.0.1:" + out.readLine().trim();
        }

        String json = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + RECIPIENT
                + (TEMPLATE_MESSAGE
                        ? "\",\"type\":\"template\",\"template\":{\"name\":\"" + TEMPLATE
                                + "\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\",\"parameters\":["
                                + String.join(",", TEMPLATE_PARAMETERS.stream()
                                        .map(p -> "{\"type\":\"text\",\"text\":\"" + p + "\"}").toList())
                                + "]}]}}"
                        : "\",\"type\":\"text\",\"text\":{\"body\":\"" + TEXT + "\",\"preview_url\":false}}");
        String rawUri = baseUri + "/v26.0/" + PHONE_NUMBER_ID + "/messages";
        CloseableHttpClient raw = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
                .build();
        // the same async client the component uses, without Camel: separates the cost of async I/O from ours
        CloseableHttpAsyncClient async = HttpClientFactory.create(new HttpClientSettings(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofSeconds(10), 64, null, null, null, null, null));

        CamelContext camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toF(
                        "whatsapp-cloud:%s?accessToken=bench-token&windowPolicy=off&throttle=false&baseUri=%s",
                        PHONE_NUMBER_ID, baseUri);
                // a caller that waits anyway: the producer's synchronous mode, no hand-over to the worker pool
                from("direct:send-synchronous").toF("whatsapp-cloud:%s?accessToken=bench-token&windowPolicy=off"
                        + "&throttle=false&synchronous=true&baseUri=%s", PHONE_NUMBER_ID, baseUri);
                // Camel's own share: the same async request from a route, with nothing of the component
                from("direct:raw-async").process(new AsyncRequestProcessor(async, rawUri, json));
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        AsyncProducer direct = camel.getEndpoint("direct:send").createAsyncProducer();
        direct.start();
        AsyncProducer directRawAsync = camel.getEndpoint("direct:raw-async").createAsyncProducer();
        directRawAsync.start();

        List<Client> clients = new ArrayList<>();
        clients.add(Client.blocking(RAW, () -> {
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
        }));
        clients.add(Client.async(RAW_ASYNC, outcome -> {
            async.execute(asyncRequest(rawUri, json), new FutureCallback<>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    outcome.done(false, response.getCode() == 200);
                }

                @Override
                public void failed(Exception e) {
                    outcome.done(false, false);
                }

                @Override
                public void cancelled() {
                    outcome.done(false, false);
                }
            });
            return false;
        }));
        clients.add(Client.async(COMPONENT, outcome -> sendExchange(direct, outcome)));
        clients.add(Client.async(ROUTE_RAW_ASYNC, outcome -> sendExchange(directRawAsync, outcome)));
        clients.add(Client.blocking(RAW_ASYNC_BLOCKING, () -> {
            SimpleHttpResponse response = async.execute(asyncRequest(rawUri, json), null).get();
            if (response.getCode() != 200) {
                throw new IllegalStateException("HTTP " + response.getCode());
            }
        }));
        clients.add(Client.blocking(COMPONENT_BLOCKING,
                () -> template.sendBodyAndHeader("direct:send", body(), WhatsAppCloudConstants.TO, RECIPIENT)));
        clients.add(Client.blocking(COMPONENT_SYNCHRONOUS,
                () -> template.sendBodyAndHeader("direct:send-synchronous", body(), WhatsAppCloudConstants.TO,
                        RECIPIENT)));
        String only = System.getProperty("bench.only");
        if (only != null && !only.isBlank()) {
            List<String> names = List.of(only.split(","));
            clients.removeIf(client -> !names.contains(client.name()));
        }

        // warm up every path so the JIT has compiled them before anything is measured
        for (Client client : clients) {
            run(client, senders, 3);
        }
        List<Round> results = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (Client client : clients) {
                results.add(run(client, senders, seconds));
            }
        }

        String report = (latency > 0 ? "Graph API latency: " + latency + " ms\n" : "Graph API latency: none\n")
                + report(results, senders, seconds);
        System.out.println(report);
        Path file = Path.of("target", "bench", "send-throughput" + (TEMPLATE_MESSAGE ? "-template" : "")
                + (latency > 0 ? "-" + latency + "ms" : "") + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);

        raw.close();
        async.close();
        direct.stop();
        directRawAsync.stop();
        camel.close();
        stub.getOutputStream().close();
        stub.waitFor(10, TimeUnit.SECONDS);
    }

    static boolean sendExchange(AsyncProducer producer, Outcome outcome) {
        Exchange exchange = producer.getEndpoint().createExchange();
        exchange.getMessage().setBody(body());
        exchange.getMessage().setHeader(WhatsAppCloudConstants.TO, RECIPIENT);
        return producer.process(exchange, synchronously -> outcome.done(synchronously, exchange.getException()
                                                                                       == null));
    }

    /** A text as is, or a template send built now, as a route builds one per exchange. */
    static Object body() {
        return TEMPLATE_MESSAGE ? TemplateMessage.withBodyParameters(TEMPLATE, "en_US", TEMPLATE_PARAMETERS) : TEXT;
    }

    /** Posts the raw JSON with the async client and completes the exchange when it is answered. */
    private static final class AsyncRequestProcessor extends AsyncProcessorSupport {
        private final CloseableHttpAsyncClient client;
        private final String uri;
        private final String json;

        AsyncRequestProcessor(CloseableHttpAsyncClient client, String uri, String json) {
            this.client = client;
            this.uri = uri;
            this.json = json;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            client.execute(asyncRequest(uri, json), new FutureCallback<>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    if (response.getCode() != 200) {
                        exchange.setException(new IllegalStateException("HTTP " + response.getCode()));
                    }
                    exchange.getMessage().setBody(response.getBodyText());
                    callback.done(false);
                }

                @Override
                public void failed(Exception e) {
                    exchange.setException(e);
                    callback.done(false);
                }

                @Override
                public void cancelled() {
                    exchange.setException(new IllegalStateException("cancelled"));
                    callback.done(false);
                }
            });
            return false;
        }
    }

    static SimpleHttpRequest asyncRequest(String uri, String json) {
        return SimpleRequestBuilder.post(uri)
                .setHeader("Authorization", "Bearer bench-token")
                .setBody(json, ContentType.APPLICATION_JSON).build();
    }

    static Round run(Client client, int senders, int seconds) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch finished = new CountDownLatch(senders);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < senders; i++) {
            if (client.async() != null) {
                new SendChain(client.async(), deadline, sent, failed, finished).next();
            } else {
                new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        try {
                            client.blocking().send();
                            sent.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    finished.countDown();
                }, client.name() + "-sender-" + i).start();
            }
        }
        finished.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Round(client.name(), sent.get(), failed.get(), elapsed, processCpuNanos() - cpuBefore);
    }

    /**
     * One sender without a thread of its own: each completion starts the next send, on whatever thread completed it.
     * A send that completes at once (a failure before any I/O) loops here instead of recursing.
     */
    private static final class SendChain implements Outcome {
        private final AsyncSender sender;
        private final long deadline;
        private final AtomicLong sent;
        private final AtomicLong failed;
        private final CountDownLatch finished;

        SendChain(AsyncSender sender, long deadline, AtomicLong sent, AtomicLong failed, CountDownLatch finished) {
            this.sender = sender;
            this.deadline = deadline;
            this.sent = sent;
            this.failed = failed;
            this.finished = finished;
        }

        void next() {
            while (System.nanoTime() < deadline) {
                if (!sender.send(this)) {
                    return;
                }
            }
            finished.countDown();
        }

        @Override
        public void done(boolean synchronously, boolean succeeded) {
            (succeeded ? sent : failed).incrementAndGet();
            if (!synchronously) {
                next();
            }
        }
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static String report(List<Round> rounds, int senders, int seconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Send throughput, %d senders, %d s rounds, %d cores%n", senders, seconds,
                Runtime.getRuntime().availableProcessors()));
        text.append(String.format(Locale.ROOT, "%-19s %10s %10s %14s%n", "client", "msg/s", "failures", "CPU us/msg"));
        for (Round r : rounds) {
            text.append(String.format(Locale.ROOT, "%-19s %10.0f %10d %14.1f%n", r.client(), r.perSecond(), r
                    .failures(),
                    r.cpuMicrosPerMessage()));
        }
        if (rounds.stream().noneMatch(r -> r.client().equals(RAW))) {
            return text.toString();
        }
        text.append(String.format(Locale.ROOT, "message: %s%nmedians:%n", TEMPLATE_MESSAGE ? "template" : "text"));
        for (String client : List.of(RAW, RAW_ASYNC, ROUTE_RAW_ASYNC, COMPONENT, RAW_ASYNC_BLOCKING, COMPONENT_BLOCKING,
                COMPONENT_SYNCHRONOUS)) {
            if (rounds.stream().noneMatch(r -> r.client().equals(client))) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "%-19s %10.0f msg/s %8.1f us CPU/msg%n", client,
                    median(rounds, client, Round::perSecond), median(rounds, client, Round::cpuMicrosPerMessage)));
        }
        text.append(ratio(rounds, COMPONENT, RAW, " (target >= 0.80, <= 1.50)"));
        text.append(ratio(rounds, COMPONENT, RAW_ASYNC, ""));
        text.append(ratio(rounds, ROUTE_RAW_ASYNC, RAW_ASYNC, ""));
        text.append(ratio(rounds, RAW_ASYNC, RAW, ""));
        text.append(ratio(rounds, COMPONENT_BLOCKING, RAW, Long.getLong("bench.latency", 0) > 0
                ? " (target >= 0.95, CPU <= 1.30)" : " (target >= 0.60, CPU <= 2.00)"));
        text.append(ratio(rounds, COMPONENT_SYNCHRONOUS, RAW, Long.getLong("bench.latency", 0) > 0
                ? " (target >= 0.95, CPU <= 1.30)" : " (target >= 0.60, CPU <= 2.00)"));
        text.append(ratio(rounds, RAW_ASYNC_BLOCKING, RAW, ""));
        return text.toString();
    }

    static String ratio(List<Round> rounds, String client, String baseline, String note) {
        if (rounds.stream().noneMatch(r -> r.client().equals(client))
                || rounds.stream().noneMatch(r -> r.client().equals(baseline))) {
            return "";
        }
        return String.format(Locale.ROOT, "%s/%s: throughput %.2fx, CPU per message %.2fx%s%n", client, baseline,
                median(rounds, client, Round::perSecond) / median(rounds, baseline, Round::perSecond),
                median(rounds, client, Round::cpuMicrosPerMessage) / median(rounds, baseline,
                        Round::cpuMicrosPerMessage),
                note);
    }

    static double median(List<Round> rounds, String client, java.util.function.ToDoubleFunction<Round> metric) {
        double[] values = rounds.stream().filter(r -> r.client().equals(client)).mapToDouble(metric).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
