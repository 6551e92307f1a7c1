package dev.camelwhatsapp.emulator;

import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message template as stored in the WhatsApp Business Account: the same fields Meta's
 * {@code GET /{waba-id}/message_templates} returns.
 *
 * @param name       lowercase letters, digits and underscores
 * @param language   language code such as {@code en_US}
 * @param category   {@code MARKETING}, {@code UTILITY} or {@code AUTHENTICATION}
 * @param status     review status
 * @param components Meta's component array ({@code HEADER}, {@code BODY}, {@code FOOTER}, {@code BUTTONS})
 */
public record TemplateDefinition(String name, String language, String category, TemplateStatus status,
        JsonNode components) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public TemplateDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(status, "status");
        category = Objects.requireNonNull(category, "category").toUpperCase(Locale.ROOT);
        if (components == null || !components.isArray()) {
            throw new IllegalArgumentException("Template components must be a JSON array");
        }
        components = components.deepCopy();
    }

    /**
     * A template from Meta's JSON component array, e.g.
     * {@code [{"type":"BODY","text":"Hi {{1}}"}]}.
     */
    public static TemplateDefinition of(String name, String language, String category, TemplateStatus status,
                                        String componentsJson) {
        try {
            return new TemplateDefinition(name, language, category, status, MAPPER.readTree(componentsJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid template components JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A copy with another status. */
    public TemplateDefinition withStatus(TemplateStatus newStatus) {
        return new TemplateDefinition(name, language, category, newStatus, components);
    }

    /** A copy with another category, as Meta does when it reclassifies a template. */
    public TemplateDefinition withCategory(String newCategory) {
        return new TemplateDefinition(name, language, newCategory, status, components);
    }

    /** Starts a template definition; it is {@code UTILITY} and {@code APPROVED} unless told otherwise. */
    public static Builder builder(String name, String language) {
        return new Builder(name, language);
    }

    /**
     * Builds the component array without writing JSON by hand.
     */
    public static final class Builder {
        private final String name;
        private final String language;
        private String category = "UTILITY";
        private TemplateStatus status = TemplateStatus.APPROVED;
        private final ArrayNode components = JsonNodeFactory.instance.arrayNode();
        private ArrayNode buttons;

        private Builder(String name, String language) {
            this.name = name;
            this.language = language;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder status(TemplateStatus status) {
            this.status = status;
            return this;
        }

        /** A text header; may contain one variable {@code {{1}}}. */
        public Builder header(String text) {
            components.addObject().put("type", "HEADER").put("format", "TEXT").put("text", text);
            return this;
        }

        /** A media or location header ({@code IMAGE}, {@code VIDEO}, {@code DOCUMENT}, {@code LOCATION}): one parameter at send time. */
        public Builder mediaHeader(String format) {
            components.addObject().put("type", "HEADER").put("format", format.toUpperCase(Locale.ROOT));
            return this;
        }

        /** The body text, with positional variables {@code {{1}}, {{2}}, ...}. */
        public Builder body(String text) {
            components.addObject().put("type", "BODY").put("text", text);
            return this;
        }

        public Builder footer(String text) {
            components.addObject().put("type", "FOOTER").put("text", text);
            return this;
        }

        /** A quick-reply button; its payload is optional at send time. */
        public Builder quickReplyButton(String text) {
            buttons().addObject().put("type", "QUICK_REPLY").put("text", text);
            return this;
        }

        /** A URL button; a {@code {{1}}} at the end of the URL needs one parameter at send time. */
        public Builder urlButton(String text, String url) {
            buttons().addObject().put("type", "URL").put("text", text).put("url", url);
            return this;
        }

        /** A copy-code button (coupon codes, one-time passwords): one parameter at send time. */
        public Builder copyCodeButton(String example) {
            ObjectNode button = buttons().addObject().put("type", "COPY_CODE");
            button.putArray("example").add(example);
            return this;
        }

        private ArrayNode buttons() {
            if (buttons == null) {
                ObjectNode component = components.addObject().put("type", "BUTTONS");
                buttons = component.putArray("buttons");
            }
            return buttons;
        }

        public TemplateDefinition build() {
            return new TemplateDefinition(name, language, category, status, components);
        }
    }
}
