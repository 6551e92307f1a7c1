package dev.camelwhatsapp.emulator.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Meta's template rules. {@link #checkStructure} is what the create call refuses at once (error 100);
 * {@link #review} is what the later review decides: the published rejection causes (variables out of sequence or
 * at the very start or end, URL shorteners, requests for sensitive data, duplicate content) and the
 * reclassification of promotional wording in a {@code UTILITY} template.
 */
public final class TemplateReview {

    /** Outcome of a review. */
    public record Verdict(boolean approved, String reason, String category) {
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
    private static final Set<String> COMPONENT_TYPES = Set.of("HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL",
            "LIMITED_TIME_OFFER");
    private static final Set<String> OTP_TYPES = Set.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");
    private static final int MIN_CARDS = 2;
    private static final int MAX_CARDS = 10;
    private static final int MAX_CARD_BODY = 160;
    private static final int MAX_CARD_BUTTONS = 2;
    private static final int MAX_OFFER_TEXT = 16;
    private static final int MAX_OFFER_BODY = 600;
    private static final int MAX_CODE_EXPIRATION_MINUTES = 90;
    private static final int SIGNATURE_HASH_LENGTH = 11;
    private static final int MAX_SUPPORTED_APPS = 5;
    private static final Pattern URL_SHORTENER = Pattern.compile(
            "(?i)\\b(bit\\.ly|tinyurl\\.com|goo\\.gl|t\\.co|ow\\.ly|is\\.gd|buff\\.ly|rebrand\\.ly|cutt\\.ly|shorturl\\.at)/");
    private static final Pattern SENSITIVE = Pattern.compile(
            "(?i)(social security|\\bssn\\b|card number|credit card|\\bcvv\\b|password|\\bpin code\\b)");
    private static final Pattern PROMOTIONAL = Pattern.compile(
            "(?i)(\\boffer\\b|discount|\\bsale\\b|\\bpromo|% off|\\bdeal\\b|exclusive|limited time|buy now|coupon)");
    private static final int MAX_BODY = 1024;
    private static final int MAX_HEADER_OR_FOOTER = 60;
    private static final int MAX_BUTTONS = 10;

    private TemplateReview() {
    }

    /** What Meta refuses in the create call itself. */
    public static void checkStructure(JsonNode request) throws GraphApiException {
        String name = Json.text(request, "name");
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("Template name may only contain lowercase letters, digits and underscores: " + name);
        }
        if (Json.text(request, "language") == null) {
            throw invalid("Param language is required");
        }
        String category = Json.text(request, "category");
        if (category == null || !CATEGORIES.contains(category.toUpperCase(Locale.ROOT))) {
            throw invalid("Param category must be one of {MARKETING, UTILITY, AUTHENTICATION}");
        }
        JsonNode components = request.path("components");
        if (!components.isArray() || components.isEmpty()) {
            throw invalid("Param components is required");
        }
        boolean hasBody = false;
        boolean authentication = "AUTHENTICATION".equalsIgnoreCase(category);
        for (JsonNode component : components) {
            String type = component.path("type").asText().toUpperCase(Locale.ROOT);
            if (!COMPONENT_TYPES.contains(type)) {
                throw invalid("Param components[].type must be one of " + COMPONENT_TYPES);
            }
            String text = Json.text(component, "text");
            switch (type) {
                case "BODY" -> {
                    hasBody = true;
                    // Meta writes an authentication template's body itself
                    if (authentication) {
                        if (text != null) {
                            throw invalid("Authentication templates take no body text; Meta supplies it");
                        }
                    } else if (text == null || text.isBlank() || text.length() > MAX_BODY) {
                        throw invalid("Body text is required and at most " + MAX_BODY + " characters long");
                    }
                }
                case "CAROUSEL" -> checkCarousel(component, category);
                case "LIMITED_TIME_OFFER" -> checkLimitedTimeOffer(component, components, category);
                case "HEADER", "FOOTER" -> {
                    if (text != null && text.length() > MAX_HEADER_OR_FOOTER) {
                        throw invalid(type + " text is at most " + MAX_HEADER_OR_FOOTER + " characters long");
                    }
                }
                default -> {
                    if (!component.path("buttons").isArray() || component.path("buttons").size() > MAX_BUTTONS) {
                        throw invalid("BUTTONS has 1 to " + MAX_BUTTONS + " buttons");
                    }
                }
            }
        }
        if (!hasBody && !authentication) {
            throw invalid("A BODY component is required");
        }
        checkOneTimePasswordButtons(components, authentication);
    }

