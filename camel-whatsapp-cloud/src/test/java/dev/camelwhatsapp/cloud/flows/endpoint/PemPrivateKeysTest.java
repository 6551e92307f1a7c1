package dev.camelwhatsapp.cloud.flows.endpoint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keys as OpenSSL 3.0 wrote them (src/test/resources/flows/keys, test keys only): the private key read must be the
 * half of the public key OpenSSL derived from it.
 */
class PemPrivateKeysTest {

    static final String PASSPHRASE = "flows-test-passphrase";

    @ParameterizedTest
    @ValueSource(strings = { "des3-pkcs8", "aes256-pkcs8", "des3-traditional", "aes128-traditional" })
    void readsEncryptedKeysWithThePassphrase(String name) throws Exception {
        assertMatchesPublicKey(PemPrivateKeys.read(resource(name + ".pem"), PASSPHRASE), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain-pkcs8", "plain-traditional" })
    void readsUnencryptedKeys(String name) throws Exception {
        assertMatchesPublicKey(PemPrivateKeys.read(resource(name + ".pem"), null), name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "des3-pkcs8", "des3-traditional" })
    void wrongPassphraseIsRefusedWithoutQuotingIt(String name) {
        assertThatThrownBy(() -> PemPrivateKeys.read(resource(name + ".pem"), "not-the-passphrase"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong passphrase")
                .hasMessageNotContaining("not-the-passphrase");
    }

    @Test
    void encryptedKeyWithoutPassphraseSaysSo() {
        assertThatThrownBy(() -> PemPrivateKeys.read(resource("des3-pkcs8.pem"), null))
                .hasMessageContaining("set its passphrase");
    }

    @Test
    void somethingElseThanAPrivateKeyIsRefused() {
        assertThatThrownBy(() -> PemPrivateKeys.read(resource("des3-pkcs8.pub.pem"), null))
                .hasMessageContaining("PUBLIC KEY, not an RSA private key");
        assertThatThrownBy(() -> PemPrivateKeys.read("private key please", null))
                .hasMessageContaining("not PEM");
    }

    private static void assertMatchesPublicKey(PrivateKey key, String name) throws Exception {
        String pub = resource(name + ".pub.pem").replaceAll("-----[A-Z ]+-----|\\s", "");
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pub)));
        assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
        assertThat(((RSAPrivateCrtKey) key).getModulus()).isEqualTo(publicKey.getModulus());
        assertThat(((RSAPrivateCrtKey) key).getPublicExponent()).isEqualTo(publicKey.getPublicExponent());
    }

    static String resource(String name) {
        try (InputStream in = PemPrivateKeysTest.class.getResourceAsStream("/flows/keys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
