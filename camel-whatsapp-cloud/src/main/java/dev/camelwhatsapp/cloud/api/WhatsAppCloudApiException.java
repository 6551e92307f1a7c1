package dev.camelwhatsapp.cloud.api;

import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * An error answered by the WhatsApp Cloud API (or by something in front of it, such as a proxy's 502 page). It carries
 * everything Meta said, so that {@code onException} and the redelivery policy can decide what to do, and nothing of
 * the request (no token, no message content).
 *
 * <p>
 * Catch the subclass of the {@link #getCategory() category} you care about, e.g.
 * {@code onException(WhatsAppCloudRateLimitException.class)}, or this type for all of them.
 */
public class WhatsAppCloudApiException extends WhatsAppCloudException {

    private final transient GraphApiError error;
    private transient JsonNode responseBody;

    protected WhatsAppCloudApiException(GraphApiError error) {
        super(error.describe());
        this.error = error;
    }

    /**
     * Creates the exception of the right subclass for an error.
     *
     * @param  error what the Graph API answered
     * @return       an exception whose type follows {@link ErrorCategory#of(Integer, int)}
     */
    public static WhatsAppCloudApiException of(GraphApiError error) {
        return switch (error.category()) {
            case RATE_LIMIT -> new WhatsAppCloudRateLimitException(error);
            case SERVICE -> new WhatsAppCloudServiceException(error);
            case TOKEN -> new WhatsAppCloudTokenException(error);
            case WINDOW_CLOSED -> new WhatsAppCloudWindowClosedException(error);
            case TEMPLATE -> new WhatsAppCloudTemplateException(error);
            case BAD_REQUEST -> new WhatsAppCloudBadRequestException(error);
            case UNDELIVERABLE -> new WhatsAppCloudUndeliverableException(error);
            case POLICY -> new WhatsAppCloudPolicyException(error);
            case UNCLASSIFIED -> new WhatsAppCloudApiException(error);
        };
    }

    /** @return the whole error as parsed from the response */
    public GraphApiError getError() {
        return error;
    }

    /** @return the HTTP status of the response */
    public int getHttpStatus() {
        return error.httpStatus();
    }

    /** @return Meta's error code, or -1 when the response carried none */
    public int getCode() {
        return error.code() == null ? -1 : error.code();
    }

    /** @return Meta's error subcode, if any */
    public Optional<Integer> getSubcode() {
        return Optional.ofNullable(error.subcode());
    }

    /** @return Meta's error type, e.g. {@code OAuthException} */
    public String getType() {
        return error.type();
    }

    /** @return {@code error_data.details}: the most specific explanation Meta gives, if any */
    public String getDetails() {
        return error.details();
    }

    /** @return the id Meta support asks for when investigating a failed call */
    public String getFbtraceId() {
        return error.fbtraceId();
    }

    /** @return the category the code belongs to */
    public ErrorCategory getCategory() {
        return error.category();
    }

    /** @return whether the error is transient, so that the same request may succeed later */
    public boolean isRetryable() {
        return error.category().isRetryable();
    }

    /**
     * @return the whole error answer as Meta sent it, when it was JSON: some answers carry more than the error object,
     *         such as the per-user results of a 139100 answer to a block-users request
     */
    public Optional<JsonNode> getResponseBody() {
        return Optional.ofNullable(responseBody);
    }

    WhatsAppCloudApiException withResponseBody(JsonNode body) {
        this.responseBody = body;
        return this;
    }

    /** @return how long Meta asked to wait before retrying (Retry-After or X-Business-Use-Case-Usage), if it said */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(error.retryAfter());
    }
}
