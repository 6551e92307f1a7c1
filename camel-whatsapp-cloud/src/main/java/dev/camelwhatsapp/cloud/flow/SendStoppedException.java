package dev.camelwhatsapp.cloud.flow;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * The endpoint stopped (its route or its CamelContext was stopped, and the graceful shutdown's wait was over) while
 * the send was still waiting: for a throughput or pair-rate slot, or for a retry. The message was not sent by this
 * attempt; when {@link #isEarlierAttemptUnanswered()} is true an earlier attempt got no answer and Meta may have
 * accepted it.
 */
public class SendStoppedException extends WhatsAppCloudException {

    private final boolean earlierAttemptUnanswered;

    /**
     * @param phoneNumberId            the number the send was from
     * @param earlierAttemptUnanswered whether an earlier attempt may have reached Meta
     */
    public SendStoppedException(String phoneNumberId, boolean earlierAttemptUnanswered) {
        super("Not sent: the whatsapp-cloud endpoint of " + phoneNumberId + " stopped while the send was waiting"
                + (earlierAttemptUnanswered
                        ? " for a retry; an earlier attempt got no answer and may have been accepted"
                        : " for its slot or a retry; nothing of it reached Meta"));
        this.earlierAttemptUnanswered = earlierAttemptUnanswered;
    }

    /** @return whether an earlier attempt of this send got no answer, so that Meta may have accepted the message */
    public boolean isEarlierAttemptUnanswered() {
        return earlierAttemptUnanswered;
    }
}
