package dev.camelwhatsapp.cloud.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;

/**
 * Passes a request a test's own server received (a proxy, a TLS front) on to the emulator and its answer back, so that
 * such a server plays only its own part and the Graph API stays the emulator's.
 */
public final class Relay {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Relay() {
    }

    /**
     * @param exchange the request received, its body already read
     * @param body     that body
     * @param target   the emulator's base URI; the request's path and query are appended
     */
    public static void toEmulator(HttpExchange exchange, byte[] body, URI target) throws IOException {
        URI received = exchange.getRequestURI();
        String pathAndQuery = received.getRawPath() + (received.getRawQuery() == null ? "" : "?" + received
                .getRawQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[]{ "Authorization", "Content-Type" }) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        answer.headers().firstValue("Content-Type")
                .ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }
}
