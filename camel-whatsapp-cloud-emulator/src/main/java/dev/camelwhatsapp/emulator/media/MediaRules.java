package dev.camelwhatsapp.emulator.media;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;

/**
 * Meta's supported media types and their size limits. Stickers are WebP: 100 KB static, 500 KB animated
 * (an animated WebP carries an {@code ANIM} chunk).
 */
public final class MediaRules {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    private static final Map<String, Long> MAX_SIZE_BY_MIME = new LinkedHashMap<>();

    static {
        MAX_SIZE_BY_MIME.put("image/jpeg", 5 * MB);
        MAX_SIZE_BY_MIME.put("image/png", 5 * MB);
        MAX_SIZE_BY_MIME.put("audio/aac", 16 * MB);
        MAX_SIZE_BY_MIME.put("audio/amr", 16 * MB);
        MAX_SIZE_BY_MIME.put("audio/mpeg", 16 * MB);
        MAX_SIZE_BY_MIME.put("audio/mp4", 16 * MB);
        MAX_SIZE_BY_MIME.put("audio/ogg", 16 * MB);
        MAX_SIZE_BY_MIME.put("video/mp4", 16 * MB);
        MAX_SIZE_BY_MIME.put("video/3gpp", 16 * MB);
        MAX_SIZE_BY_MIME.put("text/plain", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/pdf", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/msword", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/vnd.ms-excel", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/vnd.ms-powerpoint", 100 * MB);
        MAX_SIZE_BY_MIME.put("application/vnd.openxmlformats-officedocument.presentationml.presentation", 100 * MB);
        MAX_SIZE_BY_MIME.put("image/webp", 500 * KB);
    }

    /** The largest upload accepted at all (documents). */
    public static final long MAX_UPLOAD_BYTES = 100 * MB;

    private static final long STATIC_STICKER_MAX = 100 * KB;

    private MediaRules() {
    }

    /** Refuses an upload of an unsupported type or over its type's size limit (error 131053). */
    public static void check(String mimeType, byte[] bytes) throws GraphApiException {
        String mime = baseType(mimeType);
        Long max = MAX_SIZE_BY_MIME.get(mime);
        if (max == null) {
            throw GraphApiException.of(MetaErrorCode.MEDIA_UPLOAD_ERROR, "Param file must be a file with one of the"
                    + " following types: " + String.join(", ", MAX_SIZE_BY_MIME.keySet()) + ". Received file of type '"
                    + mime + "'.");
        }
        if (mime.equals("image/webp") && !animatedWebp(bytes)) {
            max = STATIC_STICKER_MAX;
        }
        if (bytes.length > max) {
            throw GraphApiException.of(MetaErrorCode.MEDIA_UPLOAD_ERROR, "File is too big. Max file size for "
                    + mime + " is " + describe(max) + ". Received " + bytes.length + " bytes.");
        }
    }

    /** The supported MIME type of a message type, for placeholders of simulated inbound media. */
    public static Optional<String> defaultMimeFor(String messageType) {
        return Optional.ofNullable(switch (messageType) {
            case "image" -> "image/jpeg";
            case "audio" -> "audio/ogg";
            case "video" -> "video/mp4";
            case "document" -> "application/pdf";
            case "sticker" -> "image/webp";
            default -> null;
        });
    }

    static String baseType(String mimeType) {
        if (mimeType == null) {
            return "";
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean animatedWebp(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains("ANIM");
    }

    private static String describe(long bytes) {
        return bytes >= MB ? bytes / MB + "MB" : bytes / KB + "KB";
    }
}
