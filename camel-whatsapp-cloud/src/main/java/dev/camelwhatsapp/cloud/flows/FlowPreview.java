package dev.camelwhatsapp.cloud.flows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A link that shows a Flow as the user would see it, to test a draft on a phone or in a browser.
 *
 * @param url       the preview URL
 * @param expiresAt when it stops working, or {@code null} if Meta did not say
 */
public record FlowPreview(String url, Instant expiresAt) {

    private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    static FlowPreview fromGraphJson(JsonNode preview) {
        if (preview == null || !preview.isObject()) {
            return null;
        }
        String expires = preview.path("expires_at").asText(null);
        Instant expiresAt = null;
        if (expires != null) {
            try {
                expiresAt = OffsetDateTime.parse(expires, META_TIME).toInstant();
            } catch (DateTimeParseException otherFormat) {
                expiresAt = null;
            }
        }
        return new FlowPreview(preview.path("preview_url").asText(null), expiresAt);
    }
}
