package dev.camelwhatsapp.cloud.management;

/**
 * A media file WhatsApp would refuse (error 131053): an unsupported type, or larger than its type allows. Thrown before
 * anything is uploaded.
 */
public class InvalidMediaException extends IllegalArgumentException {

    public InvalidMediaException(String message) {
        super(message);
    }
}
