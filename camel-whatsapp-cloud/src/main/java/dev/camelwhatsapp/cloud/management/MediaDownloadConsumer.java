package dev.camelwhatsapp.cloud.management;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import dev.camelwhatsapp.cloud.api.GraphApiClient;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Streams a media download into a temporary file, computing the SHA-256 while writing, so that memory use does not
 * depend on the size of the file. An error answer (expired URL, revoked token) is kept, up to a few KB, to become the
 * same typed exception a JSON call would have raised.
 */
final class MediaDownloadConsumer extends AbstractBinResponseConsumer<MediaDownloadConsumer> {

    private static final int ERROR_BODY_LIMIT = 16 * 1024;

    private final MediaInfo media;
    private final GraphApiClient client;
    private final MessageDigest digest;

    private Path file;
    private FileChannel channel;
    private long size;
    private int status;
    private String contentType;
    private ByteArrayOutputStream errorBody;
    private Exception failure;

    MediaDownloadConsumer(MediaInfo media, GraphApiClient client) {
        this.media = media;
        this.client = client;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    protected void start(HttpResponse response, ContentType type) throws IOException {
        status = response.getCode();
        contentType = type == null ? null : type.toString();
        if (status >= 200 && status < 300) {
            file = Files.createTempFile("whatsapp-media-", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } else {
            errorBody = new ByteArrayOutputStream();
        }
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (channel == null) {
            int room = ERROR_BODY_LIMIT - (errorBody == null ? ERROR_BODY_LIMIT : errorBody.size());
            int take = Math.min(room, src.remaining());
            if (take > 0) {
                byte[] bytes = new byte[take];
                src.get(bytes);
                errorBody.write(bytes);
            }
            src.position(src.limit());
            return;
        }
        size += src.remaining();
        if (media.fileSize() >= 0 && size > media.fileSize()) {
            throw new IOException(
                    "Media " + media.id() + " is longer than the " + media.fileSize()
                            + " bytes Meta reported");
        }
        digest.update(src.duplicate());
        while (src.hasRemaining()) {
            channel.write(src);
        }
    }

    @Override
    protected MediaDownloadConsumer buildResult() {
        closeChannel();
        return this;
    }

    @Override
    public void failed(Exception cause) {
        super.failed(cause);
        discard();
    }

    @Override
    public void releaseResources() {
        closeChannel();
    }

    /**
     * @return the verified download; or throws the answer's error, a size or checksum mismatch (the file is deleted
     *         then)
     */
    DownloadedMedia verified() {
        if (errorBody != null) {
            throw client.errorOf(status, contentType, errorBody.toByteArray());
        }
        if (failure != null) {
            discard();
            throw new IllegalStateException(failure);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        String expected = media.sha256();
        if (expected != null && !expected.isBlank() && !matches(expected, actual)) {
            discard();
            throw new MediaChecksumException(media.id(), expected, actual);
        }
        return new DownloadedMedia(media.id(), file, media.mimeType(), size, actual);
    }

    /** Meta reports the hash as hex; some payloads carry it base64-encoded. */
    private static boolean matches(String expected, String actualHex) {
        String trimmed = expected.trim();
        if (trimmed.toLowerCase(Locale.ROOT).equals(actualHex)) {
            return true;
        }
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(actualHex)).equals(trimmed);
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                failure = e;
            }
            channel = null;
        }
    }

    /** Deletes the partial or rejected file. */
    void discard() {
        closeChannel();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file the OS cleans up eventually
            }
        }
    }
}
