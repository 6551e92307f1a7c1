package dev.camelwhatsapp.cloud.webhook.internal;

/**
 * The reason label under which a refused webhook request is counted: few, stable values (the answer's status and, for
 * a 403, whether the signature was missing or wrong), never the free text of the refusal, which holds sizes and
 * positions.
 */
final class RejectionReason {

    private RejectionReason() {
    }

    static String of(int status, String reason) {
        return switch (status) {
            case HttpAnswer.BAD_REQUEST -> "malformed";
            case HttpAnswer.FORBIDDEN -> reason != null && reason.startsWith("verification") ? "verification"
                    : reason != null && reason.contains("missing") ? "signature_missing" : "signature_mismatch";
            case HttpAnswer.METHOD_NOT_ALLOWED -> "method";
            case HttpAnswer.PAYLOAD_TOO_LARGE -> "too_large";
            case HttpAnswer.UNSUPPORTED_MEDIA_TYPE -> "content_type";
            case HttpAnswer.SERVICE_UNAVAILABLE -> "unavailable";
            default -> "status_" + status;
        };
    }
}
