package dev.camelwhatsapp.cloud.model.inbound;

/**
 * An image, audio, video, document or sticker. The media itself is not in the webhook: fetch it with its
 * {@link #id()} through the Graph API (or the short-lived, token-protected {@link #url()} when Meta includes one).
 *
 * @param type     the message type: {@code image}, {@code audio}, {@code video}, {@code document} or {@code sticker}
 * @param id       the media id
 * @param mimeType the MIME type, for example {@code image/jpeg}
 * @param sha256   the SHA-256 of the media file, as Meta sends it
 * @param url      the download URL when included, or {@code null}
 * @param caption  the caption of an image, video or document, or {@code null}
 * @param filename the file name of a document, or {@code null}
 * @param voice    whether an audio is a voice note recorded in WhatsApp
 * @param animated whether a sticker is animated
 */
public record MediaPart(String type, String id, String mimeType, String sha256, String url, String caption,
        String filename, boolean voice, boolean animated) implements MessagePart {
}
