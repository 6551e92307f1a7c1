package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fault the emulator injects into Graph API requests, to exercise the app's retry and error handling.
 * A fault applies to the next {@link #times(int) N} matching requests (1 unless told otherwise), or, once
 * given a {@link #ratio(double) ratio}, to that fraction of matching requests until faults are cleared.
 * The control API ({@code /_emulator/...}) is never affected.
 *
 * @param kind         what happens to the request
 * @param errorCode    the Meta error code answered, for {@link Kind#GRAPH_ERROR}
 * @param httpStatus   the HTTP status answered, for {@link Kind#HTTP_STATUS} (and overriding the catalog status of a
 *                     {@link Kind#GRAPH_ERROR} when non-zero)
 * @param latency      the delay added, for {@link Kind#LATENCY}; the request is then processed normally
 * @param count        how many matching requests are affected, or {@code -1} for no limit
 * @param probability  the fraction of matching requests affected, {@code 1.0} for all
 * @param pathContains only requests whose path contains this text match; {@code null} matches every Graph API path
 * @param answer       the answer given verbatim, for {@link Kind#RESPONSE}; {@code null} otherwise
 */
public record Fault(Kind kind, int errorCode, int httpStatus, Duration latency, int count, double probability,
        String pathContains, Answer answer) {

    /**
     * An answer given as is, for {@link Kind#RESPONSE}.
     *
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type}
     * @param body        the body bytes, possibly empty
     * @param headers     extra response headers, e.g. {@code Retry-After}
     */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

        public Answer {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("An HTTP status is 100 to 599: " + status);
            }
            Objects.requireNonNull(contentType, "contentType");
            body = body == null ? new byte[0] : body.clone();
            headers = Map.copyOf(headers);
        }

        /** The body as UTF-8 text. */
        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The kinds of fault. */
    public enum Kind {
        /** Answer with Meta's error envelope for a given error code. */
        GRAPH_ERROR,
        /** Answer with a bare HTTP status (typically 5xx) and a Meta-like error body. */
        HTTP_STATUS,
        /** Delay the answer, then process the request normally. */
        LATENCY,
        /**
         * Close the connection without any answer. The JDK HTTP server cannot send a TCP reset, so the client sees
         * the connection closed with no response rather than a true RST.
         */
        CONNECTION_RESET,
        /**
         * Serve the request normally, then flip one bit of the answer's body: a download damaged on its way, which an
         * app must catch by checking the media's SHA-256.
         */
        CORRUPT_BODY,
        /**
         * Answer with a status, content type, body and headers given as is: an error envelope the emulator's catalogue
         * does not produce, a proxy's HTML page, an empty body, extra headers such as {@code Retry-After}.
         */
        RESPONSE
    }

    public Fault {
        Objects.requireNonNull(kind, "kind");
        if (count == 0 || count < -1) {
            throw new IllegalArgumentException("A fault applies to at least one request, or -1 for no limit");
        }
        if (probability <= 0 || probability > 1) {
            throw new IllegalArgumentException("A fault ratio is in (0, 1]: " + probability);
        }
        latency = latency == null ? Duration.ZERO : latency;
        if ((kind == Kind.RESPONSE) != (answer != null)) {
            throw new IllegalArgumentException("A RESPONSE fault, and only it, has an answer");
        }
    }

    /** A fault of any kind but {@link Kind#RESPONSE}, which has no answer. */
    public Fault(Kind kind, int errorCode, int httpStatus, Duration latency, int count, double probability,
                 String pathContains) {
        this(kind, errorCode, httpStatus, latency, count, probability, pathContains, null);
    }

    /** Answer with Meta's error envelope and HTTP status for {@code code} (e.g. 131000, 130429, 190). */
    public static Fault graphError(int code) {
        return new Fault(Kind.GRAPH_ERROR, code, 0, null, 1, 1.0, null);
    }

    /** Answer with a bare HTTP status, e.g. 503. */
    public static Fault httpStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("An HTTP status fault is 4xx or 5xx: " + status);
        }
        return new Fault(Kind.HTTP_STATUS, 0, status, null, 1, 1.0, null);
    }

    /** Delay the answer. */
    public static Fault latency(Duration delay) {
        return new Fault(Kind.LATENCY, 0, 0, Objects.requireNonNull(delay, "delay"), 1, 1.0, null);
    }

    /** Close the connection without answering. */
    public static Fault connectionReset() {
        return new Fault(Kind.CONNECTION_RESET, 0, 0, null, 1, 1.0, null);
    }

    /** Answer normally but with one bit of the body flipped, e.g. on the media download path. */
    public static Fault corruptBody() {
        return new Fault(Kind.CORRUPT_BODY, 0, 0, null, 1, 1.0, null);
    }

    /**
     * Answer with exactly this status, content type and body, e.g. {@code response(400, "application/json",
     * "{\"error\":{...}}")} for an error envelope of one's own, or {@code response(502, "text/html", "<html>...")}
     * for a proxy's page.
     */
    public static Fault response(int status, String contentType, String body) {
        return new Fault(
                Kind.RESPONSE, 0, status, null, 1, 1.0, null, new Answer(
                        status, contentType,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    /** The same {@link Kind#RESPONSE} fault with one more response header, e.g. {@code Retry-After}. */
    public Fault withHeader(String name, String value) {
        if (answer == null) {
            throw new IllegalStateException("Only a RESPONSE fault carries headers");
        }
        Map<String, String> headers = new LinkedHashMap<>(answer.headers());
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new Fault(
                kind, errorCode, httpStatus, latency, count, probability, pathContains,
                new Answer(answer.status(), answer.contentType(), answer.body(), headers));
    }

    /** Applies to the next {@code n} matching requests. */
    public Fault times(int n) {
        return new Fault(kind, errorCode, httpStatus, latency, n, probability, pathContains, answer);
    }

    /**
     * Applies to this fraction of matching requests (drawn from the emulator's seeded random), with no count
     * limit unless {@link #times(int)} is also given afterwards.
     */
    public Fault ratio(double fraction) {
        return new Fault(kind, errorCode, httpStatus, latency, -1, fraction, pathContains, answer);
    }

    /** Only requests whose path contains {@code fragment}, e.g. {@code "/messages"}. */
    public Fault onPathsContaining(String fragment) {
        return new Fault(kind, errorCode, httpStatus, latency, count, probability, fragment, answer);
    }
}
