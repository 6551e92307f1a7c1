package dev.camelwhatsapp.emulator.templates;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Checks a template send against the stored template as Meta does: the name and language must match an
 * {@code APPROVED} template (132001, or 132015/132016 for paused/disabled), and each component must carry exactly
 * the parameters the template declares (132000), of the declared format (132012). An authentication template's
 * body is Meta's fixed text with one variable, the code; a limited-time offer with an expiration needs its
 * {@code expiration_time_ms}; a carousel needs one card per defined card, each checked like a small template.
 */
public final class TemplateSendValidator {

    private static final Set<String> MEDIA_FORMATS = Set.of("IMAGE", "VIDEO", "DOCUMENT", "LOCATION");
    /** The body Meta gives every authentication template; the code is its only variable. */
    private static final JsonNode AUTHENTICATION_BODY = Json.parse(
            "{\"type\":\"BODY\",\"text\":\"*{{1}}* is your verification code.\"}");

    private final TemplateStore store;

    public TemplateSendValidator(TemplateStore store) {
        this.store = store;
    }

    /** Validates the {@code template} object of a send and returns the template it refers to. */
    public StoredTemplate validate(JsonNode template) throws GraphApiException {
        String name = Json.text(template, "name");
        String language = Json.text(template.path("language"), "code");
        if (name == null || name.isEmpty()) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER, "Parameter 'template.name' is required");
        }
        if (language == null || language.isEmpty()) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                    "Parameter 'template.language.code' is required");
        }
        StoredTemplate stored = store.find(name, language).orElseThrow(() -> notFound(name, language));
        switch (stored.definition().status()) {
            case APPROVED -> {
                // sendable
            }
            case PAUSED -> throw GraphApiException.of(MetaErrorCode.TEMPLATE_PAUSED,
                    "Template " + name + " is paused due to low quality");
            case DISABLED -> throw GraphApiException.of(MetaErrorCode.TEMPLATE_DISABLED,
                    "Template " + name + " has been disabled");
            default -> throw notFound(name, language);
        }
        checkComponents(stored, template.path("components"));
        return stored;
    }

    private static GraphApiException notFound(String name, String language) {
        return GraphApiException.of(MetaErrorCode.TEMPLATE_NOT_FOUND,
                "template name (" + name + ") does not exist in " + language);
    }

    private void checkComponents(StoredTemplate stored, JsonNode sent) throws GraphApiException {
        JsonNode defined = stored.definition().components();
        JsonNode header = componentOfType(defined, "HEADER");
        JsonNode body = "AUTHENTICATION".equals(stored.definition().category()) ? AUTHENTICATION_BODY
                : componentOfType(defined, "BODY");

        checkParameters("header", header, sentComponent(sent, "header"));
        checkParameters("body", body, sentComponent(sent, "body"));
        checkButtons(componentOfType(defined, "BUTTONS"), sent);
        checkLimitedTimeOffer(componentOfType(defined, "LIMITED_TIME_OFFER"), sentComponent(sent,
                "limited_time_offer"));
        checkCarousel(componentOfType(defined, "CAROUSEL"), sentComponent(sent, "carousel"));
    }

    private static void checkLimitedTimeOffer(JsonNode defined, JsonNode sent) throws GraphApiException {
        boolean expires = defined != null && defined.path("limited_time_offer").path("has_expiration").asBoolean(false);
        if (!expires) {
            if (sent != null) {
                throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT,
                        "limited_time_offer: the template has no offer expiration to fill");
            }
            return;
        }
        JsonNode parameter = sent == null ? null : sent.path("parameters").path(0);
        if (parameter == null || !"limited_time_offer".equals(Json.text(parameter, "type"))) {
            throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT,
                    "limited_time_offer: number of localizable_params (0) does not match the expected number of"
                            + " params (1)");
        }
        if (!parameter.path("limited_time_offer").path("expiration_time_ms").isIntegralNumber()) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                    "limited_time_offer: expiration_time_ms is required");
        }
    }

    private static void checkCarousel(JsonNode defined, JsonNode sent) throws GraphApiException {
        if (defined == null) {
            if (sent != null) {
                throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT, "carousel: the template has no cards");
            }
            return;
        }
        JsonNode definedCards = defined.path("cards");
        JsonNode sentCards = sent == null ? Json.array() : sent.path("cards");
        if (sentCards.size() != definedCards.size()) {
            throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT, "carousel: number of cards ("
                    + sentCards.size() + ") does not match the number of cards in the template ("
                    + definedCards.size() + ")");
        }
        Set<Integer> indexes = new HashSet<>();
        for (JsonNode card : sentCards) {
            int index = card.path("card_index").asInt(-1);
            if (index < 0 || index >= definedCards.size() || !indexes.add(index)) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                        "carousel: card_index " + card.path("card_index").asText() + " is not a card of the template");
            }
            JsonNode definedComponents = definedCards.get(index).path("components");
            JsonNode sentComponents = card.path("components");
            String label = "card " + index;
            checkParameters(label + " header", componentOfType(definedComponents, "HEADER"),
                    sentComponent(sentComponents, "header"));
            checkParameters(label + " body", componentOfType(definedComponents, "BODY"),
                    sentComponent(sentComponents, "body"));
            checkButtons(componentOfType(definedComponents, "BUTTONS"), sentComponents);
        }
    }

    private static void checkParameters(String label, JsonNode definedComponent, JsonNode sentComponent)
            throws GraphApiException {
        JsonNode parameters = sentComponent == null ? null : sentComponent.path("parameters");
        int given = parameters == null || !parameters.isArray() ? 0 : parameters.size();
        String format = definedComponent == null ? "TEXT"
                : definedComponent.path("format").asText("TEXT").toUpperCase(Locale.ROOT);
        Set<String> variables = definedComponent == null ? Set.of()
                : TemplateVariables.in(Json.text(definedComponent, "text"));
        int expected = MEDIA_FORMATS.contains(format) ? 1 : variables.size();
        if (given != expected) {
            throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT, label
                    + ": number of localizable_params (" + given + ") does not match the expected number of params ("
                    + expected + ")");
        }
        if (given == 0) {
            return;
        }
        boolean named = !TemplateVariables.positional(variables) && !MEDIA_FORMATS.contains(format);
        Set<String> namesGiven = new HashSet<>();
        for (JsonNode parameter : parameters) {
            checkParameterFormat(label, format, parameter);
            if (named) {
                String parameterName = Json.text(parameter, "parameter_name");
                if (parameterName == null || !variables.contains(parameterName) || !namesGiven.add(parameterName)) {
                    throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE, label
                            + ": parameter_name must be one of " + variables + ", each once");
                }
            }
        }
    }

    private static void checkParameterFormat(String label, String format, JsonNode parameter)
            throws GraphApiException {
        String type = Json.text(parameter, "type");
        if (type == null) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER, label + ": parameter 'type' is required");
        }
        if (MEDIA_FORMATS.contains(format)) {
            if (!type.equalsIgnoreCase(format)) {
                throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_FORMAT, label + ": expected a "
                        + format.toLowerCase(Locale.ROOT) + " parameter but got " + type);
            }
            JsonNode media = parameter.path(type.toLowerCase(Locale.ROOT));
            if (!format.equals("LOCATION") && Json.text(media, "id") == null && Json.text(media, "link") == null) {
                throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                        label + ": a " + type + " parameter needs an id or a link");
            }
            return;
        }
        // Meta takes parameter types in any case ("TEXT" as well as "text")
        switch (type.toLowerCase(Locale.ROOT)) {
            case "text" -> checkText(label, Json.text(parameter, "text"));
            case "currency" -> {
                JsonNode currency = parameter.path("currency");
                if (Json.text(currency, "fallback_value") == null || Json.text(currency, "code") == null
                        || !currency.path("amount_1000").isNumber()) {
                    throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                            label + ": currency needs fallback_value, code and amount_1000");
                }
            }
            case "date_time" -> {
                if (Json.text(parameter.path("date_time"), "fallback_value") == null) {
                    throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                            label + ": date_time needs fallback_value");
                }
            }
            default -> throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_FORMAT,
                    label + ": parameter type " + type + " is not valid for a text component");
        }
    }

    private static void checkText(String label, String text) throws GraphApiException {
        if (text == null || text.isEmpty()) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER, label + ": text parameter is empty");
        }
        // Meta refuses layout characters in parameters: they would let a sender reshape an approved template
        if (text.contains("\n") || text.contains("\t") || text.contains("     ")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
        }
    }

    private static void checkButtons(JsonNode buttonsComponent, JsonNode sent) throws GraphApiException {
        JsonNode buttons = buttonsComponent == null ? null : buttonsComponent.path("buttons");
        Set<Integer> indexesSent = new HashSet<>();
        if (sent.isArray()) {
            for (JsonNode component : sent) {
                if (!"button".equalsIgnoreCase(Json.text(component, "type"))) {
                    continue;
                }
                int index = component.path("index").asInt(-1);
                if (buttons == null || index < 0 || index >= buttons.size()) {
                    throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                            "button: the template has no button at index " + component.path("index").asText());
                }
                indexesSent.add(index);
                JsonNode defined = buttons.get(index);
                int given = component.path("parameters").size();
                int expected = expectedButtonParameters(defined);
                // a catalog button may name its thumbnail product; without one Meta shows the first product
                boolean optional = Set.of("QUICK_REPLY", "CATALOG")
                        .contains(defined.path("type").asText().toUpperCase(Locale.ROOT));
                if (optional ? given > 1 : given != expected) {
                    throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT, "button at index " + index
                            + ": number of localizable_params (" + given
                            + ") does not match the expected number of params (" + expected + ")");
                }
            }
        }
        if (buttons != null) {
            for (int i = 0; i < buttons.size(); i++) {
                if (expectedButtonParameters(buttons.get(i)) > 0 && !indexesSent.contains(i)) {
                    throw GraphApiException.of(MetaErrorCode.TEMPLATE_PARAM_COUNT, "button at index " + i
                            + ": number of localizable_params (0) does not match the expected number of params (1)");
                }
            }
        }
    }

    private static int expectedButtonParameters(JsonNode button) {
        String type = button.path("type").asText().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "URL" -> TemplateVariables.in(Json.text(button, "url")).isEmpty() ? 0 : 1;
            case "COPY_CODE", "OTP", "MPM" -> 1;
            default -> 0;
        };
    }

    private static JsonNode componentOfType(JsonNode components, String type) {
        for (JsonNode component : components) {
            if (type.equalsIgnoreCase(Json.text(component, "type"))) {
                return component;
            }
        }
        return null;
    }

    private static JsonNode sentComponent(JsonNode sent, String type) {
        return sent.isArray() ? componentOfType(sent, type) : null;
    }
}
