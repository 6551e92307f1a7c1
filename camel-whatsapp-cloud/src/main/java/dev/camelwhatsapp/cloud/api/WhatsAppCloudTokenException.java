package dev.camelwhatsapp.cloud.api;

/**
 * The access token is expired, invalid or lacks a permission (0, 190, 3, 10, 200): fix the credentials; retrying does not help.
 *
 * @see ErrorCategory#TOKEN
 */
public class WhatsAppCloudTokenException extends WhatsAppCloudApiException {

    WhatsAppCloudTokenException(GraphApiError error) {
        super(error);
    }
}
