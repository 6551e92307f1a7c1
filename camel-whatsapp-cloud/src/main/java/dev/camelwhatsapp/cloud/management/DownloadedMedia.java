package dev.camelwhatsapp.cloud.management;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A media file downloaded by {@code downloadMedia}: streamed from Meta into a temporary file while its SHA-256 was
 * computed and then checked against the one Meta reported. The file is deleted when the exchange completes; a route
 * that keeps the media copies it first, e.g. {@code .setBody(simple("${body.file}")).to("file:inbox")}.
 *
 * @param mediaId  the media id
 * @param file     the temporary file holding the media
 * @param mimeType the MIME type Meta reported
 * @param size     the number of bytes downloaded
 * @param sha256   the verified SHA-256, lower-case hex
 */
public record DownloadedMedia(String mediaId, Path file, String mimeType, long size, String sha256) {

    /**
     * @return             a new stream over the file; the caller closes it
     * @throws IOException when the file is gone (for example the exchange has completed)
     */
    public InputStream openStream() throws IOException {
        return Files.newInputStream(file);
    }
}
