package dev.camelwhatsapp.cloud.management;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.StreamChannel;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityProducer;

/**
 * The multipart/form-data body of {@code POST /{phone-number-id}/media}: the fields {@code messaging_product} and
 * {@code type}, then the file. A file on disk is streamed chunk by chunk as the connection accepts data, so a 100 MB
 * document is never loaded into memory.
 */
final class MultipartMediaBody extends AbstractBinAsyncEntityProducer {

    private static final int CHUNK = 64 * 1024;

    private final byte[] head;
    private final byte[] content;
    private final Path file;
    private final long fileSize;
    private final byte[] tail;

    private int stage;
    private ByteBuffer pending;
    private FileChannel channel;

    private MultipartMediaBody(String boundary, String mimeType, String filename, byte[] content, Path file,
                               long fileSize) {
        super(CHUNK, ContentType.MULTIPART_FORM_DATA.withParameters(
                new org.apache.hc.core5.http.message.BasicNameValuePair("boundary", boundary)));
        String quotedName = filename.replace("\"", "").replace("\r", "").replace("\n", "");
        this.head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"messaging_product\"\r\n\r\nwhatsapp\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"type\"\r\n\r\n" + mimeType + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quotedName + "\"\r\n"
                + "Content-Type: " + mimeType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        this.content = content;
        this.file = file;
        this.fileSize = fileSize;
    }

    /** A body whose file content is already in memory. */
    static MultipartMediaBody ofBytes(String mimeType, String filename, byte[] content) {
        return new MultipartMediaBody(boundary(), mimeType, filename, content, null, content.length);
    }

    /** A body streaming the file from disk. */
    static MultipartMediaBody ofFile(String mimeType, String filename, Path file, long size) {
        return new MultipartMediaBody(boundary(), mimeType, filename, null, file, size);
    }

    private static String boundary() {
        return "camel-whatsapp-cloud-" + UUID.randomUUID();
    }

    @Override
    public long getContentLength() {
        return head.length + fileSize + tail.length;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    protected int availableData() {
        return stage > 3 ? 0 : CHUNK;
    }

    @Override
    protected void produceData(StreamChannel<ByteBuffer> out) throws IOException {
        while (true) {
            if (pending == null || !pending.hasRemaining()) {
                pending = next();
                if (pending == null) {
                    out.endStream();
                    return;
                }
            }
            out.write(pending);
            if (pending.hasRemaining()) {
                return; // the connection is full; it calls again when it can take more
            }
        }
    }

    /** The next piece of the body: head, the content (chunk by chunk for a file), tail; {@code null} at the end. */
    private ByteBuffer next() throws IOException {
        switch (stage) {
            case 0 -> {
                stage = 1;
                return ByteBuffer.wrap(head);
            }
            case 1 -> {
                if (content != null) {
                    stage = 2;
                    return ByteBuffer.wrap(content);
                }
                if (channel == null) {
                    channel = FileChannel.open(file, StandardOpenOption.READ);
                }
                ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
                if (channel.read(chunk) >= 0) {
                    return chunk.flip();
                }
                closeFile();
                stage = 2;
                return next();
            }
            case 2 -> {
                stage = 3;
                return ByteBuffer.wrap(tail);
            }
            default -> {
                stage = 4;
                return null;
            }
        }
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public void releaseResources() {
        super.releaseResources();
        closeFile();
    }

    private void closeFile() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // reading is over either way
            }
            channel = null;
        }
    }
}
