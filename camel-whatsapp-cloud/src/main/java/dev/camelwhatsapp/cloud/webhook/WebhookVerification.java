package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The answer to Meta's webhook verification request ({@code GET} with {@code hub.mode}, {@code hub.verify_token}
 * and {@code hub.challenge}): the challenge as plain text with 200, or 403.
 * <p>
 * Answer the body with {@code Content-Type: text/plain}: Meta expects the raw challenge, and plain text keeps a
 * forged challenge from being interpreted by a browser.
 *
 * @param statusCode the HTTP status to answer: 200 or 403
 * @param body       the response body: the challenge, or a short refusal text
 */
public record WebhookVerification(int statusCode, String body) {

    /** The only {@code hub.mode} Meta uses. */
    public static final String SUBSCRIBE = "subscribe";

    private static final WebhookVerification REFUSED = new WebhookVerification(403, "Forbidden");

    /**
     * Decides the answer. It is a refusal unless the mode is {@value #SUBSCRIBE}, a challenge is given, a token is
     * expected (an endpoint without a configured token never verifies) and the given token equals it.
     *
     * @param  mode          {@code hub.mode}, or {@code null}
     * @param  verifyToken   {@code hub.verify_token}, or {@code null}
     * @param  challenge     {@code hub.challenge}, or {@code null}
     * @param  expectedToken the configured verify token, or {@code null}
     * @return               200 with the challenge, or 403
     */
    public static WebhookVerification answer(String mode, String verifyToken, String challenge, String expectedToken) {
        if (!SUBSCRIBE.equals(mode) || challenge == null || challenge.isEmpty() || verifyToken == null
                || expectedToken == null || expectedToken.isEmpty()) {
            return REFUSED;
        }
        return tokensEqual(verifyToken, expectedToken) ? new WebhookVerification(200, challenge) : REFUSED;
    }

    /**
     * @return {@code true} if this answer accepts the subscription
     */
    public boolean accepted() {
        return statusCode == 200;
    }

    /**
     * Compares digests rather than the tokens: {@link MessageDigest#isEqual} runs in time independent of the content
     * but not of the lengths, and equal-length digests leak neither the expected token nor its length.
     */
    private static boolean tokensEqual(String given, String expected) {
        return MessageDigest.isEqual(sha256(given), sha256(expected));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException requiredByTheJavaPlatform) {
            throw new IllegalStateException(requiredByTheJavaPlatform);
        }
    }
}
