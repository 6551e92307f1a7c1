package dev.camelwhatsapp.cloud.flows.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays the WhatsApp client of a Flow with a data endpoint, written from Meta's description of the protocol and
 * independently of the component: a fresh AES-128 key and 16-byte IV per request, the payload AES-GCM encrypted
 * (128-bit tag appended), the key RSA-OAEP encrypted with SHA-256 and MGF1-SHA-256; the answer is base64 of AES-GCM
 * under the same key with the IV's bits flipped.
 */
final class WhatsAppFlowClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One request as sent, and what is needed to read its answer. */
    record Sealed(String json, byte[] aesKey, byte[] iv) {

        byte[] bytes() {
            return json.getBytes(StandardCharsets.UTF_8);
        }

        /** Decrypts the endpoint's base64 answer. */
        String open(String base64Answer) {
            byte[] flippedIv = new byte[iv.length];
            for (int i = 0; i < iv.length; i++) {
                flippedIv[i] = (byte) (iv[i] ^ 0xFF);
            }
            try {
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, flippedIv));
                return new String(aes.doFinal(Base64.getDecoder().decode(base64Answer.trim())), StandardCharsets.UTF_8);
            } catch (GeneralSecurityException e) {
                throw new AssertionError("the answer does not decrypt with the flipped IV", e);
            }
        }
    }

    private WhatsAppFlowClient() {
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as PKCS#8 PEM, the form {@code openssl genpkey} writes. */
    static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** Encrypts a clear request for the business's public key. */
    static Sealed seal(String clearJson, PublicKey businessKey) {
        byte[] aesKey = new byte[16];
        byte[] iv = new byte[16];
        RANDOM.nextBytes(aesKey);
        RANDOM.nextBytes(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
            byte[] flowData = aes.doFinal(clearJson.getBytes(StandardCharsets.UTF_8));
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.ENCRYPT_MODE, businessKey,
                    new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
            byte[] encryptedKey = rsa.doFinal(aesKey);
            Base64.Encoder b64 = Base64.getEncoder();
            String json = "{\"encrypted_flow_data\":\"" + b64.encodeToString(flowData)
                    + "\",\"encrypted_aes_key\":\"" + b64.encodeToString(encryptedKey)
                    + "\",\"initial_vector\":\"" + b64.encodeToString(iv) + "\"}";
            return new Sealed(json, aesKey, iv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