    private static void checkCarousel(JsonNode carousel, String category) throws GraphApiException {
        if (!"MARKETING".equalsIgnoreCase(category)) {
            throw invalid("Carousel templates must be MARKETING templates");
        }
        JsonNode cards = carousel.path("cards");
        if (!cards.isArray() || cards.size() < MIN_CARDS || cards.size() > MAX_CARDS) {
            throw invalid("A carousel has " + MIN_CARDS + " to " + MAX_CARDS + " cards");
        }
        String shape = null;
        for (JsonNode card : cards) {
            StringBuilder cardShape = new StringBuilder();
            String headerFormat = null;
            for (JsonNode component : card.path("components")) {
                String type = component.path("type").asText().toUpperCase(Locale.ROOT);
                cardShape.append(type).append(';');
                switch (type) {
                    case "HEADER" -> headerFormat = component.path("format").asText().toUpperCase(Locale.ROOT);
                    case "BODY" -> {
                        String text = Json.text(component, "text");
                        if (text != null && text.length() > MAX_CARD_BODY) {
                            throw invalid("Card body text is at most " + MAX_CARD_BODY + " characters long");
                        }
                    }
                    case "BUTTONS" -> {
                        JsonNode buttons = component.path("buttons");
                        if (buttons.isEmpty() || buttons.size() > MAX_CARD_BUTTONS) {
                            throw invalid("A card has 1 to " + MAX_CARD_BUTTONS + " buttons");
                        }
                        for (JsonNode button : buttons) {
                            cardShape.append(button.path("type").asText().toUpperCase(Locale.ROOT)).append(';');
                        }
                    }
                    default -> throw invalid("Card components are HEADER, BODY and BUTTONS, not " + type);
                }
            }
            if (!"IMAGE".equals(headerFormat) && !"VIDEO".equals(headerFormat)) {
                throw invalid("Every card needs an IMAGE or VIDEO header");
            }
            cardShape.append(headerFormat);
            if (shape != null && !shape.equals(cardShape.toString())) {
                throw invalid("All cards of a carousel must have the same components and buttons");
            }
            shape = cardShape.toString();
        }
    }

    private static void checkLimitedTimeOffer(JsonNode offer, JsonNode components, String category)
            throws GraphApiException {
        if (!"MARKETING".equalsIgnoreCase(category)) {
            throw invalid("Limited-time offer templates must be MARKETING templates");
        }
        String text = Json.text(offer.path("limited_time_offer"), "text");
        if (text == null || text.isEmpty() || text.length() > MAX_OFFER_TEXT) {
            throw invalid("limited_time_offer.text is required and at most " + MAX_OFFER_TEXT + " characters long");
        }
        boolean urlButton = false;
        for (JsonNode component : components) {
            String type = component.path("type").asText().toUpperCase(Locale.ROOT);
            if ("FOOTER".equals(type)) {
                throw invalid("Limited-time offer templates cannot have a footer");
            }
            String body = Json.text(component, "text");
            if ("BODY".equals(type) && body != null && body.length() > MAX_OFFER_BODY) {
                throw invalid("The body of a limited-time offer template is at most " + MAX_OFFER_BODY
                        + " characters long");
            }
            for (JsonNode button : component.path("buttons")) {
                urlButton |= "URL".equalsIgnoreCase(Json.text(button, "type"));
            }
        }
        if (!urlButton) {
            throw invalid("Limited-time offer templates need a URL button");
        }
    }

    private static void checkOneTimePasswordButtons(JsonNode components, boolean authentication)
            throws GraphApiException {
        int otpButtons = 0;
        for (JsonNode component : components) {
            String type = component.path("type").asText().toUpperCase(Locale.ROOT);
            if (authentication && ("HEADER".equals(type))) {
                throw invalid("Authentication templates have no header");
            }
            if ("FOOTER".equals(type) && component.has("code_expiration_minutes")) {
                int minutes = component.path("code_expiration_minutes").asInt(-1);
                if (minutes < 1 || minutes > MAX_CODE_EXPIRATION_MINUTES) {
                    throw invalid("code_expiration_minutes must be 1 to " + MAX_CODE_EXPIRATION_MINUTES);
                }
            }
            for (JsonNode button : component.path("buttons")) {
                if (!"OTP".equalsIgnoreCase(Json.text(button, "type"))) {
                    if (authentication) {
                        throw invalid("Authentication templates take only an OTP button");
                    }
                    continue;
                }
                otpButtons++;
                checkOneTimePasswordButton(button);
            }
        }
        if (authentication && otpButtons != 1) {
            throw invalid("Authentication templates need exactly one OTP button");
        }
        if (!authentication && otpButtons > 0) {
            throw invalid("OTP buttons are only allowed in AUTHENTICATION templates");
        }
    }

