package dev.camelwhatsapp.cloud.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback stand-in for the Graph API, started once per test class: it records every request and answers with the
 * responses a test queued (a Meta-shaped send success when none is queued). It can also misbehave the ways a network
 * does: accept and close, or accept and never answer.
 */
public final class GraphApiStub implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    /** A request as the stub received it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A canned answer. */
    public record Response(int status, String contentType, String body, Map<String, String> headers) {

        public static Response json(int status, String body) {
            return new Response(status, "application/json", body, Map.of());
        }
    }

    public static final String SEND_SUCCESS = """
            {"messaging_product":"whatsapp","contacts":[{"input":"15551234567","wa_id":"15551234567"}],\
            "messages":[{"id":"wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI3","message_status":"accepted"}]}""";

    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Response> responses = new ConcurrentLinkedQueue<>();
    private final List<HttpExchange> hanging = new CopyOnWriteArrayList<>();
    private volatile boolean hang;
    private HttpServer server;
    private ExecutorService executor;
    private ServerSocket closingServer;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requests.clear();
        responses.clear();
        hang = false;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        hanging.forEach(HttpExchange::close);
        server.stop(0);
        executor.shutdownNow();
        if (closingServer != null) {
            closingServer.close();
        }
    }

    /** @return {@code http://127.0.0.1:port}, the value for the endpoint's {@code baseUri} */
    public String baseUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues the answer to the next request. */
    public void enqueue(Response response) {
        responses.add(response);
    }

    public void enqueue(int status, String json) {
        enqueue(Response.json(status, json));
    }

    /** From now on requests are read but never answered. */
    public void hang() {
        hang = true;
    }

    /**
     * @return the base URI of a second server that accepts connections, reads a little and closes them without a word
     */
    public synchronized String closingBaseUri() throws IOException {
        if (closingServer == null) {
            closingServer = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!closingServer.isClosed()) {
                    try (Socket socket = closingServer.accept()) {
                        socket.getInputStream().read(new byte[512]);
                    } catch (IOException closed) {
                        // the test class is over, or the client went away first
                    }
                }
            }, "graph-api-stub-closer");
            acceptor.setDaemon(true);
            acceptor.start();
        }
        return "http://127.0.0.1:" + closingServer.getLocalPort();
    }

    /** @return the next request received, waiting up to 5 seconds */
    public Request takeRequest() throws InterruptedException {
        Request request = requests.poll(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The Graph API stub received no request within 5 s");
        }
        return request;
    }

    /** @return the requests received so far, without waiting */
    public List<Request> receivedRequests() {
        return new ArrayList<>(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        if (hang) {
            hanging.add(exchange);
            return;
        }
        Response response = responses.poll();
        if (response == null) {
            response = Response.json(200, SEND_SUCCESS);
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
