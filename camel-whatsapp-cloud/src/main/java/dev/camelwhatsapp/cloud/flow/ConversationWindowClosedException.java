package dev.camelwhatsapp.cloud.flow;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;
import dev.camelwhatsapp.cloud.WindowClosed;

/**
 * A free-form message was not sent because no 24-hour customer service window is known to be open with the recipient:
 * nothing reached Meta (which would have accepted it and then failed it silently with 131047).
 *
 * <p>
 * Send an approved template instead, or set {@code windowPolicy=template} with a {@code fallbackTemplate}. If the
 * user did write in the last 24 hours, the producer's window store did not hear of it: let the producer and the
 * webhook consumer share one store (the same CamelContext does by default; several replicas need a shared one, such
 * as {@link JdbcConversationWindowStore}).
 */
public class ConversationWindowClosedException extends WhatsAppCloudException implements WindowClosed {

    private final String phoneNumberId;
    private final String recipient;

    /**
     * @param phoneNumberId the business phone number id
     * @param recipient     the recipient's number
     */
    public ConversationWindowClosedException(String phoneNumberId, String recipient) {
        super("Not sent: no user message from " + recipient + " to " + phoneNumberId
                + " in the last 24 hours is known, so WhatsApp only allows a template. Send an approved template,"
                + " set windowPolicy=template with a fallbackTemplate, or, if the user did write, let the webhook"
                + " consumer and this producer share the conversation window store.");
        this.phoneNumberId = phoneNumberId;
        this.recipient = recipient;
    }

    /** @return the business phone number id the message would have been sent from */
    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    /** @return the recipient */
    public String getRecipient() {
        return recipient;
    }
}
