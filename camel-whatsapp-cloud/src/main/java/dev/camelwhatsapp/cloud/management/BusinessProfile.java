package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.ABOUT_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.ADDRESS_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.DESCRIPTION_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.EMAIL_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.VERTICALS;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.WEBSITES_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.WEBSITE_MAX;
import static dev.camelwhatsapp.cloud.management.NumberSettingsLimits.requireAtMost;

/**
 * A phone number's WhatsApp business profile: {@code getBusinessProfile}'s result and {@code updateBusinessProfile}'s
 * body. In an update, only the fields that are set change; {@code profilePictureUrl} is read-only (a new picture is
 * given as a {@code profilePictureHandle} from Meta's Resumable Upload API).
 *
 * @param about                the "About" text, 1 to 139 characters
 * @param address              the address, at most 256 characters
 * @param description          the description, at most 512 characters
 * @param email                the contact email, at most 128 characters
 * @param websites             at most two URLs with {@code http://} or {@code https://}
 * @param vertical             the industry, one of {@link NumberSettingsLimits#VERTICALS}
 * @param profilePictureUrl    the picture's URL as Meta reports it (reads only)
 * @param profilePictureHandle a Resumable Upload handle that sets a new picture (updates only)
 */
public record BusinessProfile(String about, String address, String description, String email, List<String> websites,
        String vertical, String profilePictureUrl, String profilePictureHandle) {

    public BusinessProfile {
        websites = websites == null ? null : List.copyOf(websites);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads one item of {@code GET /{phone-number-id}/whatsapp_business_profile}'s {@code data}. */
    public static BusinessProfile fromGraphJson(JsonNode json) {
        // Meta's reference shows each item wrapped in "business_profile"; its API answers the fields directly
        JsonNode profile = json.has("business_profile") ? json.path("business_profile") : json;
        List<String> websites = null;
        if (profile.path("websites").isArray()) {
            websites = new ArrayList<>();
            for (JsonNode site : profile.path("websites")) {
                websites.add(site.asText());
            }
        }
        return new BusinessProfile(
                profile.path("about").asText(null), profile.path("address").asText(null),
                profile.path("description").asText(null), profile.path("email").asText(null), websites,
                profile.path("vertical").asText(null), profile.path("profile_picture_url").asText(null), null);
    }

    /**
     * Checks Meta's limits.
     *
     * @throws IllegalArgumentException naming the first field out of bounds
     */
    public BusinessProfile validate() {
        if (about != null && about.isBlank()) {
            throw new IllegalArgumentException("The business profile's about text must not be empty");
        }
        requireAtMost("The business profile's about text", about, ABOUT_MAX);
        requireAtMost("The business profile's address", address, ADDRESS_MAX);
        requireAtMost("The business profile's description", description, DESCRIPTION_MAX);
        requireAtMost("The business profile's email", email, EMAIL_MAX);
        if (email != null && !email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("The business profile's email is not an email address: " + email);
        }
        if (websites != null) {
            if (websites.size() > WEBSITES_MAX) {
                throw new IllegalArgumentException(
                        "A business profile has at most " + WEBSITES_MAX + " websites, not "
                                + websites.size());
            }
            for (String site : websites) {
                requireAtMost("A business profile website", site, WEBSITE_MAX);
                String lower = site == null ? "" : site.toLowerCase(Locale.ROOT);
                if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                    throw new IllegalArgumentException(
                            "A business profile website needs its http:// or https://: "
                                    + site);
                }
            }
        }
        if (vertical != null && !VERTICALS.contains(vertical)) {
            throw new IllegalArgumentException(
                    "Unknown business profile vertical " + vertical + "; WhatsApp accepts "
                            + VERTICALS.stream().sorted().toList());
        }
        return this;
    }

    /** The body of {@code POST /{phone-number-id}/whatsapp_business_profile}: the fields that are set. */
    public ObjectNode toUpdateJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("messaging_product", "whatsapp");
        putIfSet(json, "about", about);
        putIfSet(json, "address", address);
        putIfSet(json, "description", description);
        putIfSet(json, "email", email);
        if (websites != null) {
            websites.forEach(json.putArray("websites")::add);
        }
        putIfSet(json, "vertical", vertical);
        putIfSet(json, "profile_picture_handle", profilePictureHandle);
        return json;
    }

    private static void putIfSet(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    /** Builds a profile update field by field. */
    public static final class Builder {
        private String about;
        private String address;
        private String description;
        private String email;
        private List<String> websites;
        private String vertical;
        private String profilePictureHandle;

        public Builder about(String value) {
            this.about = value;
            return this;
        }

        public Builder address(String value) {
            this.address = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder email(String value) {
            this.email = value;
            return this;
        }

        public Builder websites(String... values) {
            this.websites = List.of(values);
            return this;
        }

        public Builder vertical(String value) {
            this.vertical = value;
            return this;
        }

        public Builder profilePictureHandle(String value) {
            this.profilePictureHandle = value;
            return this;
        }

        /** @throws IllegalArgumentException when a field breaks Meta's limits */
        public BusinessProfile build() {
            return new BusinessProfile(
                    about, address, description, email, websites, vertical, null,
                    profilePictureHandle).validate();
        }
    }
}
