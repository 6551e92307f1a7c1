package dev.camelwhatsapp.cloud.model.inbound.field;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code message_template_components_update}: a template's content was edited.
 *
 * @param webhookContext the envelope data
 * @param json           the change's {@code value}
 * @param templateId     {@code message_template_id}, as text
 * @param templateName   {@code message_template_name}
 * @param language       {@code message_template_language}
 * @param body           {@code message_template_element}: the body text
 * @param title          {@code message_template_title}: the header text, or {@code null}
 * @param footer         {@code message_template_footer}, or {@code null}
 * @param buttons        {@code message_template_buttons}; empty if none
 */
public record TemplateComponentsUpdate(WebhookContext webhookContext, JsonNode json, String templateId,
        String templateName, String language, String body, String title, String footer, List<Button> buttons)
        implements
            FieldEvent {

    /**
     * @param type        {@code message_template_button_type}: {@code URL}, {@code PHONE_NUMBER},
     *                    {@code QUICK_REPLY}, ...
     * @param text        {@code message_template_button_text}
     * @param url         {@code message_template_button_url}, or {@code null}
     * @param phoneNumber {@code message_template_button_phone_number}, or {@code null}
     */
    public record Button(String type, String text, String url, String phoneNumber) {
    }
}
