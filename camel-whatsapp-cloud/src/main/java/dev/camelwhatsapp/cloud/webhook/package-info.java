/**
 * The receiving side of the WhatsApp Cloud API webhook, free of Camel types so it can be used and tested alone.
 * <p>
 * A consumer handles a request in this order:
 * <ol>
 * <li>{@code GET}: answer {@link dev.camelwhatsapp.cloud.webhook.WebhookVerification#answer}.</li>
 * <li>{@code POST}: enforce the size limit, then check
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier#verify} over the raw bytes (403 when it fails),
 * then {@link dev.camelwhatsapp.cloud.webhook.WebhookPayloadParser#parse} (a
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookRejectedException} carries the status to answer), then process each
 * {@link dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope} whose {@code dedupKey()} was not processed before.</li>
 * </ol>
 */
package dev.camelwhatsapp.cloud.webhook;
