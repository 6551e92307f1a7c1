package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user on a phone number's block list: an item of {@code blockUsers}', {@code unblockUsers}' and
 * {@code listBlockedUsers}' results.
 *
 * @param input the phone number or WhatsApp id as given when blocking, or {@code null} in a listing
 * @param waId  the user's WhatsApp id
 */
public record BlockedUser(String input, String waId) {

    static BlockedUser fromGraphJson(JsonNode json) {
        return new BlockedUser(json.path("input").asText(null), json.path("wa_id").asText(null));
    }
}
