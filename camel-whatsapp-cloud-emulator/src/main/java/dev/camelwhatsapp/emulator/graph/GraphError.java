package dev.camelwhatsapp.emulator.graph;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * A Graph API error in Meta's envelope:
 * {@code {"error":{"message","type","code","error_subcode"?,"is_transient"?,"error_data"?:{"messaging_product",
 * "details"},"error_user_title"?,"error_user_msg"?,"fbtrace_id"}}}.
 * <p>
 * The envelope differs by error as Meta's does: token errors (190, 104), unknown paths (2500), unknown objects
 * (100/33) and app-level rate limits (4, 17, 80007) have no {@code error_data}; unknown objects are
 * {@code GraphMethodException}s; rate limits and server errors say {@code is_transient:true}.
 *
 * @param code       Meta's error code
 * @param subcode    {@code error_subcode}, or {@code null}
 * @param httpStatus the HTTP status of the answer
 * @param message    {@code error.message}
 * @param details    {@code error_data.details}
 * @param userTitle  {@code error_user_title}, or {@code null}
 * @param userMsg    {@code error_user_msg}, or {@code null}
 * @param type       {@code error.type}
 * @param errorData  whether the envelope carries {@code error_data}
 * @param isTransient {@code is_transient}, or {@code null} when Meta leaves it out
 */
public record GraphError(int code, Integer subcode, int httpStatus, String message, String details, String userTitle,
        String userMsg, String type, boolean errorData, Boolean isTransient) {

    private static final SecureRandom TRACE_RANDOM = new SecureRandom();

    static final String OAUTH_EXCEPTION = "OAuthException";
    static final String GRAPH_METHOD_EXCEPTION = "GraphMethodException";

    /** Graph-level errors Meta answers without the WhatsApp {@code error_data} block. */
    private static final Set<Integer> WITHOUT_ERROR_DATA = Set.of(2500, 104, 190, 4, 17, 80007);
    /** Rate limits and server-side failures: Meta marks them transient. */
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 4, 17, 80007, 130429, 131000, 131016, 131057);

    /** An error with the envelope Meta uses for its code. */
    public GraphError(int code, Integer subcode, int httpStatus, String message, String details, String userTitle,
                      String userMsg) {
        this(code, subcode, httpStatus, message, details, userTitle, userMsg, OAUTH_EXCEPTION,
             !WITHOUT_ERROR_DATA.contains(code), TRANSIENT.contains(code) ? Boolean.TRUE : null);
    }

    /** An error of a catalogued code, with Meta's message and the given details. */
    public static GraphError of(MetaErrorCode code, String details) {
        GraphError error = new GraphError(
                code.code(), null, code.httpStatus(), standardMessage(code), details, null,
                null);
        // Meta's "too many calls to this WhatsApp Business account" throttle
        return code == MetaErrorCode.RATE_LIMIT_ISSUES ? error.withSubcode(2446079) : error;
    }

    /** An error of any code: the catalogue supplies the status and title when it knows the code. */
    public static GraphError ofCode(int code, String details) {
        return MetaErrorCode.of(code).map(known -> of(known, details))
                .orElseGet(() -> new GraphError(
                        code, null, 400, "(#" + code + ") Error " + code, details, null,
                        null));
    }

    /**
     * Graph API's answer for an id that is not an object the caller can use: code 100, subcode 33, a
     * {@code GraphMethodException} without {@code error_data}, as Meta answers for an unknown phone number id,
     * WABA id or media id.
     */
    public static GraphError unknownObject(String method, String id) {
        return new GraphError(
                100, 33, 400, "Unsupported " + method.toLowerCase(java.util.Locale.ROOT)
                        + " request. Object with ID '" + id
                        + "' does not exist, cannot be loaded due to missing permissions,"
                        + " or does not support this operation. Please read the Graph API documentation at"
                        + " https://developers.facebook.com/docs/graph-api",
                "Object with ID '" + id + "' does not exist", null, null, GRAPH_METHOD_EXCEPTION, false, null);
    }

    public GraphError withSubcode(int value) {
        return new GraphError(
                code, value, httpStatus, message, details, userTitle, userMsg, type, errorData,
                isTransient);
    }

    public GraphError withHttpStatus(int value) {
        return new GraphError(
                code, subcode, value, message, details, userTitle, userMsg, type, errorData,
                isTransient);
    }

    public GraphError withMessage(String value) {
        return new GraphError(
                code, subcode, httpStatus, value, details, userTitle, userMsg, type, errorData,
                isTransient);
    }

    public GraphError withUserMessage(String title, String msg) {
        return new GraphError(code, subcode, httpStatus, message, details, title, msg, type, errorData, isTransient);
    }

    /** The same error with an explicit {@code is_transient}. */
    public GraphError withTransient(boolean value) {
        return new GraphError(
                code, subcode, httpStatus, message, details, userTitle, userMsg, type, errorData,
                value);
    }

    /** The same error without {@code error_data}, as Meta answers some parameter errors. */
    public GraphError withoutErrorData() {
        return new GraphError(
                code, subcode, httpStatus, message, details, userTitle, userMsg, type, false,
                isTransient);
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
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        if (isTransient != null) {
            error.put("is_transient", isTransient);
        }
        if (errorData) {
            ObjectNode data = error.putObject("error_data");
            data.put("messaging_product", "whatsapp");
            data.put("details", details == null ? message : details);
        }
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
