package dev.camelwhatsapp.cloud.management;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A template as Meta has it: {@code getTemplate}'s result and the items of {@code listTemplates}.
 *
 * @param id             the template id ({@code hsm_id})
 * @param name           the name
 * @param language       the language code
 * @param status         APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …
 * @param category       the category Meta assigned (it may differ from the one submitted)
 * @param rejectedReason why Meta rejected it, when it did, or {@code null}
 * @param definition     the components read into the typed model, or {@code null} when they could not be read
 * @param json           the template object as Meta returned it
 */
public record TemplateInfo(String id, String name, String language, String status, String category,
        String rejectedReason, TemplateDefinition definition, JsonNode json) {

    /** @return whether the template can be sent */
    public boolean isApproved() {
        return "APPROVED".equalsIgnoreCase(status);
    }

    /**
     * @param  json a template object: {@code {"id","name","language","status","category","rejected_reason"?,
     *              "components":[…]}}
     * @return      the info
     */
    public static TemplateInfo fromGraphJson(JsonNode json) {
        TemplateDefinition definition;
        try {
            definition = TemplateDefinition.fromGraphJson(json);
        } catch (IllegalArgumentException unreadable) {
            definition = null;
        }
        String reason = json.path("rejected_reason").asText(null);
        return new TemplateInfo(
                json.path("id").asText(null), json.path("name").asText(null),
                json.path("language").asText(null), json.path("status").asText(null),
                json.path("category").asText(null), "NONE".equals(reason) ? null : reason, definition, json);
    }
}
