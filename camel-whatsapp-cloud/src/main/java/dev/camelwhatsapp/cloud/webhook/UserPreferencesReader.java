package dev.camelwhatsapp.cloud.webhook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads a {@code user_preferences} change: one {@link UserPreferenceUpdate} per item of
 * {@code value.user_preferences}, with the user's profile name from {@code value.contacts}.
 */
final class UserPreferencesReader {

    private UserPreferencesReader() {
    }

    /**
     * @param  context the envelope data of the change
     * @param  value   the change's {@code value}
     * @param  path    where the value is in the payload, for rejection messages
     * @return         the events; empty when the value holds no item
     */
    static List<FieldEvent> read(WebhookContext context, JsonNode value, String path) {
        List<Contact> contacts = MessageReader.contacts(value);
        List<FieldEvent> events = new ArrayList<>();
        for (JsonNode item : WebhookPayloadParser.items(value, "user_preferences", path)) {
            String waId = text(item, "wa_id");
            String userId = text(item, "user_id");
            Contact contact = contacts.stream()
                    .filter(c -> waId != null && waId.equals(c.waId()) || userId != null && userId.equals(c.userId()))
                    .findFirst().orElse(null);
            events.add(new UserPreferenceUpdate(
                    context, item, waId, userId,
                    text(item, "parent_user_id") != null ? text(item, "parent_user_id")
                            : contact != null ? contact.parentUserId() : null,
                    contact != null ? contact.profileName() : null, text(item, "category"), text(item, "value"),
                    text(item, "detail"), epochSeconds(item, "timestamp")));
        }
        return events;
    }
}
