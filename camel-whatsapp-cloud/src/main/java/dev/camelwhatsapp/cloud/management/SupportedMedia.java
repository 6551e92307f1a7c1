package dev.camelwhatsapp.cloud.management;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.camelwhatsapp.cloud.model.MediaKind;

/**
 * The media types the WhatsApp Cloud API accepts for upload, each with its size limit: the one definition that
 * {@code uploadMedia} checks before sending a byte and that the media guide's table is tested against.
 *
 * <p>
 * Images are limited to 5 MB (Meta's current reference; older notes say 16 MB), audio and video to 16 MB, documents to
 * 100 MB. A WebP sticker may be 500 KB when animated and 100 KB when static.
 */
public enum SupportedMedia {

    JPEG("image/jpeg", MediaKind.IMAGE, 5 * Sizes.MB, "jpg", "jpeg"),
    PNG("image/png", MediaKind.IMAGE, 5 * Sizes.MB, "png"),
    AAC("audio/aac", MediaKind.AUDIO, 16 * Sizes.MB, "aac"),
    AMR("audio/amr", MediaKind.AUDIO, 16 * Sizes.MB, "amr"),
    MP3("audio/mpeg", MediaKind.AUDIO, 16 * Sizes.MB, "mp3"),
    MP4_AUDIO("audio/mp4", MediaKind.AUDIO, 16 * Sizes.MB, "m4a"),
    OGG_OPUS("audio/ogg", MediaKind.AUDIO, 16 * Sizes.MB, "ogg", "opus"),
    MP4_VIDEO("video/mp4", MediaKind.VIDEO, 16 * Sizes.MB, "mp4"),
    THREE_GPP("video/3gpp", MediaKind.VIDEO, 16 * Sizes.MB, "3gp"),
    TEXT("text/plain", MediaKind.DOCUMENT, 100 * Sizes.MB, "txt"),
    PDF("application/pdf", MediaKind.DOCUMENT, 100 * Sizes.MB, "pdf"),
    WORD("application/msword", MediaKind.DOCUMENT, 100 * Sizes.MB, "doc"),
    WORD_OPEN_XML("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.DOCUMENT,
            100 * Sizes.MB, "docx"),
    EXCEL("application/vnd.ms-excel", MediaKind.DOCUMENT, 100 * Sizes.MB, "xls"),
    EXCEL_OPEN_XML("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.DOCUMENT,
            100 * Sizes.MB, "xlsx"),
    POWERPOINT("application/vnd.ms-powerpoint", MediaKind.DOCUMENT, 100 * Sizes.MB, "ppt"),
    POWERPOINT_OPEN_XML("application/vnd.openxmlformats-officedocument.presentationml.presentation",
            MediaKind.DOCUMENT, 100 * Sizes.MB, "pptx"),
    WEBP_STICKER("image/webp", MediaKind.STICKER, 500 * Sizes.KB, "webp");

    /** The static sticker limit; {@link #WEBP_STICKER}'s {@link #maxBytes()} is the animated one. */
    public static final long STATIC_STICKER_MAX_BYTES = 100 * Sizes.KB;

    /** The largest upload of any type (documents). */
    public static final long LARGEST_UPLOAD_BYTES = 100 * Sizes.MB;

    private final String mimeType;
    private final MediaKind kind;
    private final long maxBytes;
    private final List<String> extensions;

    SupportedMedia(String mimeType, MediaKind kind, long maxBytes, String... extensions) {
        this.mimeType = mimeType;
        this.kind = kind;
        this.maxBytes = maxBytes;
        this.extensions = List.of(extensions);
    }

    /** @return the MIME type Meta expects, e.g. {@code image/jpeg} */
    public String mimeType() {
        return mimeType;
    }

    /** @return the kind of message this media can be sent as */
    public MediaKind kind() {
        return kind;
    }

    /** @return the largest accepted size in bytes (for stickers: animated) */
    public long maxBytes() {
        return maxBytes;
    }

    /** @return the file name extensions that mean this type, lower case, without the dot */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * @param  mimeType a MIME type, parameters (e.g. {@code ;codecs=opus}) and case ignored
     * @return          the supported type, if WhatsApp accepts it
     */
    public static Optional<SupportedMedia> ofMimeType(String mimeType) {
        if (mimeType == null) {
            return Optional.empty();
        }
        int semicolon = mimeType.indexOf(';');
        String base = (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        for (SupportedMedia media : values()) {
            if (media.mimeType.equals(base)) {
                return Optional.of(media);
            }
        }
        return Optional.empty();
    }

    /**
     * @param  filename a file name such as {@code invoice.PDF}
     * @return          the supported type its extension names, if any
     */
    public static Optional<SupportedMedia> ofFilename(String filename) {
        if (filename == null || filename.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (SupportedMedia media : values()) {
            if (media.extensions.contains(extension)) {
                return Optional.of(media);
            }
        }
        return Optional.empty();
    }

    /**
     * Recognises a supported type from the first bytes of a file (its magic number), for uploads that name no type.
     *
     * @param  head at least the first 16 bytes of the file, when it has them
     * @return      the type, if the bytes are unambiguous
     */
    public static Optional<SupportedMedia> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP_STICKER);
        }
        if (startsWith(head, 0, 'O', 'g', 'g', 'S')) {
            return Optional.of(OGG_OPUS);
        }
        if (startsWith(head, 0, '#', '!', 'A', 'M', 'R')) {
            return Optional.of(AMR);
        }
        if (startsWith(head, 0, 'I', 'D', '3')) {
            return Optional.of(MP3);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p', '3', 'g')) {
            return Optional.of(THREE_GPP);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p', 'M', '4', 'A')) {
            return Optional.of(MP4_AUDIO);
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            return Optional.of(MP4_VIDEO);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes == null || bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Human-readable size, as the docs and error messages print it: {@code 5 MB}, {@code 100 KB}. */
    static String describe(long bytes) {
        return bytes >= Sizes.MB ? bytes / Sizes.MB + " MB" : bytes / Sizes.KB + " KB";
    }

    private static final class Sizes {
        static final long KB = 1024;
        static final long MB = 1024 * KB;
    }
}
