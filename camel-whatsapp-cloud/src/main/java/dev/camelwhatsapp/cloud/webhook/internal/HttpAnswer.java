package dev.camelwhatsapp.cloud.webhook.internal;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Writes the answer to a webhook request onto the platform-http exchange: a status and a short plain-text body.
 * The request headers are dropped first, so nothing of the request (its signature included) is echoed back.
 */
final class HttpAnswer {

    static final int OK = 200;
    static final int BAD_REQUEST = 400;
    static final int FORBIDDEN = 403;
    static final int METHOD_NOT_ALLOWED = 405;
    static final int PAYLOAD_TOO_LARGE = 413;
    static final int UNSUPPORTED_MEDIA_TYPE = 415;
    static final int INTERNAL_SERVER_ERROR = 500;
    static final int SERVICE_UNAVAILABLE = 503;

    private HttpAnswer() {
    }

    static void write(Exchange exchange, int status, String text) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
