package dev.camelwhatsapp.cloud.webhook.internal;

import dev.camelwhatsapp.cloud.PhoneNumberIds;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import dev.camelwhatsapp.cloud.webhook.WebhookVerification;

/**
 * What a webhook path needs from each consumer registered on it: which events it receives, which requests it trusts,
 * and how it processes an event. Several subscribers (one per business phone number, or {@code *}) share one path.
 */
public interface WebhookSubscriber {

    /**
     * @return the business phone number id whose events this subscriber receives, or {@value PhoneNumberIds#ANY}
     */
    String phoneNumberId();

    /**
     * @return the WhatsApp Business Account id whose account-level events this subscriber receives, or {@code null}
     */
    String wabaId();

    /**
     * @param  eventType {@code message}, {@code status}, {@code error} or a webhook field name
     * @return           whether this subscriber wants events of that type
     */
    boolean acceptsEventType(String eventType);

    /**
     * @param  rawBody         the request body exactly as received
     * @param  signatureHeader the {@code X-Hub-Signature-256} header, or {@code null}
     * @return                 whether this subscriber accepts a payload so signed
     */
    boolean trusts(byte[] rawBody, String signatureHeader);

    /**
     * @param  mode      {@code hub.mode}, or {@code null}
     * @param  token     {@code hub.verify_token}, or {@code null}
     * @param  challenge {@code hub.challenge}, or {@code null}
     * @return           this subscriber's answer to Meta's verification request
     */
    WebhookVerification verify(String mode, String token, String challenge);

    /**
     * @return the largest body this subscriber accepts, in bytes
     */
    long maxBodySize();

    /**
     * @return the longest a request may take from its headers to its answer, in milliseconds; 0 for no limit
     */
    default long requestTimeout() {
        return 0;
    }

    /**
     * @return when the payloads of this subscriber's events are answered
     */
    AckMode ackMode();

    /**
     * @return the queue of {@link AckMode#immediate} events; {@code null} in any other mode
     */
    BoundedEventQueue immediateQueue();

    /**
     * Processes one event exactly once: routes it unless it was routed successfully before.
     *
     * @param  event    the event
     * @param  callback told when the event is done
     * @return          {@code true} if done before returning
     */
    boolean process(WebhookEventEnvelope event, EventCallback callback);

    /**
     * The dispatch rule: an event of a business number goes to that number's subscribers and to {@value PhoneNumberIds#ANY}
     * ones; an account-level event (no number) goes to {@value PhoneNumberIds#ANY} subscribers and to those of its WABA.
     *
     * @param  event the event
     * @return       whether this subscriber receives it
     */
    default boolean receives(WebhookEventEnvelope event) {
        boolean addressed;
        if (PhoneNumberIds.ANY.equals(phoneNumberId())) {
            addressed = true;
        } else if (event.phoneNumberId() != null) {
            addressed = event.phoneNumberId().equals(phoneNumberId());
        } else {
            addressed = wabaId() != null && wabaId().equals(event.wabaId());
        }
        return addressed && acceptsEventType(event.eventType());
    }
}
