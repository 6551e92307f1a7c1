package dev.camelwhatsapp.cloud;

/**
 * The root of the component's exceptions: an error answered by Meta ({@code WhatsAppCloudApiException} and its typed
 * subclasses), a send the component refused or could not finish (closed window, blocked marketing, throttle wait,
 * stopped endpoint), a rejected webhook or Flows request, a failed media checksum.
 *
 * <p>
 * {@code onException(WhatsAppCloudException.class)} catches all of them. Input refused before any HTTP call is the
 * exception: it stays an {@link IllegalArgumentException} and is marked with {@link WhatsAppCloudFailure}, which this
 * class implements too.
 */
public class WhatsAppCloudException extends RuntimeException implements WhatsAppCloudFailure {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong; never a secret, never message content
     */
    protected WhatsAppCloudException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong; never a secret, never message content
     * @param cause   the underlying failure
     */
    protected WhatsAppCloudException(String message, Throwable cause) {
        super(message, cause);
    }
}
