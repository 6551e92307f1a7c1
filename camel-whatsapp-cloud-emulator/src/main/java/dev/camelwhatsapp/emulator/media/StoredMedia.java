package dev.camelwhatsapp.emulator.media;

import java.time.Instant;

/**
 * An uploaded (or simulated inbound) media file.
 *
 * @param id            the media id
 * @param phoneNumberId the business number it belongs to
 * @param mimeType      its MIME type
 * @param sha256        lowercase hex SHA-256 of the bytes, as Meta reports it
 * @param bytes         the content
 * @param filename      the uploaded file name, or {@code null}
 * @param createdAt     virtual time of upload
 */
public record StoredMedia(String id, String phoneNumberId, String mimeType, String sha256, byte[] bytes,
        String filename, Instant createdAt) {
}
