package dev.camelwhatsapp.cloud.model;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.camelwhatsapp.cloud.model.FieldReader.array;
import static dev.camelwhatsapp.cloud.model.FieldReader.has;
import static dev.camelwhatsapp.cloud.model.FieldReader.length;
import static dev.camelwhatsapp.cloud.model.FieldReader.object;
import static dev.camelwhatsapp.cloud.model.FieldReader.optionalText;
import static dev.camelwhatsapp.cloud.model.FieldReader.path;
import static dev.camelwhatsapp.cloud.model.MessageValidator.requiredNonEmpty;

/**
 * Rules for {@code template} messages: the name and language, and the parameters a send may fill in, including
 * limited-time offers, carousel cards and catalog and multi-product buttons.
 * Whether the parameters match the approved template is only known to Meta (errors 132000, 132012);
 * what is checked here is what any template send must satisfy.
 */
final class TemplateRules {

    private TemplateRules() {
    }

    static void validate(JsonNode template) {
        name(requiredNonEmpty(template, "template", "name"));
        requiredNonEmpty(object(template, "template", "language"), "template.language", "code");
        if (!has(template, "components")) {
            return;
        }
        JsonNode components = array(template, "template", "components");
        for (int i = 0; i < components.size(); i++) {
            String path = path("template.components", i);
            JsonNode component = object(components.get(i), path);
            String type = requiredNonEmpty(component, path, "type").toLowerCase(Locale.ROOT);
            switch (type) {
                case "header", "body" -> parameters(component, path, type);
                case "button" -> button(component, path);
                case "limited_time_offer" -> limitedTimeOffer(component, path);
                case "carousel" -> carousel(component, path);
                default -> {
                    // component types Meta adds later pass through as given
                }
            }
        }
    }

    private static void limitedTimeOffer(JsonNode component, String componentPath) {
        JsonNode parameters = array(component, componentPath, "parameters");
        if (parameters.size() != 1) {
            throw new InvalidMessageException(
                    componentPath + ".parameters",
                    componentPath + ".parameters must hold exactly one limited_time_offer parameter");
        }
        String path = componentPath + ".parameters[0]";
        JsonNode parameter = object(parameters.get(0), path);
        expect(requiredNonEmpty(parameter, path, "type"), path, "limited_time_offer");
        JsonNode offer = object(parameter, path, "limited_time_offer");
        JsonNode expiration = offer.get("expiration_time_ms");
        if (expiration == null || !expiration.isIntegralNumber() || expiration.longValue() < 0) {
            throw new InvalidMessageException(
                    path + ".limited_time_offer.expiration_time_ms",
                    path + ".limited_time_offer.expiration_time_ms must be a UNIX time in milliseconds");
        }
    }

    private static void carousel(JsonNode component, String componentPath) {
        JsonNode cards = array(component, componentPath, "cards");
        MessageLimits.TEMPLATE_CAROUSEL_CARDS.check(componentPath + ".cards", cards.size());
        boolean[] seen = new boolean[cards.size()];
        for (int c = 0; c < cards.size(); c++) {
            String cardPath = path(componentPath + ".cards", c);
            JsonNode card = object(cards.get(c), cardPath);
            JsonNode index = card.get("card_index");
            if (index == null || !index.isIntegralNumber()) {
                throw new InvalidMessageException(cardPath + ".card_index", cardPath + ".card_index must be a number");
            }
            cardIndex(index.intValue(), seen, cardPath);
            JsonNode components = array(card, cardPath, "components");
            boolean hasHeader = false;
            int buttons = 0;
            for (int i = 0; i < components.size(); i++) {
                String path = path(cardPath + ".components", i);
                JsonNode cardComponent = object(components.get(i), path);
                String type = requiredNonEmpty(cardComponent, path, "type").toLowerCase(Locale.ROOT);
                switch (type) {
                    case "header" -> {
                        hasHeader = true;
                        cardHeader(cardComponent, path);
                    }
                    case "body" -> parameters(cardComponent, path, type);
                    case "button" -> {
                        buttons++;
                        button(cardComponent, path);
                    }
                    default -> throw new InvalidMessageException(
                            path + ".type",
                            path + ".type must be header, body or button");
                }
            }
            if (!hasHeader) {
                throw InvalidMessageException.required(cardPath + ".components[header]");
            }
            MessageLimits.TEMPLATE_CAROUSEL_CARD_BUTTONS.check(cardPath + ".components[button]", buttons);
        }
    }

