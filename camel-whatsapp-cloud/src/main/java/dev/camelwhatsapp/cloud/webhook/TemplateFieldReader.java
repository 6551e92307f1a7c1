package dev.camelwhatsapp.cloud.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateCategoryUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateComponentsUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.object;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the four template fields.
 */
final class TemplateFieldReader {

    private TemplateFieldReader() {
    }

    static TemplateStatusUpdate statusUpdate(WebhookContext context, JsonNode value) {
        JsonNode rejection = object(value, "rejection_info");
        JsonNode other = object(value, "other_info");
        return new TemplateStatusUpdate(
                context, value, text(value, "event"), text(value, "message_template_id"),
                text(value, "message_template_name"), text(value, "message_template_language"),
                text(value, "message_template_category"), text(value, "reason"),
                rejection != null ? new TemplateStatusUpdate.RejectionInfo(
                        text(rejection, "reason"),
                        text(rejection, "recommendation")) : null,
                other != null ? new TemplateStatusUpdate.OtherInfo(text(other, "title"), text(other, "description"))
                        : null);
    }

    static TemplateCategoryUpdate categoryUpdate(WebhookContext context, JsonNode value) {
        return new TemplateCategoryUpdate(
                context, value, text(value, "message_template_id"),
                text(value, "message_template_name"), text(value, "message_template_language"),
                text(value, "previous_category"), text(value, "new_category"), text(value, "correct_category"));
    }

    static TemplateQualityUpdate qualityUpdate(WebhookContext context, JsonNode value) {
        return new TemplateQualityUpdate(
                context, value, text(value, "message_template_id"),
                text(value, "message_template_name"), text(value, "message_template_language"),
                text(value, "previous_quality_score"), text(value, "new_quality_score"));
    }

    static TemplateComponentsUpdate componentsUpdate(WebhookContext context, JsonNode value) {
        return new TemplateComponentsUpdate(
                context, value, text(value, "message_template_id"),
                text(value, "message_template_name"), text(value, "message_template_language"),
                text(value, "message_template_element"), text(value, "message_template_title"),
                text(value, "message_template_footer"),
                JsonValues.objects(value, "message_template_buttons",
                        button -> new TemplateComponentsUpdate.Button(
                                text(button, "message_template_button_type"),
                                text(button, "message_template_button_text"),
                                text(button, "message_template_button_url"),
                                text(button, "message_template_button_phone_number"))));
    }
}
