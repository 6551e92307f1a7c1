package dev.camelwhatsapp.cloud.management;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What {@code GET /debug_token} says about the endpoint's access token: {@code debugToken}'s result. It never holds the
 * token itself.
 *
 * @param valid        whether Meta accepts the token
 * @param type         SYSTEM_USER, USER, PAGE, APP
 * @param appId        the app the token belongs to
 * @param application  the app's name
 * @param expiresAt    when the token expires, or {@code null} when it never does ({@code expires_at} 0)
 * @param scopes       the permissions granted
 * @param errorCode    Meta's error code when the token is invalid, or {@code null}
 * @param errorMessage Meta's explanation when the token is invalid, or {@code null}
 */
public record TokenInfo(boolean valid, String type, String appId, String application, Instant expiresAt,
        List<String> scopes, Integer errorCode, String errorMessage) {

    /** The permissions sending and managing need. */
    public static final Set<String> REQUIRED_SCOPES = Set.of("whatsapp_business_messaging",
            "whatsapp_business_management");

    /** Copies the scopes. */
    public TokenInfo {
        scopes = List.copyOf(scopes);
    }

    /** @return whether the token never expires (System User tokens) */
    public boolean neverExpires() {
        return expiresAt == null;
    }

    /** @return whether the token expires within {@code margin} from {@code now} (or has expired) */
    public boolean expiresWithin(Duration margin, Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now.plus(margin));
    }

    /** @return the required scopes the token lacks, in a stable order */
    public List<String> missingScopes() {
        List<String> missing = new ArrayList<>();
        REQUIRED_SCOPES.stream().sorted().filter(s -> !scopes.contains(s)).forEach(missing::add);
        return missing;
    }

    /**
     * @param  json {@code {"data":{"app_id","type","application","expires_at","is_valid","scopes":[…],"error"?:{…}}}}
     * @return      the info
     */
    public static TokenInfo fromGraphJson(JsonNode json) {
        JsonNode data = json.has("data") ? json.path("data") : json;
        long expires = data.path("expires_at").asLong(0);
        List<String> scopes = new ArrayList<>();
        data.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        JsonNode error = data.path("error");
        return new TokenInfo(
                data.path("is_valid").asBoolean(false), data.path("type").asText(null),
                data.path("app_id").asText(null), data.path("application").asText(null),
                expires == 0 ? null : Instant.ofEpochSecond(expires), scopes,
                error.hasNonNull("code") ? error.get("code").asInt() : null, error.path("message").asText(null));
    }
}
