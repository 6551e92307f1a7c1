package dev.camelwhatsapp.cloud.api;

/**
 * The message cannot reach this user (131026, 131021, 131051, 130403).
 *
 * @see ErrorCategory#UNDELIVERABLE
 */
public class WhatsAppCloudUndeliverableException extends WhatsAppCloudApiException {

    WhatsAppCloudUndeliverableException(GraphApiError error) {
        super(error);
    }
}
