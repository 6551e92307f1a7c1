package dev.camelwhatsapp.emulator.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request read completely, detached from the JDK exchange so handlers are plain functions.
 *
 * @param method     upper-case HTTP method
 * @param path       the decoded path, e.g. {@code /v26.0/106540352242922/messages}
 * @param query      query parameters (first value of each)
 * @param headers    request headers, names lower-cased
 * @param body       the raw body
 * @param pathParams values captured by the matched route
 */
public record ApiRequest(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
        byte[] body, Map<String, String> pathParams) {

    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        pathParams = Collections.unmodifiableMap(new LinkedHashMap<>(pathParams));
    }

    /** Parses a raw query string such as {@code a=1&b=x%20y}. */
    public static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            result.putIfAbsent(name, value);
        }
        return result;
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(method, path, query, headers, body, params);
    }
}
