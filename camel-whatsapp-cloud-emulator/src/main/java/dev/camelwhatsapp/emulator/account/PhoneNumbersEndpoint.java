package dev.camelwhatsapp.emulator.account;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.ratelimit.MessagingRateLimiter;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.PhoneNumberRegistry;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;

/**
 * Phone number endpoints: {@code GET /{phone-number-id}} (optionally {@code ?fields=}),
 * {@code GET /{waba-id}/phone_numbers}, two-step verification {@code POST /{phone-number-id} {pin}} and
 * {@code POST /{phone-number-id}/register {messaging_product, pin}}.
 */
public final class PhoneNumbersEndpoint {

    private static final Set<String> DEFAULT_FIELDS = Set.of("id", "display_phone_number", "verified_name",
            "quality_rating");

    private final PhoneNumberRegistry numbers;
    private final MessagingRateLimiter rateLimiter;

    private final Function<String, Optional<ObjectNode>> conversationalAutomation;

    public PhoneNumbersEndpoint(PhoneNumberRegistry numbers, MessagingRateLimiter rateLimiter) {
        this(numbers, rateLimiter, id -> Optional.empty());
    }

    /** @param conversationalAutomation a number's {@code conversational_automation} field, once configured */
    public PhoneNumbersEndpoint(PhoneNumberRegistry numbers, MessagingRateLimiter rateLimiter,
                                Function<String, Optional<ObjectNode>> conversationalAutomation) {
        this.numbers = numbers;
        this.rateLimiter = rateLimiter;
        this.conversationalAutomation = conversationalAutomation;
    }

    public ApiResponse get(ApiRequest request, PhoneNumberState number) {
        return ApiResponse.ok(describe(number, requestedFields(request)));
    }

    public ApiResponse list(ApiRequest request) {
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        Set<String> fields = request.query().containsKey("fields") ? requestedFields(request) : allFields();
        numbers.all().forEach(number -> data.add(describe(number, fields)));
        ObjectNode cursors = response.putObject("paging").putObject("cursors");
        cursors.put("before", "QVFIUA");
        cursors.put("after", "QVFIUA");
        return ApiResponse.ok(response);
    }

    /** Two-step verification: sets the six-digit PIN. */
    public ApiResponse setPin(PhoneNumberState number, JsonNode body) throws GraphApiException {
        number.pin(requirePin(body));
        return ApiResponse.success();
    }

    /** Registration: the PIN must match the two-step PIN when one is set, and becomes it otherwise. */
    public ApiResponse register(PhoneNumberState number, JsonNode body) throws GraphApiException {
        if (!"whatsapp".equals(Json.text(body, "messaging_product"))) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "The parameter messaging_product is required and must be 'whatsapp'");
        }
        String pin = requirePin(body);
        if (number.pinEnabled() && !number.pinMatches(pin)) {
            throw GraphApiException.of(MetaErrorCode.PIN_MISMATCH,
                    "The PIN does not match the two-step verification PIN of this number");
        }
        number.pin(pin);
        number.registered(true);
        return ApiResponse.success();
    }

    /** Deregistration, the inverse of register: the number can no longer send (133010). */
    public ApiResponse deregister(PhoneNumberState number) {
        number.registered(false);
        return ApiResponse.success();
    }

    private static String requirePin(JsonNode body) throws GraphApiException {
        String pin = Json.text(body, "pin");
        if (pin == null || !pin.matches("\\d{6}")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Invalid PIN format. PIN must be exactly 6"
                    + " digits");
        }
        return pin;
    }

    private ObjectNode describe(PhoneNumberState state, Set<String> fields) {
        ObjectNode node = Json.object();
        for (String field : fields) {
            switch (field) {
                case "id" -> node.put("id", state.number().phoneNumberId());
                case "display_phone_number" -> node.put(field, state.number().displayPhoneNumber());
                case "verified_name" -> node.put(field, state.number().verifiedName());
                case "quality_rating" -> node.put(field, state.qualityRating().name());
                case "status" -> node.put(field, state.registered() ? "REGISTERED" : "PENDING");
                case "code_verification_status" -> node.put(field, "VERIFIED");
                case "name_status" -> node.put(field, "APPROVED");
                case "messaging_limit_tier" -> node.put(field, state.messagingLimitTier().name());
                case "throughput" -> node.putObject(field)
                        .put("level", rateLimiter.throughputPerSecond() > 80 ? "HIGH" : "STANDARD");
                case "is_pin_enabled" -> node.put(field, state.pinEnabled());
                case "platform_type" -> node.put(field, "CLOUD_API");
                case "account_mode" -> node.put(field, "LIVE");
                case "is_official_business_account" -> node.put(field, false);
                case "conversational_automation" -> conversationalAutomation.apply(state.number().phoneNumberId())
                        .ifPresent(automation -> node.set(field, automation));
                default -> {
                    // Graph API ignores fields it doesn't know of this object in the emulator's scope
                }
            }
        }
        return node;
    }

    private static Set<String> requestedFields(ApiRequest request) {
        String fields = request.query().get("fields");
        if (fields == null || fields.isBlank()) {
            return DEFAULT_FIELDS;
        }
        Set<String> requested = Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        requested.add("id");
        return requested;
    }

    private static Set<String> allFields() {
        return new LinkedHashSet<>(
                java.util.List.of("id", "display_phone_number", "verified_name", "quality_rating",
                        "status", "code_verification_status", "name_status", "messaging_limit_tier", "throughput",
                        "is_pin_enabled", "platform_type", "account_mode", "is_official_business_account"));
    }
}
