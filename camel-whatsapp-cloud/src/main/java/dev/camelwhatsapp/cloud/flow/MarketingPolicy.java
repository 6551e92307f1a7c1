package dev.camelwhatsapp.cloud.flow;

/**
 * What the producer does with a MARKETING template for a user who stopped marketing messages, or whom Meta's per-user
 * marketing limit refused recently.
 */
public enum MarketingPolicy {
    /** Fail the exchange with {@link MarketingBlockedException}; nothing is sent. */
    refuse,
    /**
     * Complete the exchange without sending; the {@code CamelWhatsAppCloudMarketingSkipped} header says why. For
     * campaign routes that go through a list of users and should pass over the ones who said no.
     */
    skip,
    /** Send as asked: Meta fails the message with 131050 or 131049. */
    off
}
