package dev.camelwhatsapp.cloud.flows.endpoint;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * A Flow data endpoint request that cannot be decrypted: answered 421, so that the WhatsApp client fetches the public
 * key again and retries; it never reaches a route.
 */
public class FlowDecryptionException extends WhatsAppCloudException {

    private static final long serialVersionUID = 1L;

    /** @param message what could not be decrypted, never any key material */
    public FlowDecryptionException(String message) {
        super(message);
    }
}
