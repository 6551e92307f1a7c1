package dev.camelwhatsapp.cloud.model.inbound.field;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code message_template_quality_update}: a template's quality score changed.
 *
 * @param webhookContext       the envelope data
 * @param json                 the change's {@code value}
 * @param templateId           {@code message_template_id}, as text
 * @param templateName         {@code message_template_name}
 * @param language             {@code message_template_language}
 * @param previousQualityScore {@code previous_quality_score}: {@code GREEN}, {@code YELLOW}, {@code RED},
 *                             {@code UNKNOWN}
 * @param newQualityScore      {@code new_quality_score}
 */
public record TemplateQualityUpdate(WebhookContext webhookContext, JsonNode json, String templateId,
        String templateName, String language, String previousQualityScore, String newQualityScore)
        implements
            FieldEvent {
}
