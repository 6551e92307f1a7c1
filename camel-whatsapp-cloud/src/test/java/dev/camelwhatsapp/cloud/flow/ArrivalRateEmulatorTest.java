package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throughput limit as Meta counts it: by the time requests arrive. Every send is submitted at once, from a cold
 * endpoint (start-up burst included), and the emulator's record of when each request arrived is checked against every
 * sliding 1-second window.
 */
class ArrivalRateEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).throughputPerSecond(10_000))
            .resetBeforeEachTest();

    static String uri(int perSecond, String extra) {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&windowPolicy=off&maxMessagesPerSecond=" + perSecond + "&baseUri=" + emulator.baseUri() + extra;
    }

    @Test
    void fortyPerSecondHoldsAtArrival() throws Exception {
        sendAllAtOnce(uri(40, ""), 100);

        assertArrivalsWithin(40, 100, 0.85);
    }

    @Test
    void eightyPerSecondHoldsAtArrival() throws Exception {
        sendAllAtOnce(uri(80, ""), 200);

        assertArrivalsWithin(80, 200, 0.85);
    }

    @Test
    void eightyPerSecondHoldsAtArrivalOnABusyMachine() throws Exception {
        // every CPU kept busy by other work while the sends go out: late timers and late I/O bunch requests up
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += System.nanoTime() % 7;
                }
                assertThat(x).isNotNegative();
            }, "cpu-load-" + i);
            spinner.setDaemon(true);
            spinner.start();
            load.add(spinner);
        }
        try {
            sendAllAtOnce(uri(80, "&connectTimeout=9999"), 200);
        } finally {
            busy.set(false);
            for (Thread spinner : load) {
                spinner.join();
            }
        }

        // the limit holds; how much of it a starved machine can use is not this test's concern
        assertArrivalsWithin(80, 200, 0.4);
    }

    void sendAllAtOnce(String uri, int count) throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String to = String.valueOf(15_550_000_000L + i);
            sends.add(template.asyncSend(uri, e -> {
                e.getMessage().setBody("hello " + to);
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            }));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(sends).allSatisfy(s -> assertThat(s.join().getException()).isNull());
    }

    static void assertArrivalsWithin(int perSecond, int count, double sustainedAtLeast) {
        List<Instant> arrivals = emulator.emulator().sentMessages().stream().map(SentMessage::acceptedAt).sorted()
                .toList();
        assertThat(arrivals).hasSize(count);
        assertThat(busiestSecond(arrivals)).isLessThanOrEqualTo(perSecond + 1);
        // and the limit is used, not just respected: the whole batch takes about count / perSecond seconds
        Duration span = Duration.between(arrivals.get(0), arrivals.get(count - 1));
        double sustained = (count - 1) / (span.toNanos() / 1e9);
        assertThat(sustained).isGreaterThanOrEqualTo(perSecond * sustainedAtLeast);
    }

    /** The most arrivals in any window [t, t + 1 s) that starts at an arrival. */
    static int busiestSecond(List<Instant> sorted) {
        int most = 0;
        int end = 0;
        for (int start = 0; start < sorted.size(); start++) {
            Instant limit = sorted.get(start).plusSeconds(1);
            while (end < sorted.size() && sorted.get(end).isBefore(limit)) {
                end++;
            }
            most = Math.max(most, end - start);
        }
        return most;
    }
}
