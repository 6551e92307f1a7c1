package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where WhatsApp takes a media file from: an id returned by a media upload, or a public HTTPS link that
 * Meta downloads itself. Exactly one of the two is set.
 *
 * @param id   the media id from {@code POST /{phone-number-id}/media}, or {@code null}
 * @param link the public HTTPS URL of the file, or {@code null}
 */
public record MediaSource(String id, String link) {

    /** Media Meta downloads from {@code url}: public HTTPS, not behind a URL shortener. */
    public static MediaSource link(String url) {
        return new MediaSource(null, url);
    }

    /** Media uploaded before, by its media id. */
    public static MediaSource id(String mediaId) {
        return new MediaSource(mediaId, null);
    }

    /** @return a new media object {@code {"id":…}} or {@code {"link":…}} */
    ObjectNode toGraphJson() {
        ObjectNode node = GraphJson.object();
        GraphJson.putIfPresent(node, "id", id);
        return GraphJson.putIfPresent(node, "link", link);
    }
}
