package dev.camelwhatsapp.emulator.settings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;

import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.ABOUT_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.ADDRESS_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.DESCRIPTION_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.EMAIL_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.VERTICALS;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.WEBSITES_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.WEBSITE_MAX;

/**
 * {@code GET|POST /{phone-number-id}/whatsapp_business_profile}. The read answers
 * {@code {"data":[{"messaging_product":"whatsapp", about, address, description, email, profile_picture_url,
 * websites, vertical}]}} with the fields that are set (or those asked for with {@code fields=}); an update changes
 * only the fields it names.
 */
public final class BusinessProfileEndpoint {

    private static final List<String> FIELDS = List.of("about", "address", "description", "email",
            "profile_picture_url", "websites", "vertical");

    private final NumberSettingsStore store;

    public BusinessProfileEndpoint(NumberSettingsStore store) {
        this.store = store;
    }

    public ApiResponse get(ApiRequest request, PhoneNumberState number) {
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        String fields = request.query().get("fields");
        Set<String> wanted = fields == null || fields.isBlank() ? Set.copyOf(FIELDS)
                : Set.copyOf(Arrays.stream(fields.split(",")).map(String::trim).toList());
        ObjectNode profile = Json.object();
        profile.put("messaging_product", "whatsapp");
        synchronized (settings) {
            for (String field : FIELDS) {
                if (wanted.contains(field) && settings.profile.has(field)) {
                    profile.set(field, settings.profile.get(field).deepCopy());
                }
            }
        }
        ObjectNode response = Json.object();
        response.putArray("data").add(profile);
        return ApiResponse.ok(response);
    }

    public ApiResponse update(PhoneNumberState number, JsonNode body) throws GraphApiException {
        if (!"whatsapp".equals(Json.text(body, "messaging_product"))) {
            throw invalid("The parameter messaging_product is required and must be 'whatsapp'");
        }
        ObjectNode changes = Json.object();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode value = body.get(name);
            switch (name) {
                case "messaging_product" -> {
                    // checked above
                }
                case "about" -> changes.put(name, text(name, value, 1, ABOUT_MAX));
                case "address" -> changes.put(name, text(name, value, 0, ADDRESS_MAX));
                case "description" -> changes.put(name, text(name, value, 0, DESCRIPTION_MAX));
                case "email" -> changes.put(name, email(value));
                case "websites" -> changes.set(name, websites(value));
                case "vertical" -> changes.put(name, vertical(value));
                case "profile_picture_handle" -> changes.put("profile_picture_url", pictureUrl(value));
                default -> throw invalid("Param " + name + " is not a field of the business profile");
            }
        }
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        synchronized (settings) {
            settings.profile.setAll(changes);
        }
        return ApiResponse.success();
    }

    private static String text(String name, JsonNode value, int min, int max) throws GraphApiException {
        if (value == null || !value.isTextual()) {
            throw invalid("Param " + name + " must be a string");
        }
        int length = value.asText().codePointCount(0, value.asText().length());
        if (length < min || length > max) {
            throw invalid("Param " + name + " must be " + (min > 0 ? "between " + min + " and " : "at most ")
                    + max + " characters long");
        }
        return value.asText();
    }

    private static String email(JsonNode value) throws GraphApiException {
        String email = text("email", value, 0, EMAIL_MAX);
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw invalid("Param email must be a valid email address");
        }
        return email;
    }

    private static ArrayNode websites(JsonNode value) throws GraphApiException {
        if (value == null || !value.isArray()) {
            throw invalid("Param websites must be an array");
        }
        if (value.size() > WEBSITES_MAX) {
            throw invalid("Param websites must have at most " + WEBSITES_MAX + " elements");
        }
        ArrayNode websites = Json.array();
        for (JsonNode site : value) {
            String url = text("websites[]", site, 1, WEBSITE_MAX);
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                throw invalid("Param websites[] must start with http:// or https://: " + url);
            }
            websites.add(url);
        }
        return websites;
    }

    private static String vertical(JsonNode value) throws GraphApiException {
        String vertical = value == null ? null : value.asText(null);
        if (vertical == null || !VERTICALS.contains(vertical)) {
            throw invalid("Param vertical must be one of " + VERTICALS.stream().sorted().toList());
        }
        return vertical;
    }

    /** The profile picture's CDN address once Meta has taken the uploaded handle (the emulator serves no image). */
    private static String pictureUrl(JsonNode value) throws GraphApiException {
        String handle = value == null ? null : value.asText(null);
        if (handle == null || handle.isBlank()) {
            throw invalid("Param profile_picture_handle must be a handle from the Resumable Upload API");
        }
        String digest = HexFormat.of().formatHex(handle.getBytes(StandardCharsets.UTF_8), 0,
                Math.min(handle.length(), 12));
        return "https://pps.whatsapp.net/v/emulator/" + digest + ".jpg";
    }

    static GraphApiException invalid(String details) {
        return GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, details);
    }
}