    private static void checkOneTimePasswordButton(JsonNode button) throws GraphApiException {
        String otpType = Json.text(button, "otp_type");
        if (otpType == null || !OTP_TYPES.contains(otpType.toUpperCase(Locale.ROOT))) {
            throw invalid("Param otp_type must be one of " + OTP_TYPES);
        }
        if ("COPY_CODE".equalsIgnoreCase(otpType)) {
            return;
        }
        JsonNode apps = button.path("supported_apps");
        if (!apps.isArray() || apps.isEmpty() || apps.size() > MAX_SUPPORTED_APPS) {
            throw invalid(otpType + " buttons need 1 to " + MAX_SUPPORTED_APPS + " supported_apps");
        }
        for (JsonNode app : apps) {
            String packageName = Json.text(app, "package_name");
            String hash = Json.text(app, "signature_hash");
            if (packageName == null || packageName.isEmpty()) {
                throw invalid("supported_apps[].package_name is required");
            }
            if (hash == null || hash.length() != SIGNATURE_HASH_LENGTH) {
                throw invalid("supported_apps[].signature_hash must be " + SIGNATURE_HASH_LENGTH + " characters long");
            }
        }
        if ("ZERO_TAP".equalsIgnoreCase(otpType) && !button.path("zero_tap_terms_accepted").asBoolean(false)) {
            throw invalid("Zero-tap buttons need zero_tap_terms_accepted: true");
        }
    }

    /** The review's decision for a structurally valid template. */
    public static Verdict review(JsonNode request, List<StoredTemplate> existing) {
        String category = Json.text(request, "category").toUpperCase(Locale.ROOT);
        List<String> texts = new ArrayList<>();
        String body = null;
        for (JsonNode component : request.path("components")) {
            String text = Json.text(component, "text");
            if (text != null) {
                texts.add(text);
            }
            if ("BODY".equalsIgnoreCase(Json.text(component, "type"))) {
                body = text;
            }
            for (JsonNode button : component.path("buttons")) {
                if (Json.text(button, "url") != null) {
                    texts.add(Json.text(button, "url"));
                }
                if (Json.text(button, "text") != null) {
                    texts.add(Json.text(button, "text"));
                }
            }
        }
        for (String text : texts) {
            if (!variablesInSequence(text)) {
                return rejected("INVALID_FORMAT", category);
            }
            if (URL_SHORTENER.matcher(text).find()) {
                return rejected("INVALID_FORMAT", category);
            }
            if (SENSITIVE.matcher(text).find()) {
                return rejected("ABUSIVE_CONTENT", category);
            }
        }
        if (body != null && startsOrEndsWithVariable(body)) {
            return rejected("INVALID_FORMAT", category);
        }
        String newBody = body;
        String name = Json.text(request, "name");
        boolean duplicate = newBody != null && existing.stream()
                .filter(t -> !t.definition().name().equals(name))
                .anyMatch(t -> newBody.equals(bodyText(t.definition().components())));
        if (duplicate) {
            return rejected("INVALID_FORMAT", category);
        }
        if ("UTILITY".equals(category) && texts.stream().anyMatch(t -> PROMOTIONAL.matcher(t).find())) {
            if (request.path("allow_category_change").asBoolean(false)) {
                return new Verdict(true, "NONE", "MARKETING");
            }
            return rejected("INCORRECT_CATEGORY", category);
        }
        return new Verdict(true, "NONE", category);
    }

    /** Where Meta reclassifies at creation time, the create answer already shows the new category. */
    public static String categoryAtCreation(JsonNode request) {
        return review(request, List.of()).category();
    }

    private static boolean variablesInSequence(String text) {
        Set<String> names = TemplateVariables.in(text);
        if (names.isEmpty()) {
            return true;
        }
        if (!TemplateVariables.positional(names)) {
            // named variables are fine as long as they are not mixed with positional ones
            return names.stream().noneMatch(n -> n.matches("\\d+"));
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        names.forEach(n -> numbers.add(Integer.parseInt(n)));
        return numbers.first() == 1 && numbers.last() == numbers.size();
    }

    private static boolean startsOrEndsWithVariable(String body) {
        String trimmed = body.strip();
        return trimmed.startsWith("{{") || trimmed.endsWith("}}");
    }

    private static String bodyText(JsonNode components) {
        for (JsonNode component : components) {
            if ("BODY".equalsIgnoreCase(Json.text(component, "type"))) {
                return Json.text(component, "text");
            }
        }
        return null;
    }

    private static Verdict rejected(String reason, String category) {
        return new Verdict(false, reason, category);
    }

    private static GraphApiException invalid(String details) {
        return GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, details);
    }
}
