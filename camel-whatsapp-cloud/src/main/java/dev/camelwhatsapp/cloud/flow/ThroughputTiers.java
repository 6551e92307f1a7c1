package dev.camelwhatsapp.cloud.flow;

import java.util.OptionalInt;

/**
 * The send throughput Meta granted a business number beyond what {@code maxMessagesPerSecond} configures: a
 * {@code THROUGHPUT_UPGRADE} of the {@code phone_number_quality_update} webhook moves a number to higher throughput,
 * and with {@code applyThroughputUpgrades=true} the consumer records it here so that the producers of that number
 * send faster without a restart.
 * <p>
 * The default, {@link InMemoryThroughputTiers}, holds what this JVM learned. Replicas that share one rate limiter
 * share the tiers too by binding one implementation backed by their shared store, such as
 * {@link PostgreSqlThroughputTiers}; implementations must be thread-safe.
 */
public interface ThroughputTiers {

    /** Messages per second of a number with higher throughput, the level a {@code THROUGHPUT_UPGRADE} moves it to. */
    int HIGHER_THROUGHPUT = 1_000;

    /**
     * Raises a number's throughput; a lower value than the one recorded changes nothing.
     *
     * @param phoneNumberId     the business phone number id
     * @param messagesPerSecond the new level
     */
    void raise(String phoneNumberId, int messagesPerSecond);

    /**
     * @param  phoneNumberId the business phone number id
     * @return               the level recorded for it, or empty
     */
    OptionalInt messagesPerSecond(String phoneNumberId);

    /**
     * @param  phoneNumberId the business phone number id
     * @param  configured    the endpoint's {@code maxMessagesPerSecond}
     * @return               the limit to send under: the configured one, or the recorded level when it is higher
     */
    default RateLimit throughput(String phoneNumberId, int configured) {
        return RateLimit.perSecond(Math.max(configured, messagesPerSecond(phoneNumberId).orElse(0)));
    }
}
