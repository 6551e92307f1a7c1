package dev.camelwhatsapp.emulator.server;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a handler answers: a status, a content type, bytes and extra headers.
 */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, "application/json", Json.bytes(body), Map.of());
    }

    public static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    /** Meta's {@code {"success":true}}. */
    public static ApiResponse success() {
        return ok(Json.object().put("success", true));
    }

    public static ApiResponse bytes(String contentType, byte[] body) {
        return new ApiResponse(200, contentType, body, Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(headers);
        merged.put(name, value);
        return new ApiResponse(status, contentType, body, merged);
    }
}
