package dev.camelwhatsapp.cloud.management;

/**
 * An uploaded media file: {@code uploadMedia}'s result. Send it with {@code MediaSource.id(upload.id())}; Meta keeps
 * uploaded media 30 days.
 *
 * @param id       the media id Meta assigned
 * @param mimeType the MIME type it was uploaded as
 * @param size     the number of bytes uploaded
 * @param filename the file name sent with it
 */
public record MediaUpload(String id, String mimeType, long size, String filename) {
}
