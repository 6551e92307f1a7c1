package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;
import java.io.InputStream;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;

/**
 * The request body as the bytes received, for the signature check. Engines hand the body over differently
 * (camel-platform-http-vertx: a Vert.x {@code Buffer}; servlet engines: an {@code InputStream} or stream cache), and
 * each of them converts to {@code byte[]} by copying bytes. Nothing here goes through a {@code String}: decoding
 * and encoding again would change escapes and invalid sequences and break the signature.
 */
final class RawBody {

    private RawBody() {
    }

    /**
     * Reads at most {@code limit + 1} bytes of a stream, so that a body over the limit is detected without reading
     * all of it; other body types are already in memory and are copied whole.
     *
     * @param  message the HTTP request message
     * @param  limit   the largest body accepted
     * @return         the body bytes, longer than {@code limit} if the body is too large; empty if there is none
     */
    static byte[] read(Message message, long limit) throws IOException, NoTypeConversionAvailableException {
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
        return exchange.getContext().getTypeConverter().mandatoryConvertTo(byte[].class, exchange, body);
    }
}
