/**
 * The plumbing of the webhook consumer: the dispatcher of a webhook path, the sequence and queue its events go
 * through, and the gate that lets each event through to the route exactly once per success.
 * <p>
 * Not API: these types are public only because the consumer and the component, in other packages, use them. They may
 * change or go away in any release without notice; use the consumer's options instead.
 */
package dev.camelwhatsapp.cloud.webhook.internal;
