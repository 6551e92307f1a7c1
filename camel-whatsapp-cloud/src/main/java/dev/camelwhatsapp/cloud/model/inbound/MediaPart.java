package dev.camelwhatsapp.cloud.model.inbound;

/**
 * An image, audio, video, document or sticker. The media itself is not in the webhook: fetch it with its
 * {@link #id()} through the Graph API (or the short-lived, token-protected {@link #url()} when Meta includes one).
 *
 * @param type     the message type: {@code image}, {@code audio}, {@code video}, {@code document} or {@code sticker}
 * @param id       the media id
 * @param mimeType the MIME type, for example {@code image/jpeg}
 * @param sha256   the SHA-256 of the media file, as Meta sends it: base64 in webhooks (while {@code GET /{media-id}}
 *                 and downloads report hex); compare with {@link #sha256Hex()}
 * @param url      the download URL when included, or {@code null}
 * @param caption  the caption of an image, video or document, or {@code null}
 * @param filename the file name of a document, or {@code null}
 * @param voice    whether an audio is a voice note recorded in WhatsApp
 * @param animated whether a sticker is animated
 */
public record MediaPart(String type, String id, String mimeType, String sha256, String url, String caption,
        String filename, boolean voice, boolean animated) implements MessagePart {

    /**
     * The SHA-256 as lower-case hex, whichever encoding Meta used, so it compares with the hex digest of
     * {@code GET /{media-id}} and of a verified download.
     *
     * @return the hex digest, or {@code null} when the webhook carries none or it is not a SHA-256 in hex or base64
     */
    public String sha256Hex() {
        if (sha256 == null) {
            return null;
        }
        String trimmed = sha256.trim();
        if (trimmed.matches("[0-9a-fA-F]{64}")) {
            return trimmed.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            byte[] digest = java.util.Base64.getDecoder().decode(trimmed);
            return digest.length == 32 ? java.util.HexFormat.of().formatHex(digest) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
