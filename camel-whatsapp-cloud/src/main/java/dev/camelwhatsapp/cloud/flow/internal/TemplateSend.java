package dev.camelwhatsapp.cloud.flow.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;

/**
 * A template send as the pre-send rules see it: which template, and its category when known. The category decides
 * rules Meta applies per category (authentication templates need a phone number, marketing templates respect the
 * user's opt-out); it comes from the send's own header first, else from what the template check last read.
 *
 * @param name     the template name
 * @param language the language code
 * @param category {@code MARKETING}, {@code UTILITY}, {@code AUTHENTICATION}, or {@code null} when unknown
 */
public record TemplateSend(String name, String language, String category) {

    /** Meta's category of marketing templates. */
    public static final String MARKETING = "MARKETING";

    /** Meta's category of authentication (one-time password) templates. */
    public static final String AUTHENTICATION = "AUTHENTICATION";

    /**
     * @param  request         the request about to be sent
     * @param  categoryHeader  the category the route gave, or {@code null}
     * @param  cachedCategory  looks a category up by template name and language, without a request
     * @return                 the template send, or empty when the request is not a template
     */
    public static Optional<TemplateSend> of(MessageRequest request, String categoryHeader,
                                            BiFunction<String, String, Optional<String>> cachedCategory) {
        String name;
        String language;
        if (request.message() instanceof TemplateMessage template) {
            name = template.name();
            language = template.languageCode();
        } else if (request.message() instanceof RawMessage raw && "template".equals(raw.type())) {
            JsonNode json = request.postedJson().path("template"); // read, not copied
            name = json.path("name").asText();
            language = json.path("language").path("code").asText();
        } else {
            return Optional.empty();
        }
        String category = categoryHeader != null && !categoryHeader.isBlank()
                ? categoryHeader.strip()
                : cachedCategory.apply(name, language).orElse(null);
        return Optional.of(new TemplateSend(
                name, language, category == null ? null : category.toUpperCase(Locale.ROOT)));
    }

    /** @return whether the template is known to be a marketing template */
    public boolean isMarketing() {
        return MARKETING.equals(category);
    }

    /** @return whether the template is known to be an authentication template */
    public boolean isAuthentication() {
        return AUTHENTICATION.equals(category);
    }
}
