package dev.camelwhatsapp.cloud.api;

/**
 * Meta could not process the request now (131000, 131016, 131057, 1, 2, HTTP 5xx): retry later.
 *
 * @see ErrorCategory#SERVICE
 */
public class WhatsAppCloudServiceException extends WhatsAppCloudApiException {

    WhatsAppCloudServiceException(GraphApiError error) {
        super(error);
    }
}
