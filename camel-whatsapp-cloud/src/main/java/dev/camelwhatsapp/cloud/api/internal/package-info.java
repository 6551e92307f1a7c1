/**
 * The plumbing of the Graph API client: how the endpoint builds its HTTP client from its options.
 * <p>
 * Not API: these types are public only because the endpoint and the health checks, in other packages, use them. They
 * may change or go away in any release without notice; configure the HTTP client through the endpoint's options, or
 * give the endpoint a client of your own.
 */
package dev.camelwhatsapp.cloud.api.internal;
