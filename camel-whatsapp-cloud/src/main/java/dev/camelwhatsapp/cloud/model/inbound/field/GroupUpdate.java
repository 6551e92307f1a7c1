package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;

/**
 * One item of {@code groups[]} of a {@code group_lifecycle_update}, {@code group_participants_update},
 * {@code group_settings_update} or {@code group_status_update} change: a group the business number administers was
 * created, deleted, joined, left, renamed, or changed its settings or status. {@link #field()} says which field.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code groups[]} item
 * @param groupId        {@code group_id}
 * @param type           {@code type}, for example {@code group_create}, {@code group_participants_add},
 *                       {@code group_suspend}
 * @param timestamp      when, or {@code null}
 * @param requestId      {@code request_id} of the API call that caused it, or {@code null}
 * @param subject        {@code subject}, or {@code null}
 * @param description    {@code description}, or {@code null}
 * @param inviteLink     {@code invite_link}, or {@code null}
 * @param participants   the WhatsApp ids in {@code added_participants}, {@code removed_participants},
 *                       {@code participants} or {@code join_request_participants}; empty if none
 * @param errors         {@code errors}; empty if none
 */
public record GroupUpdate(WebhookContext webhookContext, JsonNode json, String groupId, String type,
        Instant timestamp, String requestId, String subject, String description, String inviteLink,
        List<String> participants, List<WebhookErrorDetail> errors) implements FieldEvent {
}
