/**
 * The plumbing of the producer's flow control: the window and marketing checks before a send, the fallback template,
 * the authentication template rule, and the retry decisions after a failure.
 * <p>
 * Not API: these types are public only because the producer, the consumer and the endpoint, in other packages, use
 * them. They may change or go away in any release without notice; configure flow control through the endpoint's
 * options and the stores and limiters of {@code dev.camelwhatsapp.cloud.flow}.
 */
package dev.camelwhatsapp.cloud.flow.internal;
