package dev.camelwhatsapp.cloud.api;

/**
 * Too many messages or calls (130429, 131056, 4, 17, 80007): back off and retry; for 131056 wait for that recipient only.
 *
 * @see ErrorCategory#RATE_LIMIT
 */
public class WhatsAppCloudRateLimitException extends WhatsAppCloudApiException {

    WhatsAppCloudRateLimitException(GraphApiError error) {
        super(error);
    }
}
