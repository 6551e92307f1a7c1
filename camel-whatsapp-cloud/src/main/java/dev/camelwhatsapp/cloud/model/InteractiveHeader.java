package dev.camelwhatsapp.cloud.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The header above an interactive message: a short text, or an image, video or document.
 *
 * <pre>{@code
 * InteractiveHeader.text("Your order")
 * InteractiveHeader.image(MediaSource.link("https://example.com/banner.png"))
 * }</pre>
 *
 * @param type  {@code text}, {@code image}, {@code video} or {@code document}
 * @param text  the header text when {@code type} is {@code text}, else {@code null}
 * @param media the media when {@code type} is a media type, else {@code null}
 */
public record InteractiveHeader(String type, String text, MediaSource media) {

    public InteractiveHeader {
        Objects.requireNonNull(type, "type");
    }

    public static InteractiveHeader text(String text) {
        return new InteractiveHeader("text", text, null);
    }

    public static InteractiveHeader image(MediaSource media) {
        return new InteractiveHeader("image", null, media);
    }

    public static InteractiveHeader video(MediaSource media) {
        return new InteractiveHeader("video", null, media);
    }

    public static InteractiveHeader document(MediaSource media) {
        return new InteractiveHeader("document", null, media);
    }

    ObjectNode toGraphJson() {
        ObjectNode header = GraphJson.object().put("type", type);
        GraphJson.putIfPresent(header, "text", text);
        if (media != null) {
            header.set(type, media.toGraphJson());
        }
        return header;
    }
}
