package dev.camelwhatsapp.emulator.templates;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * A template in the store: its definition plus the id Meta assigns (the {@code hsm_id}).
 *
 * @param id         the template id
 * @param definition the definition and current status
 * @param reason     the rejection reason reported in webhooks ({@code NONE} unless rejected)
 * @param previousCategory the category before Meta recategorised the template, or {@code null}
 */
public record StoredTemplate(String id, TemplateDefinition definition, String reason, String previousCategory) {

    public StoredTemplate(String id, TemplateDefinition definition, String reason) {
        this(id, definition, reason, null);
    }

    /** The object {@code GET /{waba-id}/message_templates} lists. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("name", definition.name());
        node.set("components", definition.components().deepCopy());
        node.put("language", definition.language());
        node.put("status", definition.status().name());
        node.put("category", definition.category());
        if (previousCategory != null) {
            node.put("previous_category", previousCategory);
        }
        node.put("id", id);
        return node;
    }
}
