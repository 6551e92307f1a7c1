package dev.camelwhatsapp.emulator.settings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.messages.RecipientNumber;
import dev.camelwhatsapp.emulator.server.ApiRequest;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.ConversationWindows;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;

import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.BLOCKED_PAGE_SIZE;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.BLOCKLIST_MAX;
import static dev.camelwhatsapp.emulator.settings.NumberSettingsLimits.BLOCK_USERS_PER_REQUEST;

/**
 * {@code GET|POST|DELETE /{phone-number-id}/block_users}, with Meta's rules: only users who messaged the number in
 * the last 24 hours can be blocked (else 131047 for that user), never the number itself (131021), at most 1,000 users
 * per request (130429) and 64,000 on the list (139101). When some users fail, the answer is a 400 that carries both
 * the per-user results and the error 139100, as Meta's does.
 */
public final class BlockUsersEndpoint {

    private final NumberSettingsStore store;
    private final ConversationWindows windows;

    public BlockUsersEndpoint(NumberSettingsStore store, ConversationWindows windows) {
        this.store = store;
        this.windows = windows;
    }

    public ApiResponse list(ApiRequest request, PhoneNumberState number) throws GraphApiException {
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        List<String> blocked;
        synchronized (settings) {
            blocked = new ArrayList<>(settings.blocked.keySet());
        }
        int limit = BLOCKED_PAGE_SIZE;
        String limitParam = request.query().get("limit");
        if (limitParam != null) {
            if (!limitParam.matches("\\d{1,6}") || Integer.parseInt(limitParam) < 1) {
                throw BusinessProfileEndpoint.invalid("Param limit must be a positive number");
            }
            limit = Integer.parseInt(limitParam);
        }
        int start = request.query().containsKey("after") ? decode(request.query().get("after")) + 1 : 0;
        int end = Math.min(blocked.size(), start + limit);
        ObjectNode response = Json.object();
        ArrayNode data = response.putArray("data");
        for (int i = start; i < end; i++) {
            data.addObject().put("messaging_product", "whatsapp").put("wa_id", blocked.get(i));
        }
        if (start < end) {
            ObjectNode paging = response.putObject("paging");
            paging.putObject("cursors").put("before", encode(start)).put("after", encode(end - 1));
            if (end < blocked.size()) {
                String host = request.header("host");
                paging.put("next", "http://" + (host == null ? "127.0.0.1" : host) + request.path() + "?limit="
                        + limit + "&after=" + encode(end - 1));
            }
        }
        return ApiResponse.ok(response);
    }

    public ApiResponse block(PhoneNumberState number, JsonNode body) throws GraphApiException {
        String phoneNumberId = number.number().phoneNumberId();
        return change(number, body, "added_users", "block", (settings, input, waId, added, failed) -> {
            if (waId.equals(number.number().digits())) {
                failed.add(failure(input, waId, MetaErrorCode.SENDER_IS_RECIPIENT,
                        "Failed to block self phone number"));
            } else if (!settings.blocked.containsKey(waId) && !windows.isOpen(phoneNumberId, waId)) {
                failed.add(failure(input, waId, MetaErrorCode.REENGAGEMENT,
                        "User has not messaged in the last 24 hours"));
            } else if (!settings.blocked.containsKey(waId) && settings.blocked.size() >= BLOCKLIST_MAX) {
                throw new GraphApiException(
                        new GraphError(
                                139101, null, 400, "(#139101) Blocklist limit reached",
                                "The blocklist has reached its " + BLOCKLIST_MAX + " user limit", null, null));
            } else {
                settings.blocked.put(waId, input);
                added.addObject().put("input", input).put("wa_id", waId);
            }
        });
    }

    public ApiResponse unblock(PhoneNumberState number, JsonNode body) throws GraphApiException {
        return change(number, body, "removed_users", "unblock", (settings, input, waId, removed, failed) -> {
            // unblocking someone who is not blocked leaves the list as it is, as Meta does
            settings.blocked.remove(waId);
            removed.addObject().put("input", input).put("wa_id", waId);
        });
    }

    /** What a request does to one user whose input is a WhatsApp id, adding to the done or the failed users. */
    @FunctionalInterface
    private interface UserChange {
        void apply(NumberSettingsStore.NumberSettings settings, String input, String waId, ArrayNode done,
                   ArrayNode failed)
                throws GraphApiException;
    }

    /** Applies a change to each user of the request, under the number's lock; inputs that are no id fail. */
    private ApiResponse change(PhoneNumberState number, JsonNode body, String doneKey, String verb, UserChange change)
            throws GraphApiException {
        List<String> inputs = users(body);
        NumberSettingsStore.NumberSettings settings = store.of(number.number().phoneNumberId());
        ArrayNode done = Json.array();
        ArrayNode failed = Json.array();
        synchronized (settings) {
            for (String input : inputs) {
                Optional<String> waId = RecipientNumber.digits(input);
                if (waId.isEmpty()) {
                    failed.add(failure(input, null, MetaErrorCode.REENGAGEMENT, "Invalid WhatsApp user: " + input));
                } else {
                    change.apply(settings, input, waId.get(), done, failed);
                }
            }
        }
        return answer(doneKey, done, failed, verb);
    }

    private static List<String> users(JsonNode body) throws GraphApiException {
        if (!"whatsapp".equals(Json.text(body, "messaging_product"))) {
            throw BusinessProfileEndpoint.invalid("The parameter messaging_product is required and must be 'whatsapp'");
        }
        JsonNode list = body.get("block_users");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw BusinessProfileEndpoint.invalid("The parameter block_users is required: [{\"user\":\"...\"}]");
        }
        if (list.size() > BLOCK_USERS_PER_REQUEST) {
            throw GraphApiException.of(MetaErrorCode.THROUGHPUT_LIMIT, "Too many users in one request: "
                    + list.size() + " (at most " + BLOCK_USERS_PER_REQUEST + ")");
        }
        List<String> users = new ArrayList<>();
        for (JsonNode entry : list) {
            String user = Json.text(entry, "user");
            if (user == null || user.isBlank()) {
                throw BusinessProfileEndpoint.invalid("Each block_users entry needs a user");
            }
            users.add(user);
        }
        return users;
    }

    private static ObjectNode failure(String input, String waId, MetaErrorCode code, String details) {
        ObjectNode user = Json.object().put("input", input);
        if (waId != null) {
            user.put("wa_id", waId);
        }
        ObjectNode error = user.putArray("errors").addObject();
        error.put("message", code.title());
        error.put("code", code.code());
        error.putObject("error_data").put("details", details);
        return user;
    }

    private static ApiResponse answer(String doneKey, ArrayNode done, ArrayNode failed, String verb) {
        ObjectNode response = Json.object();
        response.put("messaging_product", "whatsapp");
        ObjectNode result = response.putObject("block_users");
        result.set(doneKey, done);
        if (failed.isEmpty()) {
            return ApiResponse.ok(response);
        }
        result.set("failed_users", failed);
        response.setAll(new GraphError(
                139100, null, 400, "(#139100) Failed to block/unblock users",
                "Failed to " + verb + " some users, see the block_users response list for details", null, null)
                .toJson());
        return ApiResponse.json(400, response);
    }

    private static String encode(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decode(String cursor) throws GraphApiException {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw BusinessProfileEndpoint.invalid("Invalid cursor: " + cursor);
        }
    }

    /** Whether the user is blocked by the number (a send to them fails). */
    public boolean isBlocked(String phoneNumberId, String waId) {
        return store.isBlocked(phoneNumberId, waId);
    }
}
