package dev.camelwhatsapp.cloud.webhook.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code hub.*} parameters of Meta's verification GET, URL-decoded.
 * <p>
 * They are read from the raw query string when the engine provides it ({@link Exchange#HTTP_QUERY}), so decoding is
 * the same on every engine; otherwise from the headers engines fill with the decoded query parameters.
 *
 * @param mode      {@code hub.mode}, or {@code null}
 * @param token     {@code hub.verify_token}, or {@code null}
 * @param challenge {@code hub.challenge}, or {@code null}
 */
record VerificationRequest(String mode, String token, String challenge) {

    static final String MODE = "hub.mode";
    static final String VERIFY_TOKEN = "hub.verify_token";
    static final String CHALLENGE = "hub.challenge";

    static VerificationRequest of(Message request) {
        String query = request.getHeader(Exchange.HTTP_QUERY, String.class);
        if (query == null) {
            return new VerificationRequest(
                    request.getHeader(MODE, String.class),
                    request.getHeader(VERIFY_TOKEN, String.class), request.getHeader(CHALLENGE, String.class));
        }
        String mode = null;
        String token = null;
        String challenge = null;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            // the first occurrence wins, as with servlet getParameter
            if (MODE.equals(name) && mode == null) {
                mode = value;
            } else if (VERIFY_TOKEN.equals(name) && token == null) {
                token = value;
            } else if (CHALLENGE.equals(name) && challenge == null) {
                challenge = value;
            }
        }
        return new VerificationRequest(mode, token, challenge);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            // not a parameter we can compare; the verification is refused for lack of it
            return null;
        }
    }
}
