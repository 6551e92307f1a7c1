package dev.camelwhatsapp.cloud.test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;

/**
 * The set-up of the tests that read the send counters (JMX, Micrometer): a window store and a fixed clock in the
 * registry, and a producer against the emulator that retries at once and spaces one user's sends by the pair rate, so
 * that a retried send, a failure, a window refusal and a throttle wait each show in the counters.
 */
public final class CountedSends {

    public static final String NUMBER = "106540352242922";
    public static final String USER = "15551234567";
    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private CountedSends() {
    }

    /** Binds the store (as the only one, which the endpoints then use) and a clock fixed at {@link #NOW}. */
    public static void bind(CamelContext context, ConversationWindowStore windows) {
        context.getRegistry().bind("windows", windows);
        context.getRegistry().bind("clock", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /**
     * @param pairRateIntervalMillis how long one user's sends are spaced
     * @param options                more endpoint options, each starting with {@code &}, or {@code ""}
     */
    public static String endpoint(WhatsAppCloudEmulatorExtension emulator, long pairRateIntervalMillis,
                                  String options) {
        return "whatsapp-cloud:" + NUMBER + "?accessToken=" + DEFAULT_ACCESS_TOKEN + "&clock=#clock"
                + "&redeliveryDelay=10&jitter=0&pairRateBurst=1&pairRateInterval=" + pairRateIntervalMillis
                + "&baseUri=" + emulator.baseUri() + options;
    }
}
