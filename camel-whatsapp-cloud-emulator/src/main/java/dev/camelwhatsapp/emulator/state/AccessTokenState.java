package dev.camelwhatsapp.emulator.state;

import java.time.Instant;
import java.util.Set;

/**
 * What {@code GET /debug_token} reports about the configured access token, and what the API enforces:
 * an invalidated or expired token gets error 190, a token without a scope gets a permission error.
 *
 * @param valid     false once invalidated (e.g. password change, revoked system user)
 * @param expiresAt expiry, or {@code null} for a token that never expires (Meta's {@code expires_at: 0})
 * @param scopes    granted permissions
 */
public record AccessTokenState(boolean valid, Instant expiresAt, Set<String> scopes) {

    /** Messaging permission: sending messages and media. */
    public static final String MESSAGING_SCOPE = "whatsapp_business_messaging";
    /** Management permission: templates, phone numbers, subscriptions. */
    public static final String MANAGEMENT_SCOPE = "whatsapp_business_management";

    /** A valid system-user token that never expires, with both WhatsApp scopes. */
    public static final AccessTokenState SYSTEM_USER = new AccessTokenState(
            true, null, Set.of(MESSAGING_SCOPE, MANAGEMENT_SCOPE, "business_management"));

    public AccessTokenState {
        scopes = Set.copyOf(scopes);
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public AccessTokenState withValid(boolean value) {
        return new AccessTokenState(value, expiresAt, scopes);
    }

    public AccessTokenState withExpiresAt(Instant value) {
        return new AccessTokenState(valid, value, scopes);
    }

    public AccessTokenState withScopes(Set<String> value) {
        return new AccessTokenState(valid, expiresAt, value);
    }
}