    /** A carousel card shows one image or video; Meta accepts no other header there. */
    private static void cardHeader(JsonNode header, String path) {
        JsonNode parameters = array(header, path, "parameters");
        if (parameters.size() != 1) {
            throw new InvalidMessageException(
                    path + ".parameters", path + ".parameters must hold exactly one image or"
                            + " video");
        }
        String parameterPath = path + ".parameters[0]";
        JsonNode parameter = object(parameters.get(0), parameterPath);
        String type = expect(requiredNonEmpty(parameter, parameterPath, "type"), parameterPath, "image", "video");
        MediaRules.validate(parameter.get(type), parameterPath + "." + type, false, false);
    }

    private static void parameters(JsonNode component, String componentPath, String componentType) {
        if (!has(component, "parameters")) {
            return;
        }
        JsonNode parameters = array(component, componentPath, "parameters");
        for (int i = 0; i < parameters.size(); i++) {
            String path = path(componentPath + ".parameters", i);
            JsonNode parameter = object(parameters.get(i), path);
            parameterName(optionalText(parameter, path, "parameter_name"), path);
            String type = requiredNonEmpty(parameter, path, "type");
            switch (type) {
                case "text" -> text(FieldReader.text(parameter, path, "text"), path + ".text",
                        "header".equals(componentType)
                                ? MessageLimits.TEMPLATE_HEADER_TEXT_PARAMETER
                                : MessageLimits.TEMPLATE_BODY_TEXT_PARAMETER);
                case "currency" -> {
                    JsonNode currency = object(parameter, path, "currency");
                    requiredNonEmpty(currency, path + ".currency", "fallback_value");
                    requiredNonEmpty(currency, path + ".currency", "code");
                    if (!has(currency, "amount_1000") || !currency.get("amount_1000").isIntegralNumber()) {
                        throw new InvalidMessageException(
                                path + ".currency.amount_1000",
                                path + ".currency.amount_1000 must be a whole number (the amount times 1000)");
                    }
                }
                case "date_time" -> requiredNonEmpty(object(parameter, path, "date_time"), path + ".date_time",
                        "fallback_value");
                case "image", "video" -> MediaRules.validate(parameter.get(type), path + "." + type, false, false);
                case "document" -> MediaRules.validate(parameter.get(type), path + ".document", false, true);
                case "location" -> MessageValidator.coordinates(object(parameter, path, "location"), path
                        + ".location");
                default -> {
                    // parameter types added after this version pass through
                }
            }
        }
    }

