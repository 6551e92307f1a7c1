package dev.camelwhatsapp.cloud.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A send of an approved message template: {@code {"name":…, "language":{"code":…}, "components":[…]}}.
 * Templates are the only messages allowed outside the 24-hour customer service window.
 *
 * <pre>{@code
 * TemplateMessage.builder("order_confirmation", "en_US")
 *         .headerImage(MediaSource.link("https://example.com/order.png"))
 *         .bodyText("Ann", "#1234")
 *         .button(TemplateButton.quickReply(0, "TRACK_1234"))
 *         .build()
 * TemplateMessage.withBodyParameters("order_shipped", "en_US", List.of("Ann", "#1234"))
 * TemplateMessage.withNamedBodyParameters("order_shipped", "en_US", Map.of("first_name", "Ann"))
 * TemplateMessage.builder("spring_sale", "en_US")                       // limited-time offer with a coupon
 *         .headerImage(MediaSource.link("https://example.com/sale.png"))
 *         .limitedTimeOffer(Instant.parse("2026-05-31T23:59:59Z"))
 *         .button(TemplateButton.copyCode(0, "SPRING20")).button(TemplateButton.url(1, "spring"))
 *         .build()
 * TemplateMessage.builder("summer_picks", "en_US")                      // media card carousel
 *         .bodyText("Ann")
 *         .card(TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.id("1013859600285441"))))
 *         .card(TemplateCarouselCard.of(1, TemplateParameter.image(MediaSource.id("1013859600285442"))))
 *         .build()
 * TemplateMessage.authentication("login_code", "en_US", "418305")      // one-time password
 * }</pre>
 *
 * @param name             the template's name as approved
 * @param languageCode     the language of the approved translation, e.g. {@code en_US}
 * @param headerParameters values for the header (one text, media or location at most in practice)
 * @param bodyParameters   values for the body, in order
 * @param buttons          values for the template's dynamic buttons
 * @param offerExpiration  when a limited-time offer template's offer ends, or {@code null}
 * @param cards            the cards of a media card carousel template, empty for other templates
 */
