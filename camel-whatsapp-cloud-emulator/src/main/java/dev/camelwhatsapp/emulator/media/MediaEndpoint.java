package dev.camelwhatsapp.emulator.media;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Media endpoints: {@code POST /{phone-number-id}/media} (multipart upload), {@code GET /{media-id}} (a download URL
 * valid five minutes, with MIME type, SHA-256 and size), {@code DELETE /{media-id}}, and the download URL itself,
 * which like Meta's needs the Bearer token.
 */
public final class MediaEndpoint {

    /** Path of download URLs, after Meta's {@code lookaside.fbsbx.com/whatsapp_business/attachments/}. */
    public static final String DOWNLOAD_PATH = "/whatsapp_business/attachments/";

    private static final Duration URL_VALIDITY = Duration.ofMinutes(5);

    private final MediaStore store;
    private final Clock clock;
    private final SecretKeySpec urlKey;

    public MediaEndpoint(MediaStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.urlKey = new SecretKeySpec(key, "HmacSHA256");
    }

    public ApiResponse upload(ApiRequest request, String phoneNumberId) throws GraphApiException {
        MultipartForm form = MultipartForm.parse(request.header("content-type"), request.body())
                .orElseThrow(() -> GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                        "Media upload expects a multipart/form-data body"));
        String product = form.part("messaging_product").map(MultipartForm.Part::text).orElse(null);
        if (!"whatsapp".equals(product)) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "The parameter messaging_product is required and must be 'whatsapp'");
        }
        MultipartForm.Part file = form.part("file").filter(p -> p.filename() != null)
                .orElseThrow(() -> GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                        "The parameter file is required"));
        String mimeType = form.part("type").map(MultipartForm.Part::text).orElse(file.contentType());
        MediaRules.check(mimeType, file.content());
        StoredMedia stored = store.store(phoneNumberId, MediaRules.baseType(mimeType), file.content(),
                file.filename(), clock.instant());
        return ApiResponse.ok(Json.object().put("id", stored.id()));
    }

    /** {@code GET /{media-id}}; empty when the id is not a media id (the caller tries other object kinds). */
    public Optional<ApiResponse> describe(ApiRequest request, String mediaId) throws GraphApiException {
        Optional<StoredMedia> found = store.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredMedia media = found.get();
        checkOwner(request, media);
        ObjectNode response = Json.object();
        response.put("messaging_product", "whatsapp");
        response.put("url", downloadUrl(request.header("host"), media.id()));
        response.put("mime_type", media.mimeType());
        response.put("sha256", media.sha256());
        response.put("file_size", media.bytes().length);
        response.put("id", media.id());
        return Optional.of(ApiResponse.ok(response));
    }

    /** A download URL of the media, valid for five virtual minutes, on the given {@code host:port}. */
    public String downloadUrl(String host, String mediaId) {
        long expires = clock.instant().plus(URL_VALIDITY).getEpochSecond();
        return "http://" + (host == null ? "127.0.0.1" : host) + DOWNLOAD_PATH + "?mid=" + mediaId + "&ext=" + expires
                + "&hash=" + urlHash(mediaId, expires);
    }

    /** {@code DELETE /{media-id}}; empty when the id is not a media id. */
    public Optional<ApiResponse> delete(ApiRequest request, String mediaId) throws GraphApiException {
        Optional<StoredMedia> found = store.find(mediaId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        checkOwner(request, found.get());
        store.delete(mediaId);
        return Optional.of(ApiResponse.success());
    }

    /** The download URL; the caller has already checked the Bearer token. */
    public ApiResponse download(ApiRequest request) throws GraphApiException {
        String mediaId = request.query().get("mid");
        String ext = request.query().get("ext");
        String hash = request.query().get("hash");
        if (mediaId == null || ext == null || hash == null || !ext.matches("\\d+")
                || !urlHash(mediaId, Long.parseLong(ext)).equals(hash)) {
            throw new GraphApiException(
                    GraphError.of(MetaErrorCode.INVALID_PARAMETER, "Invalid media URL")
                            .withHttpStatus(404));
        }
        if (clock.instant().getEpochSecond() > Long.parseLong(ext)) {
            throw new GraphApiException(
                    GraphError.of(MetaErrorCode.INVALID_PARAMETER,
                            "The media URL has expired; retrieve a new one with GET /{media-id}").withHttpStatus(404));
        }
        StoredMedia media = store.find(mediaId).orElseThrow(() -> new GraphApiException(
                GraphError.of(MetaErrorCode.INVALID_PARAMETER, "Media not found").withHttpStatus(404)));
        return ApiResponse.bytes(media.mimeType(), media.bytes());
    }

    private static void checkOwner(ApiRequest request, StoredMedia media) throws GraphApiException {
        String phoneNumberId = request.query().get("phone_number_id");
        if (phoneNumberId != null && !phoneNumberId.equals(media.phoneNumberId())) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "The media does not belong to phone number " + phoneNumberId);
        }
    }

    private String urlHash(String mediaId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(urlKey);
            byte[] digest = mac.doFinal((mediaId + ':' + expires).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
