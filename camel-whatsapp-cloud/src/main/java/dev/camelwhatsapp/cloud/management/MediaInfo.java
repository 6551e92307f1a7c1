package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code GET /{media-id}} tells about an uploaded or received media file: {@code getMedia}'s result.
 *
 * @param id       the media id
 * @param url      the download URL; valid about five minutes and only with the access token
 * @param mimeType the MIME type, e.g. {@code image/jpeg}
 * @param sha256   the SHA-256 of the file as Meta reports it
 * @param fileSize the size in bytes, or -1 when Meta did not say
 */
public record MediaInfo(String id, String url, String mimeType, String sha256, long fileSize) {

    /**
     * @param  json {@code {"messaging_product","url","mime_type","sha256","file_size","id"}}; Meta sends
     *              {@code file_size} as a number or as a string
     * @return      the media info
     */
    public static MediaInfo fromGraphJson(JsonNode json) {
        JsonNode size = json.path("file_size");
        long fileSize = size.isNumber() ? size.asLong()
                : size.isTextual() && size.asText().matches("\\d{1,18}") ? Long.parseLong(size.asText()) : -1;
        return new MediaInfo(
                json.path("id").asText(null), json.path("url").asText(null),
                json.path("mime_type").asText(null), json.path("sha256").asText(null), fileSize);
    }
}
