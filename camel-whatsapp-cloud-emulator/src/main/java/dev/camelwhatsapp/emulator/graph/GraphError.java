package dev.camelwhatsapp.emulator.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Graph API error in Meta's envelope:
 * {@code {"error":{"message","type","code","error_subcode"?,"error_data":{"messaging_product","details"},
 * "error_user_title"?,"error_user_msg"?,"fbtrace_id"}}}.
 *
 * @param code       Meta's error code
 * @param subcode    {@code error_subcode}, or {@code null}
 * @param httpStatus the HTTP status of the answer
 * @param message    {@code error.message}
 * @param details    {@code error_data.details}
 * @param userTitle  {@code error_user_title}, or {@code null}
 * @param userMsg    {@code error_user_msg}, or {@code null}
 */
public record GraphError(int code, Integer subcode, int httpStatus, String message, String details, String userTitle,
        String userMsg) {

    private static final SecureRandom TRACE_RANDOM = new SecureRandom();

    /** An error of a catalogued code, with Meta's message and the given details. */
    public static GraphError of(MetaErrorCode code, String details) {
        return new GraphError(code.code(), null, code.httpStatus(), standardMessage(code), details, null, null);
    }

    /** An error of any code: the catalogue supplies the status and title when it knows the code. */
    public static GraphError ofCode(int code, String details) {
        return MetaErrorCode.of(code).map(known -> of(known, details))
                .orElseGet(() -> new GraphError(code, null, 400, "(#" + code + ") Error " + code, details, null,
                        null));
    }

    /**
     * Graph API's answer for an id that is not an object the caller can use: code 100, subcode 33, as Meta
     * answers for an unknown phone number id or WABA id.
     */
    public static GraphError unknownObject(String method, String id) {
        return new GraphError(100, 33, 400, "Unsupported " + method.toLowerCase(java.util.Locale.ROOT)
                + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions,"
                + " or does not support this operation. Please read the Graph API documentation at"
                + " https://developers.facebook.com/docs/graph-api",
                "Object with ID '" + id + "' does not exist", null, null);
    }

    public GraphError withSubcode(int value) {
        return new GraphError(code, value, httpStatus, message, details, userTitle, userMsg);
    }

    public GraphError withHttpStatus(int value) {
        return new GraphError(code, subcode, value, message, details, userTitle, userMsg);
    }

    public GraphError withMessage(String value) {
        return new GraphError(code, subcode, httpStatus, value, details, userTitle, userMsg);
    }

    public GraphError withUserMessage(String title, String msg) {
        return new GraphError(code, subcode, httpStatus, message, details, title, msg);
    }

    /** Meta's {@code message}: OAuth errors read plainly, the others as {@code (#code) title}. */
    private static String standardMessage(MetaErrorCode code) {
        return switch (code) {
            case INVALID_ACCESS_TOKEN, ACCESS_TOKEN_REQUIRED -> code.title();
            default -> "(#" + code.code() + ") " + code.title();
        };
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", "OAuthException");
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        ObjectNode data = error.putObject("error_data");
        data.put("messaging_product", "whatsapp");
        data.put("details", details == null ? message : details);
        if (userTitle != null) {
            error.put("error_user_title", userTitle);
        }
        if (userMsg != null) {
            error.put("error_user_msg", userMsg);
        }
        error.put("fbtrace_id", newTraceId());
        return root;
    }

    public ApiResponse toResponse() {
        ApiResponse response = ApiResponse.json(httpStatus, toJson());
        if (httpStatus == 401) {
            // Graph API names the auth scheme on its 401s
            response = response.withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\"");
        }
        return response;
    }

    private static String newTraceId() {
        byte[] bytes = new byte[17];
        TRACE_RANDOM.nextBytes(bytes);
        return "A" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 22);
    }
}
