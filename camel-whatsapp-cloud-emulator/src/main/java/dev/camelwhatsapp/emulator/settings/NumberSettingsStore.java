package dev.camelwhatsapp.emulator.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * What a business number carries besides messaging: its business profile, block list, QR codes and conversational
 * automation. Each number's settings are guarded by their own lock.
 */
public final class NumberSettingsStore {

    /** One number's settings; callers synchronise on it. */
    public static final class NumberSettings {
        final ObjectNode profile = Json.object();
        /** wa_id to the input it was blocked with, in blocking order. */
        final Map<String, String> blocked = new LinkedHashMap<>();
        /** code to QR code, in creation order. */
        final Map<String, ObjectNode> qrCodes = new LinkedHashMap<>();
        ObjectNode automation;

        NumberSettings() {
            profile.put("messaging_product", "whatsapp");
            profile.put("vertical", "UNDEFINED");
        }
    }

    private final Map<String, NumberSettings> byNumber = new ConcurrentHashMap<>();

    public NumberSettings of(String phoneNumberId) {
        return byNumber.computeIfAbsent(phoneNumberId, id -> new NumberSettings());
    }

    /** @return the number's settings, or {@code null} when nothing was ever set for it (no unbounded growth by look-ups) */
    public NumberSettings find(String phoneNumberId) {
        return byNumber.get(phoneNumberId);
    }

    /** Whether the user is on the number's block list. */
    public boolean isBlocked(String phoneNumberId, String waId) {
        NumberSettings settings = byNumber.get(phoneNumberId);
        if (settings == null) {
            return false;
        }
        synchronized (settings) {
            return settings.blocked.containsKey(waId);
        }
    }

    public void clear() {
        byNumber.clear();
    }
}
