package dev.camelwhatsapp.emulator.account;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.AccessTokenState;

/**
 * {@code GET /debug_token?input_token=...}: what Meta's token debugger reports (is_valid, expires_at with 0 meaning
 * never, scopes). Only the configured token is known; any other input token is reported invalid.
 */
public final class DebugTokenEndpoint {

    private final Supplier<String> accessToken;
    private final Supplier<AccessTokenState> tokenState;
    private final String appId;
    private final String wabaId;
    private final Clock clock;
    private final Instant issuedAt;

    public DebugTokenEndpoint(Supplier<String> accessToken, Supplier<AccessTokenState> tokenState, String appId,
                              String wabaId, Clock clock) {
        this.accessToken = accessToken;
        this.tokenState = tokenState;
        this.appId = appId;
        this.wabaId = wabaId;
        this.clock = clock;
        this.issuedAt = clock.instant();
    }

    public ApiResponse debug(ApiRequest request) throws GraphApiException {
        String input = request.query().get("input_token");
        if (input == null || input.isEmpty()) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "The parameter input_token is required");
        }
        ObjectNode response = Json.object();
        ObjectNode data = response.putObject("data");
        data.put("app_id", appId);
        data.put("type", "SYSTEM_USER");
        data.put("application", "WhatsApp Cloud API Emulator");
        if (!input.equals(accessToken.get())) {
            data.put("is_valid", false);
            data.putArray("scopes");
            ObjectNode error = data.putObject("error");
            error.put("code", 190);
            error.put("message", "Invalid OAuth access token.");
            return ApiResponse.ok(response);
        }
        AccessTokenState state = tokenState.get();
        boolean valid = state.valid() && !state.expiredAt(clock.instant());
        data.put("data_access_expires_at", state.expiresAt() == null ? 0 : state.expiresAt().getEpochSecond());
        data.put("expires_at", state.expiresAt() == null ? 0 : state.expiresAt().getEpochSecond());
        data.put("is_valid", valid);
        data.put("issued_at", issuedAt.getEpochSecond());
        ArrayNode scopes = data.putArray("scopes");
        state.scopes().stream().sorted().forEach(scopes::add);
        ArrayNode granular = data.putArray("granular_scopes");
        state.scopes().stream().sorted().filter(s -> s.startsWith("whatsapp_")).forEach(scope -> {
            ObjectNode entry = granular.addObject().put("scope", scope);
            entry.putArray("target_ids").add(wabaId);
        });
        data.put("user_id", "100000000000001");
        if (!valid) {
            ObjectNode error = data.putObject("error");
            error.put("code", 190);
            error.put("message", state.valid() ? "Error validating access token: Session has expired"
                    : "Error validating access token: The session has been invalidated");
        }
        return ApiResponse.ok(response);
    }
}
