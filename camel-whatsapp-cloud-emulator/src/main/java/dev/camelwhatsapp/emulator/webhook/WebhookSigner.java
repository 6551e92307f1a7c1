package dev.camelwhatsapp.emulator.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code sha256=} followed by the lowercase hex HMAC-SHA256 of the exact body bytes,
 * keyed with the app secret.
 */
public final class WebhookSigner {

    private final SecretKeySpec key;

    public WebhookSigner(String appSecret) {
        this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The {@code X-Hub-Signature-256} header value for {@code body}. */
    public String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        // never reveal the key
        return "WebhookSigner[HmacSHA256]";
    }
}
