package dev.camelwhatsapp.cloud.flows.endpoint;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The little of ASN.1 DER that reading an encrypted private key needs: walking sequences, reading OIDs, integers and
 * octet strings, and encoding a few elements. Anything unexpected is a {@link MalformedException}.
 */
final class Der {

    private final int tag;
    private final byte[] content;
    private int position;

    private Der(int tag, byte[] content) {
        this.tag = tag;
        this.content = content;
    }

    static Der parse(byte[] der) {
        return new Der(-1, der);
    }

    boolean hasNext() {
        return position < content.length;
    }

    /** The next element inside this one. */
    Der next() {
        if (position + 2 > content.length) {
            throw new MalformedException("truncated DER");
        }
        int elementTag = content[position++] & 0xFF;
        int length = content[position++] & 0xFF;
        if (length > 0x7F) {
            int bytes = length & 0x7F;
            if (bytes > 4 || position + bytes > content.length) {
                throw new MalformedException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (content[position++] & 0xFF);
            }
        }
        if (length < 0 || position + length > content.length) {
            throw new MalformedException("DER length beyond the data");
        }
        Der element = new Der(elementTag, Arrays.copyOfRange(content, position, position + length));
        position += length;
        return element;
    }

    boolean isSequence() {
        return tag == 0x30;
    }

    /** This element (or, for the parsed root, its first element) as a sequence to walk. */
    Der sequence() {
        Der sequence = tag == -1 ? next() : this;
        if (!sequence.isSequence()) {
            throw new MalformedException("expected a DER SEQUENCE");
        }
        return sequence;
    }

    byte[] octets() {
        expect(0x04);
        return content.clone();
    }

    BigInteger integer() {
        expect(0x02);
        return new BigInteger(content);
    }

    String oid() {
        expect(0x06);
        StringBuilder dotted = new StringBuilder();
        long value = 0;
        for (int i = 0; i < content.length; i++) {
            value = (value << 7) | (content[i] & 0x7F);
            if ((content[i] & 0x80) == 0) {
                if (dotted.length() == 0) {
                    dotted.append(Math.min(value / 40, 2)).append('.').append(value - 40 * Math.min(value / 40, 2));
                } else {
                    dotted.append('.').append(value);
                }
                value = 0;
            }
        }
        return dotted.toString();
    }

    private void expect(int expected) {
        if (tag != expected) {
            throw new MalformedException("expected DER tag " + expected + ", found " + tag);
        }
    }

    static byte[] encode(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] bytes = BigInteger.valueOf(length).toByteArray();
            int start = bytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (bytes.length - start));
            out.write(bytes, start, bytes.length - start);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    static byte[] encodeOid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long value = Long.parseLong(parts[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) {
                int seven = (int) ((value >> (7 * g)) & 0x7F);
                out.write(g == 0 ? seven : seven | 0x80);
            }
        }
        return encode(0x06, out.toByteArray());
    }

    /** DER that does not have the expected structure. */
    static final class MalformedException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }
}
