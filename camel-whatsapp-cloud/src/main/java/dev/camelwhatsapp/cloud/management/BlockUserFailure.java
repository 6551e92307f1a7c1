package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user Meta could not block or unblock: an item of {@code block_users.failed_users} in a 139100 answer.
 *
 * @param input   the phone number or WhatsApp id as given
 * @param waId    the user's WhatsApp id, or {@code null} when Meta could not resolve the input
 * @param code    Meta's error code for this user, e.g. 131047 (the user has not written in the last 24 hours), or
 *                {@code null} if Meta gave none
 * @param message Meta's error message, or {@code null}
 * @param details Meta's {@code error_data.details}, or {@code null}
 */
public record BlockUserFailure(String input, String waId, Integer code, String message, String details) {

    static BlockUserFailure fromGraphJson(JsonNode json) {
        JsonNode error = json.path("errors").path(0);
        return new BlockUserFailure(
                json.path("input").asText(null), json.path("wa_id").asText(null),
                error.hasNonNull("code") ? error.get("code").asInt() : null, error.path("message").asText(null),
                error.path("error_data").path("details").asText(null));
    }
}