    /**
     * Meta refuses template text parameters with new lines, tabs or more than four consecutive spaces
     * (error 132018): they would let a sender reshape an approved template.
     */
    private static void text(String text, String path, MessageLimits lengthLimit) {
        lengthLimit.check(path, length(text));
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
            throw new InvalidMessageException(path, path + " must not contain new lines or tabs");
        }
        int run = 0;
        int longestRun = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == ' ' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        MessageLimits.TEMPLATE_PARAMETER_CONSECUTIVE_SPACES.check(path, longestRun);
    }

    private static void button(JsonNode button, String path) {
        String subType = requiredNonEmpty(button, path, "sub_type").toLowerCase(Locale.ROOT);
        JsonNode index = button.get("index");
        if (index == null || index.isNull()) {
            throw InvalidMessageException.required(path + ".index");
        }
        if (!index.asText().matches("-?\\d{1,9}")) {
            throw new InvalidMessageException(path + ".index", path + ".index must be a number");
        }
        MessageLimits.TEMPLATE_BUTTON_INDEX.check(path + ".index", Long.parseLong(index.asText()));
        JsonNode parameters = array(button, path, "parameters");
        if (parameters.isEmpty()) {
            throw InvalidMessageException.required(path + ".parameters[0]");
        }
        String parameterPath = path + ".parameters[0]";
        JsonNode parameter = object(parameters.get(0), parameterPath);
        String type = requiredNonEmpty(parameter, parameterPath, "type");
        switch (subType) {
            // Meta's own examples answer quick replies with a text parameter as well as a payload
            case "quick_reply" -> requiredNonEmpty(parameter, parameterPath, expect(type, parameterPath, "payload",
                    "text"));
            case "url" -> requiredNonEmpty(parameter, parameterPath, expect(type, parameterPath, "text"));
            case "copy_code" -> MessageLimits.TEMPLATE_COUPON_CODE.check(parameterPath + ".coupon_code",
                    length(requiredNonEmpty(parameter, parameterPath, expect(type, parameterPath, "coupon_code"))));
            case "flow" -> object(parameter, parameterPath, expect(type, parameterPath, "action"));
            case "catalog" -> optionalText(object(parameter, parameterPath, expect(type, parameterPath, "action")),
                    parameterPath + ".action", "thumbnail_product_retailer_id");
            case "mpm" -> multiProduct(object(parameter, parameterPath, expect(type, parameterPath, "action")),
                    parameterPath + ".action");
            default -> {
                // order_details and sub-types Meta adds later pass through as given
            }
        }
    }

    private static void multiProduct(JsonNode action, String actionPath) {
        requiredNonEmpty(action, actionPath, "thumbnail_product_retailer_id");
        JsonNode sections = array(action, actionPath, "sections");
        MessageLimits.TEMPLATE_MPM_SECTIONS.check(actionPath + ".sections", sections.size());
        int items = 0;
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(actionPath + ".sections", s);
            items += array(object(sections.get(s), sectionPath), sectionPath, "product_items").size();
        }
        MessageLimits.TEMPLATE_MPM_PRODUCT_ITEMS.check(actionPath + ".sections[].product_items", items);
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(actionPath + ".sections", s);
            JsonNode section = sections.get(s);
            MessageLimits.TEMPLATE_MPM_SECTION_TITLE.check(sectionPath + ".title",
                    length(requiredNonEmpty(section, sectionPath, "title")));
            JsonNode products = array(section, sectionPath, "product_items");
            if (products.isEmpty()) {
                throw InvalidMessageException.required(sectionPath + ".product_items[0]");
            }
            for (int i = 0; i < products.size(); i++) {
                String itemPath = path(sectionPath + ".product_items", i);
                requiredNonEmpty(object(products.get(i), itemPath), itemPath, "product_retailer_id");
            }
        }
    }

    /** The parameter type a button sub-type takes, which is also the field carrying its value. */
    private static String expect(String type, String path, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equals(type)) {
                return type;
            }
        }
        throw new InvalidMessageException(path + ".type", path + ".type must be " + String.join(" or ", allowed));
    }

    private static void name(String name) {
        MessageLimits.TEMPLATE_NAME.check("template.name", length(name));
        if (!MessageLimits.TEMPLATE_NAME_PATTERN.matcher(name).matches()) {
            throw new InvalidMessageException(
                    "template.name",
                    "template.name must contain only lower-case letters, digits and underscores");
        }
    }

    /**
     * The same rules on a typed template send. Paths are those of the JSON it sends: components are numbered in
     * the order {@link TemplateMessage#toGraphJson()} writes them (header, body, limited-time offer, carousel,
     * buttons).
     */
    static void validate(TemplateMessage template) {
        name(FieldReader.required(template.name(), "template.name"));
        FieldReader.required(template.languageCode(), "template.language.code");
        int component = 0;
        if (!template.headerParameters().isEmpty()) {
            parameters(template.headerParameters(), path("template.components", component++), "header");
        }
        if (!template.bodyParameters().isEmpty()) {
            parameters(template.bodyParameters(), path("template.components", component++), "body");
        }
        if (template.offerExpiration() != null) {
            String path = path("template.components", component++) + ".parameters[0].limited_time_offer"
                    + ".expiration_time_ms";
            if (template.offerExpiration().toEpochMilli() < 0) {
                throw new InvalidMessageException(path, path + " must be a UNIX time in milliseconds");
            }
        }
        if (!template.cards().isEmpty()) {
            carousel(template.cards(), path("template.components", component++));
        }
        for (TemplateButton button : template.buttons()) {
            button(button, path("template.components", component++));
        }
    }

    private static void parameters(List<TemplateParameter> parameters, String componentPath,
                                   String componentType) {
        for (int i = 0; i < parameters.size(); i++) {
            String path = path(componentPath + ".parameters", i);
            TemplateParameter parameter = parameters.get(i);
            if (parameter instanceof TemplateParameter.Text text) {
                parameterName(text.parameterName(), path);
                if (text.text() == null) {
                    throw InvalidMessageException.required(path + ".text");
                }
                text(text.text(), path + ".text", "header".equals(componentType)
                        ? MessageLimits.TEMPLATE_HEADER_TEXT_PARAMETER : MessageLimits.TEMPLATE_BODY_TEXT_PARAMETER);
            } else if (parameter instanceof TemplateParameter.Currency currency) {
                parameterName(currency.parameterName(), path);
                FieldReader.required(currency.fallbackValue(), path + ".currency.fallback_value");
                FieldReader.required(currency.code(), path + ".currency.code");
            } else if (parameter instanceof TemplateParameter.DateTime dateTime) {
                parameterName(dateTime.parameterName(), path);
                FieldReader.required(dateTime.fallbackValue(), path + ".date_time.fallback_value");
            } else if (parameter instanceof TemplateParameter.Media media) {
                MediaRules.validate(media.source(), null, media.filename(), path + "." + media.type(), false,
                        media.kind() == MediaKind.DOCUMENT);
            } else if (parameter instanceof TemplateParameter.Location location) {
                MessageValidator.coordinates(location.latitude(), location.longitude(), path + ".location");
            } else {
                throw InvalidMessageException.required(path); // a null in the list
            }
        }
    }

    private static void parameterName(String parameterName, String path) {
        if (parameterName != null && !MessageLimits.TEMPLATE_PARAMETER_NAME_PATTERN.matcher(parameterName).matches()) {
            throw new InvalidMessageException(
                    path + ".parameter_name",
                    path + ".parameter_name must contain only lower-case letters, digits and underscores");
        }
    }

    private static void carousel(List<TemplateCarouselCard> cards, String componentPath) {
        MessageLimits.TEMPLATE_CAROUSEL_CARDS.check(componentPath + ".cards", cards.size());
        boolean[] seen = new boolean[cards.size()];
        for (int c = 0; c < cards.size(); c++) {
            String cardPath = path(componentPath + ".cards", c);
            TemplateCarouselCard card = cards.get(c);
            cardIndex(card.cardIndex(), seen, cardPath);
            String headerPath = cardPath + ".components[0]";
            TemplateParameter.Media header = card.header();
            String parameterPath = headerPath + ".parameters[0]";
            expect(header.type(), parameterPath, "image", "video");
            MediaRules.validate(header.source(), null, header.filename(), parameterPath + "." + header.type(), false,
                    false);
            int component = 1;
            if (!card.bodyParameters().isEmpty()) {
                parameters(card.bodyParameters(), path(cardPath + ".components", component++), "body");
            }
            for (TemplateButton button : card.buttons()) {
                button(button, path(cardPath + ".components", component++));
            }
            MessageLimits.TEMPLATE_CAROUSEL_CARD_BUTTONS.check(cardPath + ".components[button]", card.buttons().size());
        }
    }

    private static void cardIndex(int cardIndex, boolean[] seen, String cardPath) {
        if (cardIndex < 0 || cardIndex >= seen.length || seen[cardIndex]) {
            throw new InvalidMessageException(
                    cardPath + ".card_index", cardPath
                            + ".card_index must number the cards 0 to " + (seen.length - 1) + ", each once");
        }
        seen[cardIndex] = true;
    }

    private static void button(TemplateButton button, String path) {
        MessageLimits.TEMPLATE_BUTTON_INDEX.check(path + ".index", button.index());
        String parameterPath = path + ".parameters[0]";
        switch (button.subType()) {
            case QUICK_REPLY -> FieldReader.required(button.value(), parameterPath + ".payload");
            case URL -> FieldReader.required(button.value(), parameterPath + ".text");
            case COPY_CODE -> MessageLimits.TEMPLATE_COUPON_CODE.check(parameterPath + ".coupon_code",
                    length(FieldReader.required(button.value(), parameterPath + ".coupon_code")));
            case MPM -> multiProduct(button.value(), button.sections(), parameterPath + ".action");
            default -> {
                // a flow token and a catalog thumbnail are optional
            }
        }
    }

    private static void multiProduct(String thumbnail, List<ProductSection> sections, String actionPath) {
        FieldReader.required(thumbnail, actionPath + ".thumbnail_product_retailer_id");
        MessageLimits.TEMPLATE_MPM_SECTIONS.check(actionPath + ".sections", sections.size());
        MessageLimits.TEMPLATE_MPM_PRODUCT_ITEMS.check(actionPath + ".sections[].product_items",
                sections.stream().mapToInt(section -> section.productRetailerIds().size()).sum());
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(actionPath + ".sections", s);
            ProductSection section = sections.get(s);
            MessageLimits.TEMPLATE_MPM_SECTION_TITLE.check(sectionPath + ".title",
                    length(FieldReader.required(section.title(), sectionPath + ".title")));
            productItems(section, sectionPath);
        }
    }

    /** A section lists at least one product, each by its retailer id; shared with product list messages. */
    static void productItems(ProductSection section, String sectionPath) {
        if (section.productRetailerIds().isEmpty()) {
            throw InvalidMessageException.required(sectionPath + ".product_items[0]");
        }
        for (int i = 0; i < section.productRetailerIds().size(); i++) {
            FieldReader.required(section.productRetailerIds().get(i),
                    path(sectionPath + ".product_items", i) + ".product_retailer_id");
        }
    }
}
