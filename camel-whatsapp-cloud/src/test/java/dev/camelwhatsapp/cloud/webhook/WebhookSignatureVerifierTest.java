package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignatureVerifierTest {

    private static final String APP_SECRET = "3f1c9a7e5b2d4c6e8f0a1b2c3d4e5f60";

    private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(APP_SECRET);
    private final byte[] body = Fixtures.bytes("message-text.json");

    @Test
    void correctSignaturePasses() {
        assertThat(verifier.verify(body, signature(APP_SECRET, body))).isTrue();
    }

    @Test
    void secretGivenAsBytesIsTheSameKey() {
        WebhookSignatureVerifier fromBytes = new WebhookSignatureVerifier(APP_SECRET.getBytes(StandardCharsets.UTF_8));

        assertThat(fromBytes.verify(body, signature(APP_SECRET, body))).isTrue();
    }

    @Test
    void wrongSecretFails() {
        assertThat(verifier.verify(body, signature("another-app-secret", body))).isFalse();
    }

    @Test
    void oneTamperedByteFails() {
        String header = signature(APP_SECRET, body);
        byte[] tampered = body.clone();
        tampered[tampered.length / 2] ^= 0x01;

        assertThat(verifier.verify(tampered, header)).isFalse();
    }

    @Test
    void oneWrongHexDigitFails() {
        String header = signature(APP_SECRET, body);
        char last = header.charAt(header.length() - 1);
        String altered = header.substring(0, header.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(verifier.verify(body, altered)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "sha256=", "sha1=0123456789abcdef0123456789abcdef01234567" })
    void missingOrEmptyHeaderFails(String header) {
        assertThat(verifier.verify(body, header)).isFalse();
    }

    @Test
    void headerWithoutPrefixFails() {
        String hexOnly = signature(APP_SECRET, body).substring("sha256=".length());

        assertThat(verifier.verify(body, hexOnly)).isFalse();
        assertThat(verifier.verify(body, "SHA256=" + hexOnly)).as("the prefix is exact").isFalse();
        assertThat(verifier.verify(body, "sha512=" + hexOnly)).isFalse();
    }

    @Test
    void wrongLengthFails() {
        String header = signature(APP_SECRET, body);

        assertThat(verifier.verify(body, header.substring(0, header.length() - 2))).isFalse();
        assertThat(verifier.verify(body, header + "00")).isFalse();
        assertThat(verifier.verify(body, header + " ")).isFalse();
        assertThat(verifier.verify(body, " " + header)).isFalse();
    }

    @Test
    void nonHexFails() {
        String header = signature(APP_SECRET, body);

        assertThat(verifier.verify(body, header.substring(0, header.length() - 1) + "g")).isFalse();
        assertThat(verifier.verify(body, "sha256=" + "z".repeat(64))).isFalse();
        assertThat(verifier.verify(body, "sha256=" + "+".repeat(64))).isFalse();
    }

    @Test
    void uppercaseHexIsAccepted() {
        String lowercase = signature(APP_SECRET, body);
        String uppercase = "sha256=" + lowercase.substring("sha256=".length()).toUpperCase(Locale.ROOT);

        assertThat(uppercase).isNotEqualTo(lowercase);
        assertThat(verifier.verify(body, uppercase)).isTrue();
    }

    @Test
    void nullBodyFails() {
        assertThat(verifier.verify(null, signature(APP_SECRET, new byte[0]))).isFalse();
    }

    @Test
    void emptyBodyCanBeVerified() {
        assertThat(verifier.verify(new byte[0], signature(APP_SECRET, new byte[0]))).isTrue();
    }

    @Test
    void unicodeBodyIsVerifiedOverItsRawBytes() {
        byte[] unicode = Fixtures.bytes("signed-unicode.json");
        String header = signature(APP_SECRET, unicode);

        assertThat(verifier.verify(unicode, header)).isTrue();
        InboundMessage message = (InboundMessage) new WebhookPayloadParser().parse(unicode).get(0).event();
        assertThat(message.text().body()).isEqualTo("Café 😀 — déjà vu, Ελληνικά, 日本語");
        assertThat(message.contact().profileName()).isEqualTo("Renée François");
    }

    @Test
    void escapedBodyIsVerifiedOverItsRawBytesNotItsDecodedText() {
        byte[] escaped = Fixtures.bytes("signed-escapes.json");
        String header = signature(APP_SECRET, escaped);
        InboundMessage message = (InboundMessage) new WebhookPayloadParser().parse(escaped).get(0).event();
        String decoded = new String(escaped, StandardCharsets.UTF_8).replace("\\u00e9", "é").replace("\\/", "/");

        assertThat(new String(escaped, StandardCharsets.US_ASCII)).contains("Caf\\u00e9", "https:\\/\\/example.com");
        assertThat(message.text().body()).isEqualTo("Café 😀 at https://example.com/menu — déjà vu");
        assertThat(verifier.verify(escaped, header)).isTrue();
        assertThat(verifier.verify(decoded.getBytes(StandardCharsets.UTF_8), header))
                .as("unescaping changes the bytes, so the signature no longer matches").isFalse();
    }

    @Test
    void garbageNeverThrows() {
        assertThat(verifier.verify(new byte[]{ (byte) 0xFF, 0x00 }, "sha256=\u00e9\u00e9")).isFalse();
        assertThat(verifier.verify(body, "sha256=" + "\u0660".repeat(64))).isFalse();
    }

    @Test
    void secretIsNeverShown() {
        assertThat(verifier.toString()).doesNotContain(APP_SECRET).doesNotContain("3f1c9a");
    }

    @Test
    void emptySecretIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSignatureVerifier(new byte[0]));
        assertThatIllegalArgumentException().isThrownBy(() -> new WebhookSignatureVerifier((String) null));
    }

    @Test
    void secretBytesAreCopied() {
        byte[] secret = APP_SECRET.getBytes(StandardCharsets.UTF_8);
        WebhookSignatureVerifier fromBytes = new WebhookSignatureVerifier(secret);
        secret[0] ^= 0x7F;

        assertThat(fromBytes.verify(body, signature(APP_SECRET, body))).isTrue();
    }

    /**
     * What Meta sends, computed independently of the class under test.
     */
    private static String signature(String secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(payload));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
