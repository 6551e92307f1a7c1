package dev.camelwhatsapp.emulator.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Media kept in memory up to a total size; the oldest files are evicted first (Meta keeps uploads 30 days; an
 * emulator has to keep memory bounded instead).
 */
public final class MediaStore {

    private final long maxBytes;
    private final Map<String, StoredMedia> media = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private long totalBytes;

    public MediaStore(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Stores a file and returns it with its new id and hash. */
    public synchronized StoredMedia store(String phoneNumberId, String mimeType, byte[] bytes, String filename,
                                          Instant now) {
        String id = newId();
        StoredMedia stored = new StoredMedia(
                id, phoneNumberId, mimeType, sha256(bytes), bytes.clone(), filename,
                now);
        media.put(id, stored);
        totalBytes += bytes.length;
        var oldest = media.entrySet().iterator();
        while (totalBytes > maxBytes && oldest.hasNext()) {
            StoredMedia evicted = oldest.next().getValue();
            if (evicted.id().equals(id)) {
                break; // never evict what was just stored, even if it alone exceeds the cap
            }
            totalBytes -= evicted.bytes().length;
            oldest.remove();
        }
        return stored;
    }

    public synchronized Optional<StoredMedia> find(String id) {
        return Optional.ofNullable(media.get(id));
    }

    public synchronized boolean delete(String id) {
        StoredMedia removed = media.remove(id);
        if (removed != null) {
            totalBytes -= removed.bytes().length;
        }
        return removed != null;
    }

    public synchronized void clear() {
        media.clear();
        totalBytes = 0;
    }

    private String newId() {
        // Meta media ids are 15-16 digit numbers
        return Long.toString(1_000_000_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999_999_999L));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
