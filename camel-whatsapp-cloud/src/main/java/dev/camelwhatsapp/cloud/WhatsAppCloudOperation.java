package dev.camelwhatsapp.cloud;

/**
 * What a {@code whatsapp-cloud:} producer does with an exchange.
 */
public enum WhatsAppCloudOperation {

    /** Sends the body as a WhatsApp message (the default). */
    sendMessage,

    /** Marks the received message whose wamid is the body (or the MessageId header) as read. */
    markAsRead
}
