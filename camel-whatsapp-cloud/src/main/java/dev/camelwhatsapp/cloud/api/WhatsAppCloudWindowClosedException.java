package dev.camelwhatsapp.cloud.api;

/**
 * The 24-hour customer service window is closed (131047): send an approved template instead.
 *
 * @see ErrorCategory#WINDOW_CLOSED
 */
public class WhatsAppCloudWindowClosedException extends WhatsAppCloudApiException {

    WhatsAppCloudWindowClosedException(GraphApiError error) {
        super(error);
    }
}
