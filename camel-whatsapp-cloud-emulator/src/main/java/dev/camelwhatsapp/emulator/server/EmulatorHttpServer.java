package dev.camelwhatsapp.emulator.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP side: the JDK's HTTP server on a bounded worker pool, reading each request whole, handing it to the
 * handler chosen by {@code selector} and writing its answer. No request content is logged, since requests carry
 * the access token.
 */
public final class EmulatorHttpServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmulatorHttpServer.class.getName());

    private final HttpServer server;
    private final ExecutorService workers;
    private final long maxBodyBytes;

    public EmulatorHttpServer(String host, int port, int threads, long maxBodyBytes,
                              Function<String, RequestHandler> selector) throws IOException {
        this.maxBodyBytes = maxBodyBytes;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger counter = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "whatsapp-emulator-http-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(workers);
        server.createContext("/", exchange -> serve(exchange, selector));
    }

    public void start() {
        server.start();
    }

    /** The base URI clients use, e.g. {@code http://127.0.0.1:54321}. */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + address.getPort());
    }

    private void serve(HttpExchange exchange, Function<String, RequestHandler> selector) {
        try (exchange) {
            ApiRequest request = read(exchange);
            ApiResponse response;
            try {
                response = selector.apply(request.path()).handle(request);
            } catch (AbortConnection abort) {
                // The JDK server cannot send a TCP reset; closing the exchange before any status line was sent
                // closes the connection, so the client sees it end with no response at all.
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Unexpected failure handling " + request.method() + " " + request.path(), e);
                response = ApiResponse.json(500, Json.object().set("error", Json.object()
                        .put("message", "An unexpected error has occurred. Please retry your request later.")
                        .put("type", "OAuthException").put("code", 2).put("is_transient", true)));
            }
            write(exchange, response);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Client went away", e);
        }
    }

    private ApiRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        return new ApiRequest(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getPath(),
                ApiRequest.parseQuery(uri.getRawQuery()), headers, body, Map.of());
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
