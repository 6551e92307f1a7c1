package dev.camelwhatsapp.cloud.webhook.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.converter.stream.ReaderCache;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body bytes as received, whatever the engine hands over. Servlet engines hand over text when the request has a
 * character encoding (Spring Boot forces UTF-8 on every request); the bytes must come back whatever the JVM's default
 * charset is. One of the two charsets below differs from any default, so the test fails wherever the text would be
 * encoded with the default instead.
 */
class RawBodyTest {

    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());

    @ParameterizedTest
    @ValueSource(strings = { "UTF-8", "ISO-8859-1" })
    void textFromAServletReaderIsEncodedWithTheCharsetItWasDecodedWith(String charsetName) throws Exception {
        Charset charset = Charset.forName(charsetName);
        byte[] received = "{\"text\":{\"body\":\"Où est ma commande ? ½ \\u00e9 \\/\"}}".getBytes(charset);
        // what camel-http-common hands over for a request with a character encoding, and the charset it records
        exchange.setProperty(Exchange.CHARSET_NAME, charsetName);
        exchange.getMessage().setBody(new ReaderCache(new String(received, charset)));

        assertThat(RawBody.read(exchange.getMessage(), 1000)).isEqualTo(received);
    }

    @Test
    void textWithoutARecordedCharsetIsUtf8AsJsonIs() throws Exception {
        byte[] received = "{\"text\":{\"body\":\"Où est ma commande ? \uD83D\uDE9A\"}}".getBytes(
                StandardCharsets.UTF_8);
        exchange.getMessage().setBody(new ReaderCache(new String(received, StandardCharsets.UTF_8)));

        assertThat(RawBody.read(exchange.getMessage(), 1000)).isEqualTo(received);
    }

    @Test
    void textOverTheLimitIsReadOnlyFarEnoughToTellItIsTooLarge() throws Exception {
        exchange.getMessage().setBody(new ReaderCache("x".repeat(50_000)));

        assertThat(RawBody.read(exchange.getMessage(), 1000)).hasSize(1001);
    }

    @Test
    void aStreamIsCopiedByteForByte() throws Exception {
        byte[] received = { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }; // malformed UTF-8 kept
        exchange.getMessage().setBody(new ByteArrayInputStream(received));

        assertThat(RawBody.read(exchange.getMessage(), 1000)).isEqualTo(received);
    }
}
