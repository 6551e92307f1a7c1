package dev.camelwhatsapp.emulator.media;

import java.time.Instant;

/**
 * An uploaded (or simulated inbound) media file.
 *
 * @param id            the media id
 * @param phoneNumberId the business number it belongs to
 * @param mimeType      its MIME type
 * @param sha256        lowercase hex SHA-256 of the bytes, as Meta reports it in {@code GET /{media-id}}
 * @param bytes         the content
 * @param filename      the uploaded file name, or {@code null}
 * @param createdAt     virtual time of upload
 */
public record StoredMedia(String id, String phoneNumberId, String mimeType, String sha256, byte[] bytes,
        String filename, Instant createdAt) {

    /**
     * The same SHA-256 in standard base64, as Meta writes it in inbound media webhooks (the two encodings of one
     * digest: Meta's webhooks and its media endpoint disagree on the encoding, not on the hash).
     */
    public String sha256Base64() {
        return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(sha256));
    }
}
