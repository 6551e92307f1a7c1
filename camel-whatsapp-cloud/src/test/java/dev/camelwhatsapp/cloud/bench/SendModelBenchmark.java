package dev.camelwhatsapp.cloud.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;

/**
 * The model's own share of a send, which the send-throughput benchmark cannot resolve on a shared machine: build the
 * typed message and its {@link MessageRequest} as the producer does for an exchange, take the body the producer posts
 * ({@link MessageRequest#postedJson()}) and serialise it as the HTTP client does ({@code ObjectMapper.writeValueAsBytes}
 * with the endpoint's plain {@code ObjectMapper}). No Camel, no I/O: one thread, timed by its own CPU time, so that
 * other processes on the machine disturb the figure far less than they disturb a throughput.
 *
 * <p>
 * The messages are those of {@link SendThroughputBenchmark}: its text, and its template variant
 * ({@code -Dbench.message=template} there), a {@link TemplateMessage} with three body text parameters, built for every
 * send as a route builds one. Before anything is measured, each posted body is checked against the JSON that
 * benchmark's raw clients post, so that a change of the model cannot make this benchmark measure a different message.
 * Each round makes {@code bench.model.sends} sends of each message, the messages taking turns round by round; the
 * first rounds warm the JIT up, and the medians are taken over the last {@code bench.model.kept} rounds.
 *
 * <p>
 * Run: {@code mvn -B -Pbench -pl camel-whatsapp-cloud -am verify -DskipTests} runs it with the other benchmarks
 * (options: {@code -Dbench.model.sends=300000 -Dbench.model.rounds=8 -Dbench.model.kept=5
 * -Dbench.model.messages=text,template}); alone, as its {@code main} with the test classpath, from the module's
 * directory (docs/benchmarks.md shows how). Results are printed and written to
 * {@code camel-whatsapp-cloud/target/bench/send-model.txt}.
 */
public final class SendModelBenchmark {

    // the endpoint's mapper, which the Graph API client serialises every request body with
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One send of the model: the request body the producer would post, serialised. */
    interface Send {
        byte[] send() throws Exception;
    }

    record Variant(String name, Send send, String expectedJson) {
    }

    record Round(String message, int round, long sends, long cpuNanos, long wallNanos, long allocatedBytes) {
        double cpuNanosPerSend() {
            return (double) cpuNanos / sends;
        }

        double wallNanosPerSend() {
            return (double) wallNanos / sends;
        }

        double bytesPerSend() {
            return allocatedBytes < 0 ? Double.NaN : (double) allocatedBytes / sends;
        }
    }

    private static long sink;

