package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Graph API request as the emulator received it, before faults and checks: what the app put on the wire, for tests
 * that assert on the request itself. Tokens are never recorded: the {@code Authorization} header is left out, and an
 * {@code access_token} or {@code input_token} (debug_token) query parameter keeps its name with the value
 * {@link #REDACTED}.
 *
 * @param at      when it arrived (virtual time)
 * @param method  upper-case HTTP method
 * @param path    the path as sent, e.g. {@code /v26.0/106540352242922/messages}
 * @param query   query parameters (first value of each)
 * @param headers request headers without {@code Authorization}, names lower-cased
 * @param body    the raw body
 */
public record RecordedRequest(Instant at, String method, String path, Map<String, String> query,
        Map<String, List<String>> headers, byte[] body) {

    /** What a recorded {@code access_token} or {@code input_token} query parameter shows instead of the token. */
    public static final String REDACTED = "<redacted>";

    public RecordedRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("authorization")) {
                kept.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
            }
        });
        headers = Collections.unmodifiableMap(kept);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or {@code null}; names are case-insensitive. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : " " + query) + ", " + body.length
                + " bytes]";
    }
}
