package dev.camelwhatsapp.cloud.api;

/**
 * The template does not exist in that language, is not approved, or the parameters do not fit it (132xxx).
 *
 * @see ErrorCategory#TEMPLATE
 */
public class WhatsAppCloudTemplateException extends WhatsAppCloudApiException {

    WhatsAppCloudTemplateException(GraphApiError error) {
        super(error);
    }
}