public record TemplateMessage(
        String name, String languageCode, List<TemplateParameter> headerParameters,
        List<TemplateParameter> bodyParameters, List<TemplateButton> buttons, Instant offerExpiration,
        List<TemplateCarouselCard> cards) implements OutgoingMessage {

    /** @throws InvalidMessageException when the name, language or a parameter breaks a WhatsApp rule */
    public TemplateMessage(
                           String name, String languageCode, List<TemplateParameter> headerParameters,
                           List<TemplateParameter> bodyParameters, List<TemplateButton> buttons,
                           Instant offerExpiration,
                           List<TemplateCarouselCard> cards) {
        this.name = name;
        this.languageCode = languageCode;
        this.headerParameters = List.copyOf(headerParameters);
        this.bodyParameters = List.copyOf(bodyParameters);
        this.buttons = List.copyOf(buttons);
        this.offerExpiration = offerExpiration;
        this.cards = cards == null ? List.of() : List.copyOf(cards);
        TemplateRules.validate(this);
    }

    /**
     * A template without a limited-time offer or carousel.
     *
     * @throws InvalidMessageException when the name, language or a parameter breaks a WhatsApp rule
     */
    public TemplateMessage(
                           String name, String languageCode, List<TemplateParameter> headerParameters,
                           List<TemplateParameter> bodyParameters, List<TemplateButton> buttons) {
        this(name, languageCode, headerParameters, bodyParameters, buttons, null, List.of());
    }

    /**
     * A send of an authentication template: the one-time password fills the body's fixed text and the template's
     * one-time password button (copy code, one-tap or zero-tap), which Meta addresses as a URL button at index 0.
     *
     * @param code the password, at most {@link MessageLimits#TEMPLATE_AUTHENTICATION_CODE} characters
     * @throws InvalidMessageException when the code is missing or too long
     */
    public static TemplateMessage authentication(String name, String languageCode, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidMessageException.required("template.components[0].parameters[0].text");
        }
        MessageLimits.TEMPLATE_AUTHENTICATION_CODE.check("template.components[0].parameters[0].text",
                FieldReader.length(code));
        return builder(name, languageCode).bodyText(code).button(TemplateButton.url(0, code)).build();
    }

    public static Builder builder(String name, String languageCode) {
        return new Builder(name, languageCode);
    }

    /**
     * A template whose body takes positional parameters ({@code {{1}}, {{2}}, …}).
     *
     * @param parameters the values in order; a {@link TemplateParameter} is used as is, anything else is
     *                   sent as text ({@code String.valueOf})
     */
    public static TemplateMessage withBodyParameters(String name, String languageCode, List<?> parameters) {
        Builder builder = builder(name, languageCode);
        parameters.forEach(value -> builder.body(asParameter(value)));
        return builder.build();
    }

    /**
     * A template whose body takes named parameters ({@code {{first_name}}}), in the map's iteration order.
     *
     * @param parameters parameter names to values; a text, currency or date-time {@link TemplateParameter}
     *                   is used with the map's key as its name, anything else is sent as text
     */
    public static TemplateMessage withNamedBodyParameters(String name, String languageCode, Map<String, ?> parameters) {
        Builder builder = builder(name, languageCode);
        parameters.forEach((parameterName, value) -> builder.body(named(asParameter(value), parameterName)));
        return builder.build();
    }

    private static TemplateParameter asParameter(Object value) {
        if (value instanceof TemplateParameter parameter) {
            return parameter;
        }
        return TemplateParameter.text(value == null ? null : String.valueOf(value));
    }

    private static TemplateParameter named(TemplateParameter parameter, String parameterName) {
        if (parameter instanceof TemplateParameter.Text text) {
            return text.named(parameterName);
        }
        if (parameter instanceof TemplateParameter.Currency currency) {
            return currency.named(parameterName);
        }
        if (parameter instanceof TemplateParameter.DateTime dateTime) {
            return dateTime.named(parameterName);
        }
        throw new InvalidMessageException(
                "template.components[0].parameters",
                "template body parameter " + parameterName + " must be text, currency or date_time");
    }

    @Override
    public String type() {
        return "template";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode template = GraphJson.putIfPresent(GraphJson.object(), "name", name);
        GraphJson.putIfPresent(template.putObject("language"), "code", languageCode);
        if (headerParameters.isEmpty() && bodyParameters.isEmpty() && buttons.isEmpty() && offerExpiration == null
                && cards.isEmpty()) {
            return template;
        }
        ArrayNode components = template.putArray("components");
        addComponent(components, "header", headerParameters);
        addComponent(components, "body", bodyParameters);
        if (offerExpiration != null) {
            components.addObject().put("type", "limited_time_offer").putArray("parameters").addObject()
                    .put("type", "limited_time_offer").putObject("limited_time_offer")
                    .put("expiration_time_ms", offerExpiration.toEpochMilli());
        }
        if (!cards.isEmpty()) {
            ArrayNode array = components.addObject().put("type", "carousel").putArray("cards");
            cards.forEach(card -> array.add(card.toGraphJson()));
        }
        buttons.forEach(button -> components.add(button.toGraphJson()));
        return template;
    }

    private static void addComponent(ArrayNode components, String type, List<TemplateParameter> parameters) {
        if (!parameters.isEmpty()) {
            ArrayNode array = components.addObject().put("type", type).putArray("parameters");
            parameters.forEach(parameter -> array.add(parameter.toGraphJson()));
        }
    }

    /**
     * Builds a {@link TemplateMessage}; components are sent in the order header, body, limited-time offer, carousel,
     * buttons.
     */
    public static final class Builder {
        private final String name;
        private final String languageCode;
        private final List<TemplateParameter> header = new ArrayList<>();
        private final List<TemplateParameter> body = new ArrayList<>();
        private final List<TemplateButton> buttons = new ArrayList<>();
        private final List<TemplateCarouselCard> cards = new ArrayList<>();
        private Instant offerExpiration;

        private Builder(String name, String languageCode) {
            this.name = name;
            this.languageCode = languageCode;
        }

        public Builder header(TemplateParameter parameter) {
            header.add(parameter);
            return this;
        }

        public Builder headerText(String text) {
            return header(TemplateParameter.text(text));
        }

        public Builder headerImage(MediaSource source) {
            return header(TemplateParameter.image(source));
        }

        public Builder headerVideo(MediaSource source) {
            return header(TemplateParameter.video(source));
        }

        public Builder headerDocument(MediaSource source) {
            return header(TemplateParameter.document(source));
        }

        public Builder headerLocation(double latitude, double longitude, String name, String address) {
            return header(TemplateParameter.location(latitude, longitude, name, address));
        }

        /** Adds body parameters after those already added. */
        public Builder body(TemplateParameter... parameters) {
            body.addAll(List.of(parameters));
            return this;
        }

        /** Adds positional text parameters after those already added. */
        public Builder bodyText(String... texts) {
            for (String text : texts) {
                body.add(TemplateParameter.text(text));
            }
            return this;
        }

        public Builder button(TemplateButton button) {
            buttons.add(button);
            return this;
        }

        /** Sets when the offer of a limited-time offer template ends; the user sees a countdown to it. */
        public Builder limitedTimeOffer(Instant expiration) {
            this.offerExpiration = expiration;
            return this;
        }

        /** Adds a card of a media card carousel template. */
        public Builder card(TemplateCarouselCard card) {
            cards.add(card);
            return this;
        }

        /** @throws InvalidMessageException when the template send breaks a WhatsApp rule */
        public TemplateMessage build() {
            return new TemplateMessage(name, languageCode, header, body, buttons, offerExpiration, cards);
        }
    }
}
