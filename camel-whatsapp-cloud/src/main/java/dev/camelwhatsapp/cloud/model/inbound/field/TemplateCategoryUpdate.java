package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code template_category_update}: Meta changed, or will change, a template's category.
 *
 * @param webhookContext   the envelope data
 * @param json             the change's {@code value}
 * @param templateId       {@code message_template_id}, as text
 * @param templateName     {@code message_template_name}
 * @param language         {@code message_template_language}
 * @param previousCategory {@code previous_category}
 * @param newCategory      {@code new_category}
 * @param correctCategory  {@code correct_category}: the category Meta will apply when the change is announced ahead,
 *                         or {@code null}
 */
public record TemplateCategoryUpdate(WebhookContext webhookContext, JsonNode json, String templateId,
        String templateName, String language, String previousCategory, String newCategory, String correctCategory)
        implements
            FieldEvent {
}
