package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message template as submitted to Meta for review ({@code POST /{waba-id}/message_templates}).
 *
 * <pre>{@code
 * TemplateDefinition.builder("order_shipped", "en_US", TemplateCategory.UTILITY)
 *         .header(TemplateHeader.text("Order {{1}}", "#1234"))
 *         .body("Hello {{1}}, your order {{2}} has shipped and arrives on {{3}}.", "Ann", "#1234", "12 May")
 *         .footer("Reply STOP to opt out")
 *         .button(TemplateButtonDefinition.url("Track", "https://shop.example.com/track/{{1}}", "1234"))
 *         .build()
 * TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
 *         .securityRecommendation(true).codeExpirationMinutes(10)
 *         .button(TemplateButtonDefinition.oneTimePassword(OneTimePassword.copyCode()))
 *         .build()
 * }</pre>
 *
 * Limited-time offers add a {@link LimitedTimeOfferDefinition}, carousels their
 * {@link TemplateCarouselCardDefinition cards}; catalog and multi-product templates a
 * {@link TemplateButtonDefinition#catalog CATALOG} or {@link TemplateButtonDefinition#multiProduct MPM} button.
 *
 * Creating a definition checks nothing beyond the required fields: {@code lintTemplate} (or
 * {@link TemplateLinter#lint}) says what Meta would reject, so that a definition can be inspected whatever is wrong
 * with it.
 *
 * @param name            lower-case letters, digits and underscores
 * @param language        the language code, e.g. {@code en_US}
 * @param category        MARKETING, UTILITY or AUTHENTICATION
 * @param parameterFormat whether the variables are positional or named
 * @param header          the header, or {@code null}
 * @param body            the body, or {@code null} (only authentication templates go without)
 * @param footer          the footer text, or {@code null}
 * @param buttons         the buttons, possibly none
 * @param securityRecommendation authentication templates: whether the body adds Meta's "do not share this code"
 * @param codeExpirationMinutes  authentication templates: the code's validity shown in the footer, or {@code null}
 * @param limitedTimeOffer       the limited-time offer, or {@code null}
 * @param cards                  the cards of a carousel template, possibly none
 */
public record TemplateDefinition(String name, String language, TemplateCategory category,
        ParameterFormat parameterFormat, TemplateHeader header, TemplateBody body, String footer,
        List<TemplateButtonDefinition> buttons, boolean securityRecommendation, Integer codeExpirationMinutes,
        LimitedTimeOfferDefinition limitedTimeOffer, List<TemplateCarouselCardDefinition> cards) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Requires the name, language and category; copies the buttons. */
    public TemplateDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(category, "category");
        parameterFormat = parameterFormat == null ? ParameterFormat.POSITIONAL : parameterFormat;
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    /** A template without authentication options, limited-time offer or carousel. */
    public TemplateDefinition(String name, String language, TemplateCategory category, ParameterFormat parameterFormat,
                              TemplateHeader header, TemplateBody body, String footer,
                              List<TemplateButtonDefinition> buttons) {
        this(name, language, category, parameterFormat, header, body, footer, buttons, false, null, null, List.of());
    }

    public static Builder builder(String name, String language, TemplateCategory category) {
        return new Builder(name, language, category);
    }

    /**
     * @return the request body of {@code POST /{waba-id}/message_templates}:
     *         {@code {"name","language","category","parameter_format"?,"components":[HEADER, BODY, FOOTER, BUTTONS]}}
     */
    public ObjectNode toGraphJson() {
        ObjectNode json = NODES.objectNode().put("name", name).put("language", language).put("category", category
                .name());
        if (parameterFormat == ParameterFormat.NAMED) {
            json.put("parameter_format", "NAMED");
        }
        ArrayNode components = json.putArray("components");
        if (header != null) {
            components.add(headerJson(header));
        }
        if (limitedTimeOffer != null) {
            ObjectNode offer = components.addObject().put("type", "LIMITED_TIME_OFFER").putObject("limited_time_offer");
            if (limitedTimeOffer.text() != null) {
                offer.put("text", limitedTimeOffer.text());
            }
            offer.put("has_expiration", limitedTimeOffer.hasExpiration());
        }
        if (body != null) {
            components.add(bodyJson(body));
        } else if (category == TemplateCategory.AUTHENTICATION) {
            // Meta writes an authentication template's body itself; only the security line is chosen
            components.addObject().put("type", "BODY").put("add_security_recommendation", securityRecommendation);
        }
        if (footer != null || codeExpirationMinutes != null) {
            ObjectNode component = components.addObject().put("type", "FOOTER");
            if (footer != null) {
                component.put("text", footer);
            }
            if (codeExpirationMinutes != null) {
                component.put("code_expiration_minutes", codeExpirationMinutes);
            }
        }
        if (!cards.isEmpty()) {
            ArrayNode cardArray = components.addObject().put("type", "CAROUSEL").putArray("cards");
            for (TemplateCarouselCardDefinition card : cards) {
                ArrayNode cardComponents = cardArray.addObject().putArray("components");
                if (card.header() != null) {
                    cardComponents.add(headerJson(card.header()));
                }
                if (card.body() != null) {
                    cardComponents.add(bodyJson(card.body()));
                }
                if (!card.buttons().isEmpty()) {
                    buttonsJson(cardComponents.addObject(), card.buttons());
                }
            }
        }
        if (!buttons.isEmpty()) {
            buttonsJson(components.addObject(), buttons);
        }
        return json;
    }

    private static ObjectNode headerJson(TemplateHeader header) {
        ObjectNode component = NODES.objectNode().put("type", "HEADER").put("format", header.format().name());
        if (header.format() == HeaderFormat.TEXT) {
            component.put("text", header.text());
            examples(component, "header_text", header.examples(), header.namedExamples(), false);
        } else if (header.mediaHandle() != null) {
            component.putObject("example").putArray("header_handle").add(header.mediaHandle());
        }
        return component;
    }

    private static ObjectNode bodyJson(TemplateBody body) {
        ObjectNode component = NODES.objectNode().put("type", "BODY").put("text", body.text());
        examples(component, "body_text", body.examples(), body.namedExamples(), true);
        return component;
    }

    private static void buttonsJson(ObjectNode component, List<TemplateButtonDefinition> buttons) {
        ArrayNode array = component.put("type", "BUTTONS").putArray("buttons");
        for (TemplateButtonDefinition button : buttons) {
            ObjectNode node = array.addObject().put("type", button.type().name());
            if (button.type() != TemplateButtonDefinition.Type.COPY_CODE && button.text() != null) {
                node.put("text", button.text());
            }
            if (button.url() != null) {
                node.put("url", button.url());
            }
            if (button.phoneNumber() != null) {
                node.put("phone_number", button.phoneNumber());
            }
            if (button.type() == TemplateButtonDefinition.Type.COPY_CODE && !button.examples().isEmpty()) {
                node.put("example", button.examples().get(0));
            } else if (!button.examples().isEmpty()) {
                ArrayNode example = node.putArray("example");
                button.examples().forEach(example::add);
            }
            if (button.otp() != null) {
                oneTimePasswordJson(node, button.otp());
            }
        }
    }

    private static void oneTimePasswordJson(ObjectNode node, OneTimePassword otp) {
        node.put("otp_type", otp.otpType().name());
        if (otp.autofillText() != null) {
            node.put("autofill_text", otp.autofillText());
        }
        if (!otp.supportedApps().isEmpty()) {
            ArrayNode apps = node.putArray("supported_apps");
            otp.supportedApps().forEach(app -> apps.addObject().put("package_name", app.packageName())
                    .put("signature_hash", app.signatureHash()));
        }
        if (otp.otpType() == OneTimePassword.OtpType.ZERO_TAP) {
            node.put("zero_tap_terms_accepted", otp.zeroTapTermsAccepted());
        }
    }

    /** Meta nests body examples one level deeper than header examples ({@code [[…]]} against {@code […]}). */
    private static void examples(ObjectNode component, String field, List<String> positional, Map<String, String> named,
                                 boolean nested) {
        if (!named.isEmpty()) {
            ArrayNode params = component.putObject("example").putArray(field + "_named_params");
            named.forEach((param, example) -> params.addObject().put("param_name", param).put("example", example));
        } else if (!positional.isEmpty()) {
            ArrayNode values = component.putObject("example").putArray(field);
            ArrayNode target = nested ? values.addArray() : values;
            positional.forEach(target::add);
        }
    }

    /**
     * Reads a template as Meta returns it, or as a caller wrote it by hand. Component and button types Meta may add
     * later are kept as {@code OTHER} buttons or skipped; nothing fails on them.
     *
     * @param  json a template object: {@code {"name","language","category","parameter_format"?,"components":[…]}}
     * @return      the definition
     * @throws IllegalArgumentException when name, language or category is missing or unknown
     */
    public static TemplateDefinition fromGraphJson(JsonNode json) {
        String name = json.path("name").asText(null);
        String language = json.path("language").isObject() ? json.path("language").path("code").asText(null)
                : json.path("language").asText(null);
        String category = json.path("category").asText("");
        if (name == null || language == null) {
            throw new IllegalArgumentException("A template needs a name and a language");
        }
        TemplateCategory parsedCategory;
        try {
            parsedCategory = TemplateCategory.valueOf(category.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(
                    "Template " + name + " has category '" + category
                            + "'; expected MARKETING, UTILITY or AUTHENTICATION");
        }
        Builder builder = builder(name, language, parsedCategory);
        if ("NAMED".equalsIgnoreCase(json.path("parameter_format").asText())) {
            builder.parameterFormat(ParameterFormat.NAMED);
        }
        for (JsonNode component : json.path("components")) {
            switch (component.path("type").asText("").toUpperCase(Locale.ROOT)) {
                case "HEADER" -> builder.header(header(component));
                case "BODY" -> {
                    builder.securityRecommendation(component.path("add_security_recommendation").asBoolean(false));
                    if (component.hasNonNull("text")) {
                        builder.body(body(component));
                    }
                }
                case "FOOTER" -> {
                    builder.footer(component.path("text").asText(null));
                    if (component.hasNonNull("code_expiration_minutes")) {
                        builder.codeExpirationMinutes(component.path("code_expiration_minutes").asInt());
                    }
                }
                case "BUTTONS" -> component.path("buttons").forEach(button -> builder.button(button(button)));
                case "LIMITED_TIME_OFFER" -> builder.limitedTimeOffer(new LimitedTimeOfferDefinition(
                        component.path("limited_time_offer").path("text").asText(null),
                        component.path("limited_time_offer").path("has_expiration").asBoolean(false)));
                case "CAROUSEL" -> component.path("cards").forEach(card -> builder.card(card(card)));
                default -> {
                    // component kinds Meta adds later are not modelled here
                }
            }
        }
        // templates created before named parameters existed carry no parameter_format: named examples imply it
        return builder.build();
    }

    private static TemplateBody body(JsonNode component) {
        return new TemplateBody(
                component.path("text").asText(null),
                strings(component.path("example").path("body_text").path(0)),
                named(component.path("example").path("body_text_named_params")));
    }

    private static TemplateCarouselCardDefinition card(JsonNode card) {
        TemplateHeader header = null;
        TemplateBody body = null;
        List<TemplateButtonDefinition> buttons = new ArrayList<>();
        for (JsonNode component : card.path("components")) {
            switch (component.path("type").asText("").toUpperCase(Locale.ROOT)) {
                case "HEADER" -> header = header(component);
                case "BODY" -> body = body(component);
                case "BUTTONS" -> component.path("buttons").forEach(button -> buttons.add(button(button)));
                default -> {
                    // nothing else belongs on a card
                }
            }
        }
        return new TemplateCarouselCardDefinition(header, body, buttons);
    }

    private static TemplateHeader header(JsonNode component) {
        HeaderFormat format;
        try {
            format = HeaderFormat.valueOf(component.path("format").asText("TEXT").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            format = HeaderFormat.TEXT;
        }
        JsonNode example = component.path("example");
        return new TemplateHeader(
                format, component.path("text").asText(null), strings(example.path("header_text")),
                named(example.path("header_text_named_params")), example.path("header_handle").path(0).asText(null));
    }

    private static TemplateButtonDefinition button(JsonNode button) {
        TemplateButtonDefinition.Type type;
        try {
            type = TemplateButtonDefinition.Type.valueOf(button.path("type").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            type = TemplateButtonDefinition.Type.OTHER;
        }
        JsonNode example = button.path("example");
        List<String> examples = example.isTextual() ? List.of(example.asText()) : strings(example);
        OneTimePassword otp = null;
        if (type == TemplateButtonDefinition.Type.OTP) {
            OneTimePassword.OtpType otpType;
            try {
                otpType = OneTimePassword.OtpType.valueOf(button.path("otp_type").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                otpType = OneTimePassword.OtpType.COPY_CODE;
            }
            List<OneTimePassword.SupportedApp> apps = new ArrayList<>();
            button.path("supported_apps").forEach(app -> apps.add(new OneTimePassword.SupportedApp(
                    app.path("package_name").asText(null), app.path("signature_hash").asText(null))));
            otp = new OneTimePassword(
                    otpType, button.path("text").asText(null),
                    button.path("autofill_text").asText(null), apps,
                    button.path("zero_tap_terms_accepted").asBoolean(false));
        }
        return new TemplateButtonDefinition(
                type, button.path("text").asText(null), button.path("url").asText(null),
                button.path("phone_number").asText(null), examples, otp);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, String> named(JsonNode params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = params.elements(); it.hasNext();) {
            JsonNode param = it.next();
            values.put(param.path("param_name").asText(), param.path("example").asText(null));
        }
        return values;
    }

    /** Builds a {@link TemplateDefinition} component by component. */
    public static final class Builder {

        private final String name;
        private final String language;
        private final TemplateCategory category;
        private ParameterFormat parameterFormat = ParameterFormat.POSITIONAL;
        private TemplateHeader header;
        private TemplateBody body;
        private String footer;
        private final List<TemplateButtonDefinition> buttons = new ArrayList<>();
        private final List<TemplateCarouselCardDefinition> cards = new ArrayList<>();
        private boolean securityRecommendation;
        private Integer codeExpirationMinutes;
        private LimitedTimeOfferDefinition limitedTimeOffer;

        private Builder(String name, String language, TemplateCategory category) {
            this.name = name;
            this.language = language;
            this.category = category;
        }

        /** Positional is the default; {@link #body(TemplateBody) named bodies} set NAMED themselves. */
        public Builder parameterFormat(ParameterFormat format) {
            this.parameterFormat = format;
            return this;
        }

        public Builder header(TemplateHeader header) {
            this.header = header;
            if (header != null && !header.namedExamples().isEmpty()) {
                parameterFormat = ParameterFormat.NAMED;
            }
            return this;
        }

        /** A body with positional variables and one example per variable, in order. */
        public Builder body(String text, String... examples) {
            return body(TemplateBody.of(text, examples));
        }

        public Builder body(TemplateBody body) {
            this.body = body;
            if (body != null && !body.namedExamples().isEmpty()) {
                parameterFormat = ParameterFormat.NAMED;
            }
            return this;
        }

        public Builder footer(String footer) {
            this.footer = footer;
            return this;
        }

        public Builder button(TemplateButtonDefinition button) {
            buttons.add(Objects.requireNonNull(button, "button"));
            return this;
        }

        /** Authentication templates: adds Meta's "For your security, do not share this code." to the body. */
        public Builder securityRecommendation(boolean add) {
            this.securityRecommendation = add;
            return this;
        }

        /** Authentication templates: shows "This code expires in N minutes." in the footer. */
        public Builder codeExpirationMinutes(Integer minutes) {
            this.codeExpirationMinutes = minutes;
            return this;
        }

        /** Makes a limited-time offer template, with this headline and, if {@code hasExpiration}, a countdown. */
        public Builder limitedTimeOffer(String text, boolean hasExpiration) {
            return limitedTimeOffer(new LimitedTimeOfferDefinition(text, hasExpiration));
        }

        public Builder limitedTimeOffer(LimitedTimeOfferDefinition offer) {
            this.limitedTimeOffer = offer;
            return this;
        }

        /** Adds a card of a media card carousel template. */
        public Builder card(TemplateCarouselCardDefinition card) {
            cards.add(Objects.requireNonNull(card, "card"));
            return this;
        }

        public TemplateDefinition build() {
            return new TemplateDefinition(
                    name, language, category, parameterFormat, header, body, footer, buttons,
                    securityRecommendation, codeExpirationMinutes, limitedTimeOffer, cards);
        }
    }
}
