package dev.camelwhatsapp.cloud.api;

import java.time.Duration;

/**
 * An error response of the Graph API, as Meta shapes it:
 * {@code {"error":{"message","type","code","error_subcode","error_data":{"details"},"error_user_title",
 * "error_user_msg","is_transient","fbtrace_id"}}}.
 *
 * @param httpStatus   the HTTP status of the response
 * @param code         {@code error.code}, or {@code null} when the body was not a Graph API error (a proxy page)
 * @param subcode      {@code error.error_subcode}, if any
 * @param type         {@code error.type}, e.g. {@code OAuthException}
 * @param message      {@code error.message}, or a description of the non-JSON response
 * @param details      {@code error.error_data.details}, if any
 * @param userTitle    {@code error.error_user_title}, if any
 * @param userMessage  {@code error.error_user_msg}, if any
 * @param isTransient  {@code error.is_transient}, if given
 * @param fbtraceId    {@code error.fbtrace_id}, if any
 * @param retryAfter   how long Meta asked to wait (Retry-After or X-Business-Use-Case-Usage), or {@code null}
 */
public record GraphApiError(
        int httpStatus, Integer code, Integer subcode, String type, String message, String details, String userTitle,
        String userMessage, Boolean isTransient, String fbtraceId, Duration retryAfter) {

    /** @return the category of this error, the basis of every retry decision */
    public ErrorCategory category() {
        return ErrorCategory.of(code, httpStatus);
    }

    /** @return a one-line description for exception messages and logs; it carries nothing of the request */
    public String describe() {
        StringBuilder text = new StringBuilder("WhatsApp Cloud API error");
        if (code != null) {
            text.append(' ').append(code);
            if (subcode != null) {
                text.append('/').append(subcode);
            }
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (details != null && !details.equals(message)) {
            text.append(" (").append(details).append(')');
        }
        text.append(" [HTTP ").append(httpStatus).append(", ").append(category());
        if (fbtraceId != null) {
            text.append(", fbtrace_id=").append(fbtraceId);
        }
        return text.append(']').toString();
    }
}
