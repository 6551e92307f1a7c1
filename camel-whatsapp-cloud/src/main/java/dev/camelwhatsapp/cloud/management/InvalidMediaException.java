package dev.camelwhatsapp.cloud.management;

import dev.camelwhatsapp.cloud.WhatsAppCloudFailure;

/**
 * A media file WhatsApp would refuse (error 131053): an unsupported type, or larger than its type allows. Thrown before
 * anything is uploaded.
 */
public class InvalidMediaException extends IllegalArgumentException implements WhatsAppCloudFailure {

    public InvalidMediaException(String message) {
        super(message);
    }
}
