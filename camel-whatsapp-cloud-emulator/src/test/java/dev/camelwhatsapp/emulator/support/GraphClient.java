package dev.camelwhatsapp.emulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for the emulator, written for the tests: it knows nothing of the emulator's classes.
 */
public final class GraphClient {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer: status, parsed JSON (or null), raw bytes and headers. */
    public record Response(int status, JsonNode json, byte[] bytes, Map<String, java.util.List<String>> headers) {
        public int errorCode() {
            return json.path("error").path("code").asInt();
        }

        public String errorDetails() {
            return json.path("error").path("error_data").path("details").asText();
        }

        public String wamid() {
            return json.path("messages").path(0).path("id").asText();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    public GraphClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public GraphClient withToken(String otherToken) {
        return new GraphClient(base, otherToken);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response deleteWithBody(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GET of an absolute URL (media downloads), with or without the Bearer token. */
    public Response getAbsolute(String url, boolean withToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (withToken) {
            builder.header("Authorization", "Bearer " + token);
        }
        return send(builder.GET());
    }

    /** Sends and throws the I/O failure instead of wrapping it (connection-reset tests need it). */
    public HttpResponse<byte[]> rawPost(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = null;
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.startsWith("application/json") && response.body().length > 0) {
                json = MAPPER.readTree(response.body());
            }
            return new Response(response.statusCode(), json, response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text message body. */
    public static String text(String to, String body) {
        return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + to
                + "\",\"type\":\"text\",\"text\":{\"body\":" + quote(body) + "}}";
    }

    /** A template message body. */
    public static String template(String to, String name, String language, String componentsJson) {
        return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"template\",\"template\":{"
                + "\"name\":\"" + name + "\",\"language\":{\"code\":\"" + language + "\"}"
                + (componentsJson == null ? "" : ",\"components\":" + componentsJson) + "}}";
    }

    public static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
