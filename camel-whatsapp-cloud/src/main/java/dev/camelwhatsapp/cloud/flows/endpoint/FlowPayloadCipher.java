package dev.camelwhatsapp.cloud.flows.endpoint;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of the Flow data endpoint, as Meta specifies it: the client picks an AES-128 key, encrypts it for the
 * business with RSA-OAEP (SHA-256, MGF1 with SHA-256) and the payload with AES-GCM (128-bit tag appended to the
 * ciphertext); the business answers with AES-GCM under the same key and the initialisation vector with every bit
 * flipped, base64-encoded.
 * <p>
 * Instances are immutable and thread-safe; the private key is never shown.
 */
public final class FlowPayloadCipher {

    private static final int TAG_BITS = 128;
    private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec(
            "SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final PrivateKey privateKey;

    /** @param privateKey the RSA private key whose public half is registered with Meta for the phone number */
    public FlowPayloadCipher(PrivateKey privateKey) {
        if (privateKey == null || !"RSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("The Flow endpoint needs an RSA private key");
        }
        this.privateKey = privateKey;
    }

    /**
     * @param  encryptedAesKey   {@code encrypted_aes_key}, base64
     * @param  encryptedFlowData {@code encrypted_flow_data}, base64
     * @param  initialVector     {@code initial_vector}, base64
     * @return                   the clear request and what its answer is encrypted with
     * @throws FlowDecryptionException if any part is missing, not base64, or does not decrypt (wrong key, tampered)
     */
    public Decrypted decrypt(String encryptedAesKey, String encryptedFlowData, String initialVector) {
        if (encryptedAesKey == null || encryptedFlowData == null || initialVector == null) {
            throw new FlowDecryptionException("encrypted_aes_key, encrypted_flow_data and initial_vector are required");
        }
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(Cipher.DECRYPT_MODE, privateKey, OAEP_SHA256);
            byte[] aesKey = rsa.doFinal(base64.decode(encryptedAesKey));
            byte[] iv = base64.decode(initialVector);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            byte[] clear = aes.doFinal(base64.decode(encryptedFlowData));
            return new Decrypted(clear, aesKey, iv);
        } catch (GeneralSecurityException | IllegalArgumentException undecryptable) {
            // the cause's message could describe key material: only its type is kept
            throw new FlowDecryptionException(
                    "The Flow payload cannot be decrypted ("
                            + undecryptable.getClass().getSimpleName() + ")");
        }
    }

    /** A decrypted request: its clear bytes, and the key and IV of its answer. */
    public static final class Decrypted {

        private final byte[] clear;
        private final byte[] aesKey;
        private final byte[] iv;

        Decrypted(byte[] clear, byte[] aesKey, byte[] iv) {
            this.clear = clear;
            this.aesKey = aesKey;
            this.iv = iv;
        }

        /** @return the request JSON, UTF-8 */
        public byte[] clear() {
            return clear.clone();
        }

        /**
         * Encrypts an answer to this request.
         *
         * @param  response the answer JSON, UTF-8
         * @return          base64 of AES-GCM(response) under the request's key and the flipped IV
         */
        public String encryptResponse(byte[] response) {
            byte[] flipped = new byte[iv.length];
            for (int i = 0; i < iv.length; i++) {
                flipped[i] = (byte) ~iv[i];
            }
            try {
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(
                        TAG_BITS, flipped));
                return Base64.getEncoder().encodeToString(aes.doFinal(response));
            } catch (GeneralSecurityException requiredByTheJavaPlatform) {
                throw new IllegalStateException("AES-GCM is not available", requiredByTheJavaPlatform);
            }
        }

        @Override
        public String toString() {
            return "Decrypted[" + clear.length + " bytes, key hidden]";
        }
    }

    @Override
    public String toString() {
        return "FlowPayloadCipher[RSA-OAEP-SHA256/AES-GCM, key hidden]";
    }
}
