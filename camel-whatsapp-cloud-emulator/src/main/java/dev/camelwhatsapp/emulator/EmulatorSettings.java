package dev.camelwhatsapp.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The emulator's configuration as the {@link WhatsAppCloudEmulator.Builder} produced it. {@link
 * WhatsAppCloudEmulator#reset()} returns the emulator to exactly this configuration.
 *
 * @param host                 interface the server binds to
 * @param port                 TCP port, 0 for a free one
 * @param accessToken          the only Bearer token the Graph API accepts
 * @param appSecret            HMAC key of webhook signatures
 * @param webhookUrl           the app's callback URL, or {@code null} (then no webhook is sent)
 * @param wabaId               the WhatsApp Business Account id
 * @param appId                the id of the Meta app the token belongs to
 * @param businessNumbers      the WABA's phone numbers
 * @param users                known WhatsApp users
 * @param templates            the WABA's message templates
 * @param throughputPerSecond  messages per second per business number before 130429
 * @param pairRateBurst        messages to one user that may be sent back to back before 131056
 * @param pairRateInterval     time to regain one message of the pair-rate burst
 * @param acceptAnyRecipient   every well-formed number is a WhatsApp user
 * @param deliveredDelay       virtual time from acceptance to {@code delivered}
 * @param readDelay            virtual time from acceptance to {@code read}
 * @param templateReviewDelay  virtual time a created template stays {@code PENDING}
 * @param subscribed           whether the WABA is subscribed to the app (no webhooks otherwise)
 * @param webhookDelivery      delivery behaviour
 * @param maxRecords           cap of each record log (sent messages, inbound messages, webhook attempts)
 * @param maxMediaBytes        cap of stored media bytes, oldest evicted first
 * @param serverThreads        HTTP worker threads
 */
public record EmulatorSettings(String host, int port, String accessToken, String appSecret, URI webhookUrl,
        String wabaId, String appId, List<BusinessNumber> businessNumbers, List<WhatsAppUser> users,
        List<TemplateDefinition> templates, int throughputPerSecond, int pairRateBurst, Duration pairRateInterval,
        boolean acceptAnyRecipient, Duration deliveredDelay, Duration readDelay, Duration templateReviewDelay,
        boolean subscribed, WebhookDeliveryOptions webhookDelivery, int maxRecords, long maxMediaBytes,
        int serverThreads) {

    public EmulatorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(wabaId, "wabaId");
        businessNumbers = List.copyOf(businessNumbers);
        users = List.copyOf(users);
        templates = List.copyOf(templates);
        if (businessNumbers.isEmpty()) {
            throw new IllegalArgumentException("At least one business number is needed");
        }
        if (throughputPerSecond < 1 || pairRateBurst < 1) {
            throw new IllegalArgumentException("Throughput and pair-rate burst are at least 1");
        }
        if (readDelay.compareTo(deliveredDelay) < 0) {
            throw new IllegalArgumentException("A message is read after it is delivered: readDelay >= deliveredDelay");
        }
    }

    /** Settings with the webhook URL replaced. */
    public EmulatorSettings withWebhookUrl(URI url) {
        return new EmulatorSettings(
                host, port, accessToken, appSecret, url, wabaId, appId, businessNumbers, users,
                templates, throughputPerSecond, pairRateBurst, pairRateInterval, acceptAnyRecipient, deliveredDelay,
                readDelay, templateReviewDelay, subscribed, webhookDelivery, maxRecords, maxMediaBytes,
                serverThreads);
    }
}
