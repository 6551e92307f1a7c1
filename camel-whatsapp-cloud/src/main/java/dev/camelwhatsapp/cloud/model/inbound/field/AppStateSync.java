package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * One item of {@code smb_app_state_sync}: a contact added to, or removed from, the WhatsApp Business app's address
 * book of a coexistence number.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code state_sync[]} item
 * @param type           {@code type}, {@code contact}
 * @param action         {@code action}: {@code add} or {@code remove}
 * @param fullName       {@code contact.full_name}, or {@code null}
 * @param firstName      {@code contact.first_name}, or {@code null}
 * @param phoneNumber    {@code contact.phone_number}
 * @param timestamp      {@code metadata.timestamp}, or {@code null}
 */
public record AppStateSync(WebhookContext webhookContext, JsonNode json, String type, String action,
        String fullName, String firstName, String phoneNumber, Instant timestamp) implements FieldEvent {
}
