/**
 * Typed, immutable view of what Meta's WhatsApp Cloud API webhooks deliver.
 * <p>
 * A webhook payload is split into one {@link dev.camelwhatsapp.cloud.model.inbound.WebhookEvent} per message,
 * status, {@code value.errors} item or change of any other field. Every event keeps the JSON it was read from
 * ({@code json()}), so a field this model does not type yet is never lost, and its
 * {@link dev.camelwhatsapp.cloud.model.inbound.WebhookContext} (WABA, field, business phone number).
 * <p>
 * Optional values are {@code null} rather than {@link java.util.Optional}: Camel's Simple language walks
 * {@code ${body.text.body}} by calling {@code text()} then {@code body()} and does not unwrap an {@code Optional},
 * so nullable accessors keep route expressions short ({@code ${body.text?.body}} is the null-safe form). Lists are
 * never {@code null}, only empty. Java code that prefers {@code Optional} uses
 * {@link dev.camelwhatsapp.cloud.model.inbound.InboundMessage#partAs(Class)}.
 * <p>
 * The types depend on Jackson's tree model only; they are built by the parser in
 * {@code dev.camelwhatsapp.cloud.webhook}.
 */
package dev.camelwhatsapp.cloud.model.inbound;
