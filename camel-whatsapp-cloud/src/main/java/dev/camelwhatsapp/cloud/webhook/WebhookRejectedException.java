package dev.camelwhatsapp.cloud.webhook;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * A webhook request that must be refused, with the HTTP status to answer. Its message is a short reason safe to log
 * and to return: it never echoes the payload.
 * <p>
 * The parser throws it with 400 (Bad Request) for a body that is not a WhatsApp Business Account webhook. Meta
 * retries non-2xx answers for days, so a 400 is for bodies that can never succeed, not for transient trouble.
 */
public class WebhookRejectedException extends WhatsAppCloudException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status to answer. */
    private final int statusCode;

    /**
     * @param statusCode the HTTP status to answer
     * @param reason     a short reason, without payload content
     */
    public WebhookRejectedException(int statusCode, String reason) {
        super(reason);
        this.statusCode = statusCode;
    }

    /**
     * @param  reason a short reason, without payload content
     * @return        a rejection answered with 400 Bad Request
     */
    public static WebhookRejectedException badRequest(String reason) {
        return new WebhookRejectedException(400, reason);
    }

    /**
     * @return the HTTP status the webhook endpoint must answer
     */
    public int statusCode() {
        return statusCode;
    }
}
