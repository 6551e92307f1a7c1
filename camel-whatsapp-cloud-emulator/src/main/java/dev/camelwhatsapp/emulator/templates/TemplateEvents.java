package dev.camelwhatsapp.emulator.templates;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * The account-level webhook Meta sends when a template's review status changes.
 */
public final class TemplateEvents {

    private TemplateEvents() {
    }

    /** A {@code message_template_status_update} event for the template's current status. */
    public static WebhookEvent statusUpdate(StoredTemplate template, java.time.Instant at) {
        ObjectNode value = Json.object();
        value.put("event", template.definition().status().name());
        value.put("message_template_id", Long.parseLong(template.id()));
        value.put("message_template_name", template.definition().name());
        value.put("message_template_language", template.definition().language());
        value.put("reason", template.reason());
        value.put("message_template_category", template.definition().category());
        if (template.definition().status() == TemplateStatus.REJECTED) {
            ObjectNode rejection = value.putObject("rejection_info");
            rejection.put("reason", template.reason());
            rejection.put("recommendation", recommendation(template.reason()));
        }
        return WebhookEvent.accountChange("message_template_status_update", value, at);
    }

    private static String recommendation(String reason) {
        return switch (reason) {
            case "INVALID_FORMAT" -> "Check the variables ({{1}}, {{2}}, ... in sequence, not at the start or end of"
                    + " the body), links and duplicate content, then submit the template again.";
            case "ABUSIVE_CONTENT" -> "Remove requests for sensitive information such as passwords or card numbers.";
            case "INCORRECT_CATEGORY" -> "Submit the template in the category that matches its content.";
            default -> "Review the template against the WhatsApp Business Messaging Policy and submit it again.";
        };
    }
}
