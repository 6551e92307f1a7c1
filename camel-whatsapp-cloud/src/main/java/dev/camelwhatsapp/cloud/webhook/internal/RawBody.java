package dev.camelwhatsapp.cloud.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;

/**
 * The request body as the bytes received, for the signature check. Engines hand the body over differently
 * (camel-platform-http-vertx: a Vert.x {@code Buffer}; servlet engines: an {@code InputStream} or stream cache), and
 * each of them converts to {@code byte[]} by copying bytes. Nothing here goes through a {@code String} of our own
 * making: decoding and encoding again would change escapes and invalid sequences and break the signature.
 * <p>
 * The exception is a servlet request with a character encoding (on Spring Boot every request has one: its
 * {@code CharacterEncodingFilter} forces UTF-8): camel-http-common then reads the body through the request's
 * {@code Reader} and hands over text ({@code ReaderCache}). Camel's converter would encode that text with the JVM's
 * default charset, which changes every non-ASCII character where the default is not the request's encoding (Java 17
 * in a POSIX locale: US-ASCII). Encoding it with the charset it was decoded with gives back the bytes received, for
 * any well-formed body; a malformed one no longer matches its signature and is refused.
 */
public final class RawBody {

    private RawBody() {
    }

    /**
     * Reads at most {@code limit + 1} bytes of a stream (characters of a reader), so that a body over the limit is
     * detected without reading all of it; other body types are already in memory and are copied whole.
     *
     * @param  message the HTTP request message
     * @param  limit   the largest body accepted
     * @return         the body bytes, longer than {@code limit} if the body is too large; empty if there is none
     */
    public static byte[] read(Message message, long limit) throws IOException, NoTypeConversionAvailableException {
        Object body = message.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof InputStream stream) {
            try (stream) {
                return stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
        }
        Exchange exchange = message.getExchange();
        if (body instanceof Reader reader) {
            try (reader) {
                return encode(reader, decodedWith(exchange), limit);
            }
        }
        return exchange.getContext().getTypeConverter().mandatoryConvertTo(byte[].class, exchange, body);
    }

    /**
     * camel-http-common records the request's character encoding, the one its {@code Reader} decodes with, as the
     * exchange's charset. JSON without one is UTF-8 (RFC 8259).
     */
    private static Charset decodedWith(Exchange exchange) {
        String name = exchange.getProperty(Exchange.CHARSET_NAME, String.class);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    /** Every character is at least one byte: reading {@code limit + 1} characters is enough to see a body too large. */
    private static byte[] encode(Reader reader, Charset charset, long limit) throws IOException {
        int most = (int) Math.min(Integer.MAX_VALUE - 8, limit + 1);
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        int read;
        while (text.length() < most
                && (read = reader.read(chunk, 0, Math.min(chunk.length, most - text.length()))) != -1) {
            text.append(chunk, 0, read);
        }
        return text.toString().getBytes(charset);
    }
}
