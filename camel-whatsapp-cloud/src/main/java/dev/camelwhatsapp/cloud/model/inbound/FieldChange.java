package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change of a webhook field that has no typed record ({@code flows}, fields Meta adds later), or a {@code messages}
 * change that carries no message, status or error. Its {@link #json()} is the change's {@code value}; the accessors
 * below read the attributes several fields share and return {@code null} where a field has no such attribute. The
 * fields Meta documents arrive as their own records instead (see {@link FieldEvent}).
 *
 * @param webhookContext the envelope data; its {@code field} names the change
 * @param json           the change's {@code value} as received
 */
public record FieldChange(WebhookContext webhookContext, JsonNode json) implements FieldEvent {

    /**
     * @return the webhook field name, for example {@code message_template_status_update}
     */
    public String field() {
        return webhookContext.field();
    }

    /**
     * @return {@code value.event}: the new template status ({@code APPROVED}, {@code REJECTED}, ...), the quality
     *         event ({@code FLAGGED}, {@code DOWNGRADE}, ...) or the account event; or {@code null}
     */
    public String event() {
        return text("event");
    }

    /**
     * @return {@code value.reason}, for example why a template was rejected, or {@code null}
     */
    public String reason() {
        return text("reason");
    }

    /**
     * @return {@code value.message_template_id} as text (ids exceed what some consumers hold in an int), or
     *         {@code null}
     */
    public String messageTemplateId() {
        return text("message_template_id");
    }

    /**
     * @return {@code value.message_template_name}, or {@code null}
     */
    public String messageTemplateName() {
        return text("message_template_name");
    }

    /**
     * @return {@code value.message_template_language}, for example {@code en_US}, or {@code null}
     */
    public String messageTemplateLanguage() {
        return text("message_template_language");
    }

    /**
     * @return {@code value.current_limit} of a quality update, for example {@code TIER_10K}, or {@code null}
     */
    public String currentLimit() {
        return text("current_limit");
    }

    /**
     * @param  name a property of {@code value}
     * @return      the property as text if it is a string, number or boolean; {@code null} if absent, null or
     *              structured
     */
    public String text(String name) {
        JsonNode node = json.get(name);
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
