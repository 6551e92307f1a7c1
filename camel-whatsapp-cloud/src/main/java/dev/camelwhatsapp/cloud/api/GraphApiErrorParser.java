package dev.camelwhatsapp.cloud.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a failed Graph API response into a {@link GraphApiError}. It never fails itself: whatever answered (Meta, a
 * proxy, a load balancer's HTML page), the caller gets an error with the HTTP status and as much of Meta's detail as
 * there is.
 */
final class GraphApiErrorParser {

    private final ObjectMapper mapper;
    private final Clock clock;

    /**
     * @param mapper the JSON mapper
     * @param clock  the clock a Retry-After date is counted down with
     */
    GraphApiErrorParser(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param httpStatus  the response status
     * @param contentType the response Content-Type, may be null
     * @param body        the response body, may be null or empty
     * @param retryAfter  the Retry-After header, may be null
     * @param usage       the X-Business-Use-Case-Usage header, may be null
     */
    GraphApiError parse(int httpStatus, String contentType, byte[] body, String retryAfter, String usage) {
        Duration wait = longest(parseRetryAfter(retryAfter, clock.instant()), parseUsage(usage));
        JsonNode error = readError(body);
        if (error == null) {
            // Not a Graph API error: describe what came back without echoing it (it may be a page of anything).
            String what = "HTTP " + httpStatus + " with "
                    + (body == null || body.length == 0
                            ? "an empty body"
                            : "a non-Graph body (" + (contentType == null ? "no content type" : contentType)
                                    + ", " + body.length + " bytes)");
            return new GraphApiError(httpStatus, null, null, null, what, null, null, null, null, null, wait);
        }
        JsonNode data = error.path("error_data");
        return new GraphApiError(
                httpStatus,
                intOrNull(error.get("code")),
                intOrNull(error.get("error_subcode")),
                textOrNull(error.get("type")),
                textOrNull(error.get("message")),
                textOrNull(data.get("details")),
                textOrNull(error.get("error_user_title")),
                textOrNull(error.get("error_user_msg")),
                error.hasNonNull("is_transient") ? error.get("is_transient").asBoolean() : null,
                textOrNull(error.get("fbtrace_id")),
                wait);
    }

    private JsonNode readError(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode error = mapper.readTree(body).get("error");
            return error != null && error.isObject() ? error : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Retry-After is either delta-seconds or an HTTP date (RFC 9110, 10.2.3), which is counted from {@code now}. */
    static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            long seconds = Long.parseLong(trimmed);
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return wait.isNegative() || wait.isZero() ? null : wait;
            } catch (DateTimeParseException neither) {
                return null;
            }
        }
    }

    /**
     * X-Business-Use-Case-Usage: {@code {"<business id>":[{"type":…,"estimated_time_to_regain_access":<minutes>}]}}.
     * The longest estimate over all entries wins.
     */
    Duration parseUsage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Duration longest = null;
            for (JsonNode usages : mapper.readTree(value)) {
                for (JsonNode usage : usages) {
                    long minutes = usage.path("estimated_time_to_regain_access").asLong(0);
                    if (minutes > 0) {
                        longest = longest(longest, Duration.ofMinutes(minutes));
                    }
                }
            }
            return longest;
        } catch (IOException malformed) {
            return null;
        }
    }

    private static Duration longest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Integer intOrNull(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        // some proxies and older API versions send codes as strings
        return node.isTextual() && node.asText().matches("-?\\d{1,9}") ? Integer.valueOf(node.asText()) : null;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
