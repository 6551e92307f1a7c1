package dev.camelwhatsapp.cloud.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An image, audio, video, document or sticker message: {@code {"id"|"link":…, "caption"?:…, "filename"?:…}}.
 *
 * <pre>{@code
 * MediaMessage.image(MediaSource.link("https://example.com/receipt.png")).caption("Your receipt")
 * MediaMessage.document(MediaSource.id("1013859600285441")).filename("invoice-1234.pdf")
 * }</pre>
 *
 * @param kind     which media message this is
 * @param source   the media id or HTTPS link
 * @param caption  text under an image, video or document, or {@code null}
 * @param filename the file name shown for a document, or {@code null}
 */
public record MediaMessage(MediaKind kind, MediaSource source, String caption, String filename)
        implements
            OutgoingMessage {

    /**
     * @throws InvalidMessageException when the source is not exactly one of id or link, the link is not
     *                                 HTTPS or is a URL shortener, or caption / filename do not fit the kind
     */
    public MediaMessage(MediaKind kind, MediaSource source, String caption, String filename) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
        this.caption = caption;
        this.filename = filename;
        MediaRules.validate(source, caption, filename, type(), kind != MediaKind.AUDIO && kind != MediaKind.STICKER,
                kind == MediaKind.DOCUMENT);
    }

    public static MediaMessage image(MediaSource source) {
        return new MediaMessage(MediaKind.IMAGE, source, null, null);
    }

    public static MediaMessage audio(MediaSource source) {
        return new MediaMessage(MediaKind.AUDIO, source, null, null);
    }

    public static MediaMessage video(MediaSource source) {
        return new MediaMessage(MediaKind.VIDEO, source, null, null);
    }

    public static MediaMessage document(MediaSource source) {
        return new MediaMessage(MediaKind.DOCUMENT, source, null, null);
    }

    public static MediaMessage sticker(MediaSource source) {
        return new MediaMessage(MediaKind.STICKER, source, null, null);
    }

    /** @return a copy with this caption; images, videos and documents only */
    public MediaMessage caption(String caption) {
        return new MediaMessage(kind, source, caption, filename);
    }

    /** @return a copy with this file name; documents only */
    public MediaMessage filename(String filename) {
        return new MediaMessage(kind, source, caption, filename);
    }

    @Override
    public String type() {
        return kind.graphType();
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode media = source.toGraphJson();
        GraphJson.putIfPresent(media, "caption", caption);
        return GraphJson.putIfPresent(media, "filename", filename);
    }
}