    public static void main(String[] args) throws Exception {
        int sends = Integer.getInteger("bench.model.sends", 300_000);
        int rounds = Integer.getInteger("bench.model.rounds", 8);
        int kept = Math.max(1, Math.min(rounds, Integer.getInteger("bench.model.kept", 5)));
        List<String> names = Arrays.asList(System.getProperty("bench.model.messages", "text,template").split(","));

        List<Variant> messages = new ArrayList<>();
        if (names.contains("text")) {
            messages.add(new Variant("text", SendModelBenchmark::text, textJson()));
        }
        if (names.contains("template")) {
            messages.add(new Variant("template", SendModelBenchmark::template, templateJson()));
        }
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("bench.model.messages names neither text nor template: " + names);
        }
        for (Variant message : messages) {
            String posted = new String(message.send().send(), StandardCharsets.UTF_8);
            if (!posted.equals(message.expectedJson())) {
                throw new IllegalStateException(
                        "The " + message.name() + " send posts " + posted + ", not "
                                + message.expectedJson());
            }
        }

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM cannot measure the CPU time of a thread");
        }
        threads.setThreadCpuTimeEnabled(true);
        boolean allocation = threads.isThreadAllocatedMemorySupported();
        if (allocation) {
            threads.setThreadAllocatedMemoryEnabled(true);
        }
        long thread = Thread.currentThread().getId();

        List<Round> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Variant message : messages) {
                Send send = message.send();
                long allocatedBefore = allocation ? threads.getThreadAllocatedBytes(thread) : 0;
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                for (int i = 0; i < sends; i++) {
                    sink += send.send().length;
                }
                long wall = System.nanoTime() - start;
                long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
                long allocated = allocation ? threads.getThreadAllocatedBytes(thread) - allocatedBefore : -1;
                results.add(new Round(message.name(), round, sends, cpu, wall, allocated));
            }
        }

        String report = report(results, messages, sends, rounds, kept);
        System.out.println(report);
        Path file = Path.of("target", "bench", "send-model.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    /** A text, as the producer makes one of a String body and the recipient header. */
    static byte[] text() throws Exception {
        OutgoingMessage message = TextMessage.of(SendThroughputBenchmark.TEXT);
        MessageRequest request = new MessageRequest(SendThroughputBenchmark.RECIPIENT, message, null, null);
        return MAPPER.writeValueAsBytes(request.postedJson());
    }

    /** A template built for this send, as a route builds one per exchange. */
    static byte[] template() throws Exception {
        OutgoingMessage message = TemplateMessage.withBodyParameters(SendThroughputBenchmark.TEMPLATE, "en_US",
                SendThroughputBenchmark.TEMPLATE_PARAMETERS);
        MessageRequest request = new MessageRequest(SendThroughputBenchmark.RECIPIENT, message, null, null);
        return MAPPER.writeValueAsBytes(request.postedJson());
    }

    /** What {@link SendThroughputBenchmark}'s raw clients post for the text. */
    static String textJson() {
        return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                + SendThroughputBenchmark.RECIPIENT + "\",\"type\":\"text\",\"text\":{\"body\":\""
                + SendThroughputBenchmark.TEXT + "\",\"preview_url\":false}}";
    }

    /** What {@link SendThroughputBenchmark}'s raw clients post for the template. */
    static String templateJson() {
        return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\""
                + SendThroughputBenchmark.RECIPIENT + "\",\"type\":\"template\",\"template\":{\"name\":\""
                + SendThroughputBenchmark.TEMPLATE
                + "\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\",\"parameters\":["
                + String.join(",", SendThroughputBenchmark.TEMPLATE_PARAMETERS.stream()
                        .map(p -> "{\"type\":\"text\",\"text\":\"" + p + "\"}").toList())
                + "]}]}}";
    }

    static String report(List<Round> results, List<Variant> messages, int sends, int rounds, int kept) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "Send model share: message + MessageRequest + posted body serialised; %,d sends a round, %d rounds,"
                        + " medians of the last %d%n",
                sends, rounds, kept));
        text.append(String.format(Locale.ROOT, "Java %s (%s), %d cores, system load average %.2f at the end%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        text.append(String.format(Locale.ROOT, "%-9s %5s %14s %15s %16s%n", "message", "round", "ns CPU/send",
                "ns wall/send", "bytes alloc/send"));
        for (Round r : results) {
            text.append(String.format(Locale.ROOT, "%-9s %5d %14.0f %15.0f %16.0f%n", r.message(), r.round(),
                    r.cpuNanosPerSend(), r.wallNanosPerSend(), r.bytesPerSend()));
        }
        text.append(String.format(Locale.ROOT, "medians of rounds %d-%d:%n", rounds - kept + 1, rounds));
        for (Variant message : messages) {
            List<Round> last = results.stream()
                    .filter(r -> r.message().equals(message.name()) && r.round() > rounds - kept).toList();
            text.append(String.format(Locale.ROOT, "%-9s %8.0f ns CPU/send %8.0f ns wall/send %8.0f bytes alloc/send"
                    + " (posted body: %d bytes)%n",
                    message.name(), median(last, Round::cpuNanosPerSend), median(last, Round::wallNanosPerSend),
                    median(last, Round::bytesPerSend), message.expectedJson().getBytes(StandardCharsets.UTF_8).length));
        }
        text.append("(checksum ").append(sink).append(')').append(System.lineSeparator());
        return text.toString();
    }

    static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> metric) {
        double[] values = rounds.stream().mapToDouble(metric).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
