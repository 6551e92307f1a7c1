package dev.camelwhatsapp.emulator.messages;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WhatsApp message ids: {@code wamid.} followed by base64, unique within the emulator's life.
 */
public final class Wamids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SEQUENCE = new AtomicLong(RANDOM.nextInt(1 << 20));

    private Wamids() {
    }

    /** A new wamid mentioning the user's number, as Meta's do. */
    public static String next(String waId) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + 8 + waId.length());
        buffer.putLong(SEQUENCE.incrementAndGet());
        buffer.putLong(RANDOM.nextLong());
        buffer.put(waId.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // URL-safe alphabet: wamids appear in control API paths
        return "wamid.HBgL" + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }
}
