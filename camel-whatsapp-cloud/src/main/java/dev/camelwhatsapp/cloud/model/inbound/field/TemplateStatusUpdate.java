package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code message_template_status_update}: a template was approved, rejected, paused, disabled, flagged, reinstated,
 * archived or deleted.
 *
 * @param webhookContext the envelope data
 * @param json           the change's {@code value}
 * @param event          the new status: {@code APPROVED}, {@code REJECTED}, {@code PAUSED}, {@code DISABLED},
 *                       {@code FLAGGED}, {@code REINSTATED}, {@code PENDING_DELETION}, {@code ARCHIVED}, ...
 * @param templateId     {@code message_template_id}, as text
 * @param templateName   {@code message_template_name}
 * @param language       {@code message_template_language}, for example {@code en_US}
 * @param category       {@code message_template_category} ({@code MARKETING}, {@code UTILITY},
 *                       {@code AUTHENTICATION}), when Meta sends it
 * @param reason         {@code reason}, for example {@code INCORRECT_CATEGORY} or {@code NONE}
 * @param rejectionInfo  {@code rejection_info} of a rejection, or {@code null}
 * @param otherInfo      {@code other_info} (title and description of a pause or disable), or {@code null}
 */
public record TemplateStatusUpdate(WebhookContext webhookContext, JsonNode json, String event, String templateId,
        String templateName, String language, String category, String reason, RejectionInfo rejectionInfo,
        OtherInfo otherInfo) implements FieldEvent {

    /**
     * @param reason         why the template was rejected
     * @param recommendation what Meta recommends changing
     */
    public record RejectionInfo(String reason, String recommendation) {
    }

    /**
     * @param title       a short title, for example {@code FIRST_PAUSE}
     * @param description Meta's explanation
     */
    public record OtherInfo(String title, String description) {
    }

    /** @return whether the template can no longer be sent (paused, disabled, rejected, pending deletion, deleted) */
    public boolean blocksSending() {
        return event != null && switch (event) {
            case "PAUSED", "DISABLED", "REJECTED", "PENDING_DELETION", "DELETED", "ARCHIVED", "LIMIT_EXCEEDED" -> true;
            default -> false;
        };
    }
}
