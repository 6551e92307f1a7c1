package dev.camelwhatsapp.emulator.messages;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Structure and limits of each outbound message type, checked before anything is accepted: text body 4096,
 * captions 1024, media by id or HTTPS link, location coordinates, contact names, reactions, interactive limits.
 * Template semantics (existence, parameters) are checked against the store separately.
 */
final class MessageValidator {

    static final Set<String> TYPES = Set.of("text", "image", "audio", "video", "document", "sticker", "location",
            "contacts", "interactive", "template", "reaction");
    private static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");
    private static final Set<String> CAPTIONED = Set.of("image", "video", "document");

    private MessageValidator() {
    }

    static void validate(String type, JsonNode message) throws GraphApiException {
        if (!TYPES.contains(type)) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param type must be one of " + TYPES
                    + ", got '" + type + "'");
        }
        JsonNode content = type.equals("contacts") ? Checks.requireArray(message, "contacts", "contacts")
                : Checks.requireObject(message, type, type);
        if (MEDIA_TYPES.contains(type)) {
            checkMedia(type, content);
            return;
        }
        switch (type) {
            case "text" -> {
                String body = Checks.requireText(content, "body", "text.body");
                Checks.maxLength(body, 4096, "text['body']");
            }
            case "location" -> checkLocation(content);
            case "contacts" -> checkContacts(content);
            case "reaction" -> {
                Checks.requireText(content, "message_id", "reaction.message_id");
                if (content.get("emoji") == null || !content.get("emoji").isTextual()) {
                    throw Checks.missing("reaction.emoji");
                }
            }
            case "interactive" -> InteractiveValidator.validate(content);
            default -> {
                // template: checked against the template store
            }
        }
    }

    private static void checkMedia(String type, JsonNode media) throws GraphApiException {
        String id = Json.text(media, "id");
        String link = Json.text(media, "link");
        if (id == null && link == null) {
            throw GraphApiException.of(MetaErrorCode.MISSING_PARAMETER,
                    "Parameter '" + type + ".id' or '" + type + ".link' is required");
        }
        if (id != null && link != null) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param " + type + " must have either 'id' or 'link', not both");
        }
        if (link != null) {
            Checks.httpsLink(link, type + ".link");
        }
        if (CAPTIONED.contains(type)) {
            Checks.maxLength(Json.text(media, "caption"), 1024, type + "['caption']");
        }
    }

    private static void checkLocation(JsonNode location) throws GraphApiException {
        JsonNode latitude = location.get("latitude");
        JsonNode longitude = location.get("longitude");
        if (latitude == null || longitude == null) {
            throw Checks.missing(latitude == null ? "location.latitude" : "location.longitude");
        }
        double lat = coordinate(latitude, "location.latitude");
        double lon = coordinate(longitude, "location.longitude");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Latitude is in [-90, 90] and longitude in [-180, 180]");
        }
    }

    private static double coordinate(JsonNode value, String path) throws GraphApiException {
        try {
            return value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param " + path + " must be a number");
        }
    }

    private static void checkContacts(JsonNode contacts) throws GraphApiException {
        if (contacts.isEmpty()) {
            throw Checks.missing("contacts[0]");
        }
        for (JsonNode contact : contacts) {
            Checks.requireText(Checks.requireObject(contact, "name", "contacts[].name"), "formatted_name",
                    "contacts[].name.formatted_name");
        }
    }
}
