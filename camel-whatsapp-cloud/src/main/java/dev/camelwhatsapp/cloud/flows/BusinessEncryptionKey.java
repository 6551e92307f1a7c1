package dev.camelwhatsapp.cloud.flows;

/**
 * The public key a phone number's Flow data endpoint requests are encrypted for.
 *
 * @param publicKey       the PEM ({@code -----BEGIN PUBLIC KEY-----})
 * @param signatureStatus {@code VALID}, or {@code MISMATCH} when the key must be uploaded again
 */
public record BusinessEncryptionKey(String publicKey, String signatureStatus) {
}
