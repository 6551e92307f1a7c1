package dev.camelwhatsapp.cloud.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.camelwhatsapp.cloud.model.FieldReader.has;
import static dev.camelwhatsapp.cloud.model.FieldReader.length;
import static dev.camelwhatsapp.cloud.model.FieldReader.object;
import static dev.camelwhatsapp.cloud.model.FieldReader.optionalText;
import static dev.camelwhatsapp.cloud.model.FieldReader.path;

/**
 * Rules for a media object ({@code {id | link, caption?, filename?}}), wherever it appears: media
 * messages, interactive headers and template header parameters.
 */
final class MediaRules {

    private MediaRules() {
    }

    /**
     * @param media           the media object
     * @param path            its Graph API path, e.g. {@code image} or {@code interactive.header.video}
     * @param captionAllowed  whether this kind of media may carry a caption
     * @param filenameAllowed whether it may carry a filename (documents only)
     */
    static void validate(JsonNode media, String path, boolean captionAllowed, boolean filenameAllowed) {
        object(media, path);
        boolean hasId = has(media, "id");
        if (hasId == has(media, "link")) {
            throw exactlyOne(path);
        }
        String id = hasId ? MessageValidator.requiredNonEmpty(media, path, "id") : null;
        String link = hasId ? null : MessageValidator.requiredNonEmpty(media, path, "link");
        validate(id, link, optionalText(media, path, "caption"), optionalText(media, path, "filename"), path,
                captionAllowed, filenameAllowed);
    }

    /**
     * The same rules on a typed message's media: {@link MediaMessage}, interactive headers and template media
     * parameters check themselves through this.
     */
    static void validate(MediaSource source, String caption, String filename, String path, boolean captionAllowed,
                         boolean filenameAllowed) {
        if ((source.id() == null) == (source.link() == null)) {
            throw exactlyOne(path);
        }
        String id = source.id() == null ? null : FieldReader.required(source.id(), path(path, "id"));
        String link = id == null ? FieldReader.required(source.link(), path(path, "link")) : null;
        validate(id, link, caption, filename, path, captionAllowed, filenameAllowed);
    }

    private static void validate(String id, String link, String caption, String filename, String path,
                                 boolean captionAllowed, boolean filenameAllowed) {
        if (id == null) {
            link(link, path(path, "link"));
        }
        if (caption != null) {
            if (!captionAllowed) {
                throw InvalidMessageException.notAllowed(path(path, "caption"), "on " + path);
            }
            MessageLimits.MEDIA_CAPTION.check(path(path, "caption"), length(caption));
        }
        if (filename != null && !filenameAllowed) {
            throw InvalidMessageException.notAllowed(path(path, "filename"), "on " + path
                    + "; only documents have one");
        }
    }

    private static InvalidMessageException exactlyOne(String path) {
        return new InvalidMessageException(path, path + " needs exactly one of id or link");
    }

    /** Meta fetches media links itself: only public HTTPS, and never through a URL shortener. */
    static void link(String link, String path) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            throw new InvalidMessageException(path, path + " is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new InvalidMessageException(path, path + " must be an https URL");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new InvalidMessageException(path, path + " has no host");
        }
        String normalisedHost = host.toLowerCase(Locale.ROOT);
        for (String shortener : MessageLimits.URL_SHORTENER_HOSTS) {
            if (normalisedHost.equals(shortener) || normalisedHost.endsWith("." + shortener)) {
                throw new InvalidMessageException(
                        path,
                        path + " points to the URL shortener " + shortener + "; WhatsApp rejects shortened links");
            }
        }
    }
}
