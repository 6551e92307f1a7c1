package dev.camelwhatsapp.cloud.api;

import dev.camelwhatsapp.cloud.WindowClosed;

/**
 * The 24-hour customer service window is closed (131047): send an approved template instead.
 *
 * @see ErrorCategory#WINDOW_CLOSED
 */
public class WhatsAppCloudWindowClosedException extends WhatsAppCloudApiException implements WindowClosed {

    WhatsAppCloudWindowClosedException(GraphApiError error) {
        super(error);
    }
}
