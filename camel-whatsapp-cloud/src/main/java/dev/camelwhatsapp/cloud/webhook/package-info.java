/**
 * The receiving side of the WhatsApp Cloud API webhook: signature check, parsing, dispatch and deduplication.
 * <p>
 * The checking and parsing classes ({@link dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier},
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookVerification}, {@link dev.camelwhatsapp.cloud.webhook.WebhookPayloadParser})
 * are free of Camel types and can be used and tested alone. A request is handled in this order:
 * <ol>
 * <li>{@code GET}: answer {@link dev.camelwhatsapp.cloud.webhook.WebhookVerification#answer}.</li>
 * <li>{@code POST}: enforce the size limit, then check
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier#verify} over the raw bytes (403 when it fails),
 * then {@link dev.camelwhatsapp.cloud.webhook.WebhookPayloadParser#parse} (a
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookRejectedException} carries the status to answer), then process each
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope} whose {@code dedupKey()} was not processed before.</li>
 * </ol>
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookDispatcher} does this for one HTTP path served through
 * camel-platform-http, handing events to the {@link dev.camelwhatsapp.cloud.webhook.WebhookSubscriber}s (consumers)
 * registered on it; {@link dev.camelwhatsapp.cloud.webhook.ExactlyOnceGate} keeps a Camel
 * {@code IdempotentRepository} of the events that went through a route.
 */
package dev.camelwhatsapp.cloud.webhook;
