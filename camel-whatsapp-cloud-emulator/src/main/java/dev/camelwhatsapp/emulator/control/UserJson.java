package dev.camelwhatsapp.emulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * A simulated user as the {@code --config} file and the control API write it:
 * {@code {"wa_id": "15551234567", "name": "Alice", "reads_messages": true}} for a user known by phone number, or
 * {@code {"user_id": "US.13491208655302741918", "username": "maria.lopez", "name": "Maria"}} for a user who adopted
 * a username and shows the business no phone number. Both may carry {@code user_id}, {@code username} and
 * {@code parent_user_id}.
 */
public final class UserJson {

    private UserJson() {
    }

    /**
     * @param  user the JSON object
     * @return      the user
     * @throws IllegalArgumentException when it has neither {@code wa_id} nor {@code user_id}, or one is malformed
     */
    public static WhatsAppUser user(JsonNode user) {
        return new WhatsAppUser(
                Json.text(user, "wa_id"), Json.text(user, "name"),
                user.path("reads_messages").asBoolean(true), Json.text(user, "user_id"), Json.text(user, "username"),
                Json.text(user, "parent_user_id"));
    }

    /**
     * @param  user a user
     * @return      the user as JSON, without the fields it does not have
     */
    public static ObjectNode describe(WhatsAppUser user) {
        ObjectNode node = Json.object();
        if (user.waId() != null) {
            node.put("wa_id", user.waId());
        }
        node.put("user_id", user.userId());
        if (user.username() != null) {
            node.put("username", user.username());
        }
        if (user.parentUserId() != null) {
            node.put("parent_user_id", user.parentUserId());
        }
        node.put("name", user.profileName()).put("reads_messages", user.readsMessages());
        return node;
    }
}
