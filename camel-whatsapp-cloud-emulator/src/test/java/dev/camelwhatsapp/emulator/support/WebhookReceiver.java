package dev.camelwhatsapp.emulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The app's side of webhooks in tests: a tiny HTTP server on 127.0.0.1 that records every POST (exact bytes and
 * headers) and answers 200, or the statuses queued with {@link #answerNext(int...)}.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One received request. */
    public record Received(byte[] body, String signature, String contentType) {
        public JsonNode json() {
            try {
                return GraphClient.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String bodyText() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/webhook", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                received.add(new Received(
                        body, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
                Integer scripted = scriptedStatuses.pollFirst();
                exchange.sendResponseHeaders(scripted == null ? 200 : scripted, -1);
            }
        });
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
    }

    /** The next requests get these statuses, in order; later ones get 200. */
    public void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedStatuses.addLast(status);
        }
    }

    /** Forgets what was received. */
    public void clear() {
        received.clear();
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Every {@code statuses[]} entry of every payload received, in arrival order. */
    public List<JsonNode> statuses() {
        return items("statuses");
    }

    /** Every {@code messages[]} entry of every payload received, in arrival order. */
    public List<JsonNode> messages() {
        return items("messages");
    }

    /** Every change of every payload received. */
    public List<JsonNode> changes() {
        List<JsonNode> result = new ArrayList<>();
        for (Received r : received) {
            for (JsonNode entry : r.json().path("entry")) {
                entry.path("changes").forEach(result::add);
            }
        }
        return result;
    }

    private List<JsonNode> items(String kind) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode change : changes()) {
            change.path("value").path(kind).forEach(result::add);
        }
        return result;
    }

    /** Statuses reported for one wamid, in arrival order. */
    public List<String> statusesOf(String wamid) {
        return statuses().stream().filter(s -> s.path("id").asText().equals(wamid))
                .map(s -> s.path("status").asText()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
