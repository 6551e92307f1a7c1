package dev.camelwhatsapp.cloud.flow;

/**
 * What the producer does with a free-form (non-template) message to a recipient whose 24-hour customer service window
 * is not known to be open.
 */
public enum WindowPolicy {

    /** Fail the exchange before any HTTP call with a {@link ConversationWindowClosedException} (the default). */
    strict,

    /** Send the configured fallback template instead, and say so in the {@code CamelWhatsAppCloudWindowFallback} header. */
    template,

    /** Send anyway and let Meta decide (a closed window then fails later, in a status event, with 131047). */
    off
}
