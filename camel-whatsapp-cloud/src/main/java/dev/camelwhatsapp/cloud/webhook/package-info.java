/**
 * The receiving side of the WhatsApp Cloud API webhook: signature check, parsing and the events it yields.
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
 * The consumer does this for one HTTP path served through camel-platform-http, routing each event exactly once per
 * success; the dispatch, queue and deduplication that do it are in {@code dev.camelwhatsapp.cloud.webhook.internal},
 * which is not API.
 */
package dev.camelwhatsapp.cloud.webhook;
