package dev.camelwhatsapp.cloud.management;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A business phone number as {@code GET /{phone-number-id}} describes it: {@code getPhoneNumber}'s result and the
 * items of {@code listPhoneNumbers}. Values Meta adds later pass through as strings.
 *
 * @param id                     the phone number id
 * @param displayPhoneNumber     the number as shown, e.g. {@code +1 555-555-5555}
 * @param verifiedName           the verified business name
 * @param qualityRating          GREEN, YELLOW, RED, or NA/UNKNOWN for a new number
 * @param status                 REGISTERED / CONNECTED, PENDING, FLAGGED, BANNED, RESTRICTED, …
 * @param codeVerificationStatus VERIFIED, UNVERIFIED, NOT_VERIFIED, EXPIRED
 * @param nameStatus             the display name review status
 * @param messagingLimitTier     TIER_50 … TIER_UNLIMITED: unique users per 24 h outside the service window
 * @param throughputLevel        STANDARD (80 messages/s) or HIGH (1,000)
 * @param pinEnabled             whether two-step verification is set, or {@code null} when not reported
 * @param platformType           CLOUD_API, ON_PREMISE, NOT_APPLICABLE
 */
public record PhoneNumberInfo(String id, String displayPhoneNumber, String verifiedName, String qualityRating,
        String status, String codeVerificationStatus, String nameStatus, String messagingLimitTier,
        String throughputLevel, Boolean pinEnabled, String platformType) {

    /** The fields requested from Meta: everything the health checks and the diagnosis read. */
    public static final String FIELDS = "id,display_phone_number,verified_name,quality_rating,status,"
            + "code_verification_status,name_status,messaging_limit_tier,throughput,"
            + "is_pin_enabled,platform_type";

    private static final Set<String> SENDING_STATUSES = Set.of("REGISTERED", "CONNECTED");
    private static final Set<String> BLOCKED_STATUSES = Set.of("FLAGGED", "BANNED", "RESTRICTED", "DISCONNECTED");

    /** @return whether the number is registered with the Cloud API and can send */
    public boolean isRegistered() {
        return status != null && SENDING_STATUSES.contains(status.toUpperCase(Locale.ROOT));
    }

    /** @return whether Meta has flagged, restricted or banned the number */
    public boolean isBlocked() {
        return status != null && BLOCKED_STATUSES.contains(status.toUpperCase(Locale.ROOT));
    }

    /** @return whether code verification is complete, or {@code true} when Meta did not report it */
    public boolean isVerified() {
        return codeVerificationStatus == null || "VERIFIED".equalsIgnoreCase(codeVerificationStatus);
    }

    public static PhoneNumberInfo fromGraphJson(JsonNode json) {
        JsonNode throughput = json.path("throughput");
        return new PhoneNumberInfo(
                json.path("id").asText(null), json.path("display_phone_number").asText(null),
                json.path("verified_name").asText(null), json.path("quality_rating").asText(null),
                json.path("status").asText(null), json.path("code_verification_status").asText(null),
                json.path("name_status").asText(null), json.path("messaging_limit_tier").asText(null),
                throughput.isObject() ? throughput.path("level").asText(null) : throughput.asText(null),
                json.hasNonNull("is_pin_enabled") ? json.get("is_pin_enabled").asBoolean() : null,
                json.path("platform_type").asText(null));
    }
}
