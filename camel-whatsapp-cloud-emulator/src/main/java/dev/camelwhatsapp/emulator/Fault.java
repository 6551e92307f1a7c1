package dev.camelwhatsapp.emulator;

import java.time.Duration;
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
 */
public record Fault(Kind kind, int errorCode, int httpStatus, Duration latency, int count, double probability,
        String pathContains) {

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
        CORRUPT_BODY
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

    /** Applies to the next {@code n} matching requests. */
    public Fault times(int n) {
        return new Fault(kind, errorCode, httpStatus, latency, n, probability, pathContains);
    }

    /**
     * Applies to this fraction of matching requests (drawn from the emulator's seeded random), with no count
     * limit unless {@link #times(int)} is also given afterwards.
     */
    public Fault ratio(double fraction) {
        return new Fault(kind, errorCode, httpStatus, latency, -1, fraction, pathContains);
    }

    /** Only requests whose path contains {@code fragment}, e.g. {@code "/messages"}. */
    public Fault onPathsContaining(String fragment) {
        return new Fault(kind, errorCode, httpStatus, latency, count, probability, fragment);
    }
}
