package dev.camelwhatsapp.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * One webhook delivery attempt to the app, as it went over the wire.
 *
 * @param url        where it was posted
 * @param body       the exact bytes posted (and signed)
 * @param signature  the {@code X-Hub-Signature-256} header value
 * @param httpStatus the status the app answered, or {@code -1} when no answer came (connection refused, timeout)
 * @param attempt    1 for the first attempt, 2+ for retries
 * @param duplicate  whether this was a deliberate duplicate delivery of a payload already sent
 * @param at         real time of the attempt
 * @param failure    why no HTTP status came, or {@code null}
 */
public record DeliveredWebhook(URI url, byte[] body, String signature, int httpStatus, int attempt,
        boolean duplicate, Instant at, String failure) {

    public DeliveredWebhook {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the app acknowledged this attempt with a 2xx. */
    public boolean acknowledged() {
        return httpStatus >= 200 && httpStatus < 300;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveredWebhook that && attempt == that.attempt && httpStatus == that.httpStatus
                && duplicate == that.duplicate && url.equals(that.url) && Arrays.equals(body, that.body)
                && at.equals(that.at);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + at.hashCode();
    }

    @Override
    public String toString() {
        return "DeliveredWebhook[url=" + url + ", httpStatus=" + httpStatus + ", attempt=" + attempt
                + ", duplicate=" + duplicate + ", at=" + at + ", body=" + bodyAsString() + "]";
    }
}
