package dev.camelwhatsapp.cloud.management;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MediaPart;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

/** uploadMedia, getMedia, downloadMedia and deleteMedia. */
final class MediaOperations {

    private static final int HEAD_BYTES = 32;

    private final WhatsAppCloudConfiguration configuration;
    private final GraphApiClient client;

    MediaOperations(WhatsAppCloudConfiguration configuration, GraphApiClient client) {
        this.configuration = configuration;
        this.client = client;
    }

    CompletableFuture<Consumer<Exchange>> upload(Exchange exchange) {
        Message in = exchange.getMessage();
        UploadSource source = UploadSource.of(exchange, in.getHeader(WhatsAppCloudConstants.MEDIA_FILENAME,
                String.class));
        SupportedMedia type = type(in.getHeader(WhatsAppCloudConstants.MEDIA_MIME_TYPE, String.class), source);
        long limit = type == SupportedMedia.WEBP_STICKER && !animatedWebp(source.head())
                ? SupportedMedia.STATIC_STICKER_MAX_BYTES : type.maxBytes();
        if (source.size() == 0) {
            throw new InvalidMediaException("The media " + source.filename() + " is empty");
        }
        if (source.size() > limit) {
            throw new InvalidMediaException(
                    "The media " + source.filename() + " is " + source.size() + " bytes;"
                            + " WhatsApp accepts at most " + SupportedMedia.describe(limit) + " for "
                            + type.mimeType());
        }
        MultipartMediaBody body = source.bytes() != null
                ? MultipartMediaBody.ofBytes(type.mimeType(), source.filename(), source.bytes())
                : MultipartMediaBody.ofFile(type.mimeType(), source.filename(), source.file(), source.size());
        return client.postMultipart(configuration.getPhoneNumberId() + "/media", body).thenApply(json -> done -> {
            MediaUpload upload = new MediaUpload(
                    json.path("id").asText(null), type.mimeType(), source.size(),
                    source.filename());
            Message out = done.getMessage();
            out.setHeader(WhatsAppCloudConstants.MEDIA_ID, upload.id());
            out.setHeader(WhatsAppCloudConstants.MEDIA_MIME_TYPE, upload.mimeType());
            out.setHeader(WhatsAppCloudConstants.MEDIA_SIZE, upload.size());
            out.setBody(upload);
        });
    }

    CompletableFuture<Consumer<Exchange>> describe(Message in) {
        return info(mediaId(in)).thenApply(info -> done -> {
            headers(done.getMessage(), info.mimeType(), info.sha256(), info.fileSize());
            done.getMessage().setBody(info);
        });
    }

