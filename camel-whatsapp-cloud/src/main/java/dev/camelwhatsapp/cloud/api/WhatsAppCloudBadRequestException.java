package dev.camelwhatsapp.cloud.api;

/**
 * The request is wrong (100, 131008, 131009, 131005, 131053, 133010): fix it; retrying does not help.
 *
 * @see ErrorCategory#BAD_REQUEST
 */
public class WhatsAppCloudBadRequestException extends WhatsAppCloudApiException {

    WhatsAppCloudBadRequestException(GraphApiError error) {
        super(error);
    }
}
