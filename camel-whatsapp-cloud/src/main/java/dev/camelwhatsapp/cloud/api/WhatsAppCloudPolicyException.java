package dev.camelwhatsapp.cloud.api;

/**
 * Meta refuses on policy or account grounds (368, 131031, 131048, 131049, 131050, 130497, 130472).
 *
 * @see ErrorCategory#POLICY
 */
public class WhatsAppCloudPolicyException extends WhatsAppCloudApiException {

    WhatsAppCloudPolicyException(GraphApiError error) {
        super(error);
    }
}