    CompletableFuture<Consumer<Exchange>> download(Message in) {
        return info(mediaId(in)).thenCompose(info -> {
            if (info.url() == null) {
                throw new IllegalStateException("Meta returned no download URL for media " + info.id());
            }
            MediaDownloadConsumer consumer = new MediaDownloadConsumer(info, client);
            return client.download(URI.create(info.url()), consumer).thenApply(MediaDownloadConsumer::verified);
        }).thenApply(media -> done -> {
            done.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange completed) {
                    try {
                        Files.deleteIfExists(media.file());
                    } catch (IOException ignored) {
                        // a temp file the OS cleans up eventually
                    }
                }
            });
            headers(done.getMessage(), media.mimeType(), media.sha256(), media.size());
            done.getMessage().setHeader(WhatsAppCloudConstants.MEDIA_ID, media.mediaId());
            done.getMessage().setBody(media);
        });
    }

    CompletableFuture<Consumer<Exchange>> delete(Message in) {
        return client.delete(mediaId(in), Map.of()).thenApply(json -> done -> done.getMessage()
                .setBody(json.path("success").asBoolean(true)));
    }

    private CompletableFuture<MediaInfo> info(String mediaId) {
        return client.get(mediaId, Map.of()).thenApply(MediaInfo::fromGraphJson);
    }

    private static void headers(Message out, String mimeType, String sha256, long size) {
        out.setHeader(WhatsAppCloudConstants.MEDIA_MIME_TYPE, mimeType);
        out.setHeader(WhatsAppCloudConstants.MEDIA_SHA256, sha256);
        out.setHeader(WhatsAppCloudConstants.MEDIA_SIZE, size);
    }

    /** The header wins; else the body: a media id, an inbound media message, or its media part. */
    static String mediaId(Message in) {
        String id = in.getHeader(WhatsAppCloudConstants.MEDIA_ID, String.class);
        if (id == null) {
            Object body = in.getBody();
            if (body instanceof InboundMessage message && message.media() != null) {
                id = message.media().id();
            } else if (body instanceof MediaPart part) {
                id = part.id();
            } else if (body instanceof String text) {
                id = text.strip();
            } else if (body instanceof InboundMessage message) {
                throw new IllegalArgumentException(
                        "The inbound " + message.type() + " message " + message.id()
                                + " carries no media");
            }
        }
        if (id == null || !id.matches("\\d{1,32}")) {
            throw new IllegalArgumentException(
                    "A media operation needs the media id (digits) as body, in the"
                            + " CamelWhatsAppCloudMediaId header, or an inbound media message as"
                            + " body");
        }
        return id;
    }

    private static SupportedMedia type(String mimeType, UploadSource source) {
        if (mimeType != null) {
            return SupportedMedia.ofMimeType(mimeType).orElseThrow(() -> new InvalidMediaException(
                    "WhatsApp does not accept media of type " + mimeType + "; supported: " + supported()));
        }
        Optional<SupportedMedia> detected = SupportedMedia.ofFilename(source.filename());
        return detected.or(() -> SupportedMedia.sniff(source.head())).orElseThrow(() -> new InvalidMediaException(
                "Cannot tell the media type of " + source.filename() + "; set the CamelWhatsAppCloudMediaMimeType"
                        + " header to one of: " + supported()));
    }

    private static String supported() {
        return String.join(", ", java.util.Arrays.stream(SupportedMedia.values()).map(SupportedMedia::mimeType)
                .distinct().toList());
    }

    /** An extended WebP (VP8X chunk) with the animation flag set. */
    static boolean animatedWebp(byte[] head) {
        return head.length > 20 && head[12] == 'V' && head[13] == 'P' && head[14] == '8' && head[15] == 'X'
                && (head[20] & 0x02) != 0;
    }

    /**
     * What to upload: bytes in memory, or a file streamed from disk. An InputStream is read into memory (up to the
     * largest size WhatsApp accepts); a File or Path never is.
     */
    record UploadSource(String filename, byte[] bytes, Path file, long size, byte[] head) {

        static UploadSource of(Exchange exchange, String filenameHeader) {
            Object body = exchange.getMessage().getBody();
            try {
                if (body instanceof byte[] bytes) {
                    return ofBytes(filenameHeader, bytes);
                }
                if (body instanceof InputStream stream) {
                    return ofStream(filenameHeader, stream);
                }
                Path path = body instanceof Path p ? p : body instanceof File f ? f.toPath() : null;
                if (path == null && body != null && !(body instanceof String)) {
                    File file = exchange.getContext().getTypeConverter().tryConvertTo(File.class, exchange, body);
                    path = file == null ? null : file.toPath();
                }
                if (path != null) {
                    byte[] head;
                    try (InputStream in = Files.newInputStream(path)) {
                        head = in.readNBytes(HEAD_BYTES);
                    }
                    return new UploadSource(
                            filenameHeader != null ? filenameHeader : path.getFileName().toString(),
                            null, path, Files.size(path), head);
                }
                byte[] bytes = body instanceof String ? null
                        : exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
                if (bytes != null) {
                    return ofBytes(filenameHeader, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the media to upload", e);
            }
            throw new IllegalArgumentException(
                    "uploadMedia needs a byte[], File, Path or InputStream body, not "
                            + (body == null ? "an empty body" : body.getClass().getName()));
        }

        private static UploadSource ofStream(String filename, InputStream stream) throws IOException {
            try (stream) {
                return ofBytes(filename, stream.readNBytes((int) SupportedMedia.LARGEST_UPLOAD_BYTES + 1));
            }
        }

        private static UploadSource ofBytes(String filename, byte[] bytes) {
            byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
            return new UploadSource(filename != null ? filename : "media", bytes, null, bytes.length, head);
        }
    }
}
