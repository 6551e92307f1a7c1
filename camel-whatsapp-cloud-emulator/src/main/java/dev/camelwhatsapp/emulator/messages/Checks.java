package dev.camelwhatsapp.emulator.messages;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * The checks message validation repeats, each failing with the code and wording Meta uses for that kind of
 * mistake: 131008 for a missing field, 100 for a malformed one, 131009 for a value out of Meta's limits.
 */
final class Checks {

    private static final Set<String> URL_SHORTENERS = Set.of("bit.ly", "tinyurl.com", "goo.gl", "t.co", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at");

    private Checks() {
    }

    static JsonNode requireObject(JsonNode parent, String field, String path) throws GraphApiException {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw missing(path);
        }
        if (!value.isObject()) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param " + path + " must be a JSON object");
        }
        return value;
    }

    static JsonNode requireArray(JsonNode parent, String field, String path) throws GraphApiException {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw missing(path);
        }
        if (!value.isArray()) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param " + path + " must be an array");
        }
        return value;
    }

    static String requireText(JsonNode parent, String field, String path) throws GraphApiException {
        String value = Json.text(parent, field);
        if (value == null || value.isEmpty()) {
            throw missing(path);
        }
        return value;
    }

    static GraphApiException missing(String path) {
        return GraphApiException.of(MetaErrorCode.MISSING_PARAMETER, "Parameter '" + path + "' is required");
    }

    /** A length limit of plain message content: Meta answers 100 with "must be at most N characters long". */
    static void maxLength(String value, int max, String path) throws GraphApiException {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param " + path + " must be at most " + max + " characters long.");
        }
    }

    /** A length limit of interactive elements: Meta answers 131009 with the allowed range. */
    static void lengthBetween(String value, int min, int max, String what) throws GraphApiException {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    what + " length invalid. Min length: " + min + ", Max length: " + max);
        }
    }

    static void countBetween(int count, int min, int max, String what) throws GraphApiException {
        if (count < min || count > max) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Invalid " + what + " count. Min allowed " + what + ": " + min + ", Max allowed " + what + ": "
                            + max);
        }
    }

    /** Media and button links must be public HTTPS URLs and not URL shorteners. */
    static void httpsLink(String link, String path) throws GraphApiException {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE, "Param " + path + " is not a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Param " + path + " must be a public HTTPS URL: " + link);
        }
        if (URL_SHORTENERS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Param " + path + " must not use a URL shortener: " + link);
        }
    }
}
