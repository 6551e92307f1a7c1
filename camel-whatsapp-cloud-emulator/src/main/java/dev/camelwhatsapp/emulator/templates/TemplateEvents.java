package dev.camelwhatsapp.emulator.templates;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * The account-level webhook Meta sends when a template's review status changes.
 */
public final class TemplateEvents {

    private TemplateEvents() {
    }

    /** A {@code message_template_status_update} event for the template's current status. */
    public static WebhookEvent statusUpdate(StoredTemplate template) {
        ObjectNode value = Json.object();
        value.put("event", template.definition().status().name());
        value.put("message_template_id", Long.parseLong(template.id()));
        value.put("message_template_name", template.definition().name());
        value.put("message_template_language", template.definition().language());
        value.put("reason", template.reason());
        return WebhookEvent.accountChange("message_template_status_update", value);
    }
}
