package dev.camelwhatsapp.emulator.webhook;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serialises webhook bodies the way Meta's servers do: every non-ASCII character as a lowercase {@code \\uxxxx} escape
 * (UTF-16 units, so an emoji is two escapes) and
 * every {@code /} as {@code \/}. An app that re-serialises the JSON before checking the signature gets different
 * bytes and a wrong HMAC, exactly as it would with Meta; the emulator keeps that trap.
 */
final class MetaJsonWriter {

    private static final class MetaEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializedString ESCAPED_SLASH = new SerializedString("\\/");
        private final int[] asciiEscapes;

        MetaEscapes() {
            asciiEscapes = standardAsciiEscapesForJSON();
            asciiEscapes['/'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == '/') {
                return ESCAPED_SLASH;
            }
            // Meta writes lowercase hex; Jackson's own non-ASCII escaping would write uppercase
            return ch > 0x7F ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.getFactory().setCharacterEscapes(new MetaEscapes());
    }

    private MetaJsonWriter() {
    }

    static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
