package dev.camelwhatsapp.cloud;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed, mutated payloads: whatever a signed body holds, the answer is never a server error. Seeded and bounded, so
 * a failure is reproducible: the seed and the case number name the body.
 */
class WebhookFuzzTest {

    static final long SEED = Long.getLong("webhook.fuzz.seed", 20_261_206L);
    static final int CASES = Integer.getInteger("webhook.fuzz.cases", 3_000);
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void noSignedBodyIsAnsweredWithAServerError() throws Exception {
        List<JsonNode> fixtures = fixtures();
        AtomicInteger routed = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> serverErrors = new ArrayList<>();
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")")
                        .process(exchange -> routed.incrementAndGet());
            }
        })) {
            ExecutorService meta = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> sent = new ArrayList<>();
                for (int c = 0; c < CASES; c++) {
                    int number = c;
                    byte[] body = mutated(new Random(SEED + c), fixtures);
                    sent.add(meta.submit(() -> {
                        int status = server.postSigned(body).statusCode();
                        statuses.merge(status, 1, Integer::sum);
                        if (status >= 500) {
                            synchronized (serverErrors) {
                                serverErrors.add("case " + number + " (seed " + SEED + "): " + status);
                            }
                        }
                    }));
                }
                for (Future<?> request : sent) {
                    request.get(60, TimeUnit.SECONDS);
                }
            } finally {
                meta.shutdownNow();
            }
        }

        assertThat(serverErrors).as("server errors among " + CASES + " signed bodies").isEmpty();
        assertThat(statuses).as("answers by status").containsKey(200).containsKey(400);
        assertThat(routed.get()).as("mutated events still reach the route").isPositive();
    }

    static List<JsonNode> fixtures() throws IOException, URISyntaxException {
        Path directory = Path.of(WebhookFuzzTest.class.getResource("/webhook").toURI());
        List<JsonNode> fixtures = new ArrayList<>();
        // the typed fields' payloads (webhook/fields) too: every reader gets mutated input
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                fixtures.add(JSON.readTree(file.toFile()));
            }
        }
        return fixtures;
    }

    static byte[] mutated(Random random, List<JsonNode> fixtures) {
        JsonNode tree = fixtures.get(random.nextInt(fixtures.size())).deepCopy();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            List<JsonNode> containers = new ArrayList<>();
            collectContainers(tree, containers);
            mutate(random, containers.get(random.nextInt(containers.size())));
        }
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return random.nextInt(10) == 0 ? mutateBytes(random, body) : body;
    }

    static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collectContainers(child, containers));
        }
    }

    static void mutate(Random random, JsonNode container) {
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            Iterator<String> fields = object.fieldNames();
            fields.forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(8) == 0) {
                object.set("x" + random.nextInt(100), strangeValue(random));
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(6) == 0) {
                object.remove(name);
            } else {
                object.set(name, strangeValue(random));
            }
        } else if (container instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextInt(4) == 0) {
                array.add(strangeValue(random));
            } else if (random.nextInt(3) == 0) {
                array.add(array.get(random.nextInt(array.size())).deepCopy());
            } else {
                array.set(random.nextInt(array.size()), strangeValue(random));
            }
        }
    }

    static JsonNode strangeValue(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(99_999_999_999_999_999L);
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 4 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 5 -> NODES.textNode("99999999999999999");
            case 6 -> NODES.textNode("");
            case 7 -> NODES.textNode("x".repeat(random.nextInt(5_000)));
            case 8 -> NODES.textNode("\u0000\u202e\ud83d\ude00");
            case 9 -> NODES.booleanNode(random.nextBoolean());
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.objectNode();
            case 12 -> NODES.arrayNode().add(NODES.objectNode().put("id", "wamid.X")).add(1);
            case 13 -> NODES.numberNode(random.nextDouble());
            case 14 -> NODES.textNode("-1.5e3");
            default -> NODES.numberNode(Long.MIN_VALUE);
        };
    }

    static byte[] mutateBytes(Random random, byte[] body) {
        byte[] copy = body.clone();
        switch (random.nextInt(3)) {
            case 0 -> copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            case 1 -> {
                return java.util.Arrays.copyOf(copy, random.nextInt(copy.length));
            }
            default -> {
                String text = new String(copy, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length());
                return (text.substring(0, at) + "\\u00" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
        }
        return copy;
    }
}
