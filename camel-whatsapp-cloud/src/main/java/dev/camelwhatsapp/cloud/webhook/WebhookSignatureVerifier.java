package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@value #HEADER} header Meta signs every webhook POST with: {@code sha256=} followed by the hex
 * HMAC-SHA256 of the raw request body, keyed with the app secret.
 * <p>
 * The HMAC is computed over the exact bytes received. Verify before parsing, on the body as read from the wire: any
 * re-encoding (parsing and serialising again, unescaping {@code \u00e9} or {@code \/}) changes the bytes and fails
 * the check.
 * <p>
 * Hex digits are accepted in either case. Meta sends lowercase, but the case of a hex digit carries no
 * information and the comparison runs on the decoded bytes, so accepting uppercase (as a proxy might rewrite it)
 * weakens nothing, while refusing it would answer 403 to genuine deliveries that Meta then retries for days.
 * Everything else is exact: the {@code sha256=} prefix in lowercase, exactly 64 hex digits, nothing around them.
 * <p>
 * Instances are immutable and thread-safe. The secret is kept privately and never shown, not even by
 * {@link #toString()}.
 */
public final class WebhookSignatureVerifier {

    /** The request header carrying the signature. */
    public static final String HEADER = "X-Hub-Signature-256";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";
    private static final int HEX_LENGTH = 64;
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    /**
     * @param  appSecret                the app secret bytes (copied)
     * @throws IllegalArgumentException if the secret is {@code null} or empty
     */
    public WebhookSignatureVerifier(byte[] appSecret) {
        if (appSecret == null || appSecret.length == 0) {
            throw new IllegalArgumentException("app secret must not be empty");
        }
        this.key = new SecretKeySpec(appSecret, ALGORITHM);
    }

    /**
     * @param  appSecret                the app secret exactly as shown in Meta's App Dashboard; its UTF-8 bytes are
     *                                  the key (it looks like hex but is not to be decoded)
     * @throws IllegalArgumentException if the secret is {@code null} or empty
     */
    public WebhookSignatureVerifier(String appSecret) {
        this(appSecret != null ? appSecret.getBytes(StandardCharsets.UTF_8) : null);
    }

    /**
     * The check of a receiver of signed requests: with an app secret every request is checked; without one, requests
     * go unchecked only when that was explicitly allowed, and the receiver says so.
     *
     * @param  appSecret             the app secret, or {@code null} or empty when none is configured
     * @param  allowUnsigned         whether requests may go unchecked when there is no app secret
     * @param  warnUnsigned          tells that requests go unchecked (logs a warning in the receiver's words)
     * @param  missingSecret         the message of the refusal to start without an app secret
     * @return                       the verifier, or empty when requests go unchecked
     * @throws IllegalStateException when there is no app secret and unsigned requests are not allowed
     */
    public static Optional<WebhookSignatureVerifier> forReceiver(String appSecret, boolean allowUnsigned,
                                                                 Runnable warnUnsigned,
                                                                 Supplier<String> missingSecret) {
        if (appSecret != null && !appSecret.isEmpty()) {
            return Optional.of(new WebhookSignatureVerifier(appSecret));
        }
        if (!allowUnsigned) {
            throw new IllegalStateException(missingSecret.get());
        }
        warnUnsigned.run();
        return Optional.empty();
    }

    /**
     * @param  rawBody     the request body exactly as received
     * @param  headerValue the value of the {@value #HEADER} header, or {@code null} if absent
     * @return             {@code true} only if the header is well-formed and matches the body; never throws on
     *                     malformed input
     */
    public boolean verify(byte[] rawBody, String headerValue) {
        if (rawBody == null || headerValue == null || headerValue.length() != PREFIX.length() + HEX_LENGTH
                || !headerValue.startsWith(PREFIX)) {
            return false;
        }
        byte[] received;
        try {
            received = HEX.parseHex(headerValue, PREFIX.length(), headerValue.length());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        // Constant time: how many leading bytes match must not show in the response time.
        return MessageDigest.isEqual(hmac(rawBody), received);
    }

    private byte[] hmac(byte[] body) {
        // A Mac is stateful, so each call gets its own; creating one is cheap next to the HTTP request.
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException requiredByTheJavaPlatform) {
            throw new IllegalStateException(requiredByTheJavaPlatform);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignatureVerifier[" + ALGORITHM + ", secret hidden]";
    }
}
