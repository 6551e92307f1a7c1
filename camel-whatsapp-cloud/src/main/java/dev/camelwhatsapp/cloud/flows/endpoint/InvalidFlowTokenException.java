package dev.camelwhatsapp.cloud.flows.endpoint;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * Thrown by a route serving the Flow data endpoint when the request's flow token is no longer valid (the Flow was
 * completed already, it expired, the business invalidated it). The endpoint answers HTTP 427 with
 * {@code {"error_msg": message}}: WhatsApp shows the message to the user and disables the Flow's button, so that a
 * new message with a fresh token is needed.
 */
public class InvalidFlowTokenException extends WhatsAppCloudException {

    private static final long serialVersionUID = 1L;

    /** @param message the text WhatsApp shows the user, e.g. "This booking was already confirmed" */
    public InvalidFlowTokenException(String message) {
        super(message);
    }
}
