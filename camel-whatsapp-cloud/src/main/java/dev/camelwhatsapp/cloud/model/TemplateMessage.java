package dev.camelwhatsapp.cloud.model;

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
 * }</pre>
 *
 * @param name             the template's name as approved
 * @param languageCode     the language of the approved translation, e.g. {@code en_US}
 * @param headerParameters values for the header (one text, media or location at most in practice)
 * @param bodyParameters   values for the body, in order
 * @param buttons          values for the template's dynamic buttons
 */
public record TemplateMessage(
        String name, String languageCode, List<TemplateParameter> headerParameters,
        List<TemplateParameter> bodyParameters, List<TemplateButton> buttons) implements Message {

    /** @throws InvalidMessageException when the name, language or a parameter breaks a WhatsApp rule */
    public TemplateMessage(
            String name, String languageCode, List<TemplateParameter> headerParameters,
            List<TemplateParameter> bodyParameters, List<TemplateButton> buttons) {
        this.name = name;
        this.languageCode = languageCode;
        this.headerParameters = List.copyOf(headerParameters);
        this.bodyParameters = List.copyOf(bodyParameters);
        this.buttons = List.copyOf(buttons);
        MessageValidator.validateContent(type(), toGraphJson());
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
        throw new InvalidMessageException("template.components[0].parameters",
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
        if (headerParameters.isEmpty() && bodyParameters.isEmpty() && buttons.isEmpty()) {
            return template;
        }
        ArrayNode components = template.putArray("components");
        addComponent(components, "header", headerParameters);
        addComponent(components, "body", bodyParameters);
        buttons.forEach(button -> components.add(button.toGraphJson()));
        return template;
    }

    private static void addComponent(ArrayNode components, String type, List<TemplateParameter> parameters) {
        if (!parameters.isEmpty()) {
            ArrayNode array = components.addObject().put("type", type).putArray("parameters");
            parameters.forEach(parameter -> array.add(parameter.toGraphJson()));
        }
    }

    /** Builds a {@link TemplateMessage}; components are sent in the order header, body, buttons. */
    public static final class Builder {
        private final String name;
        private final String languageCode;
        private final List<TemplateParameter> header = new ArrayList<>();
        private final List<TemplateParameter> body = new ArrayList<>();
        private final List<TemplateButton> buttons = new ArrayList<>();

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

        /** @throws InvalidMessageException when the template send breaks a WhatsApp rule */
        public TemplateMessage build() {
            return new TemplateMessage(name, languageCode, header, body, buttons);
        }
    }
}
