package dev.camelwhatsapp.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudTokenException;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two business numbers with two access tokens in one CamelContext: every request goes out with its own number's token,
 * also when both send at once from many threads. The emulator gives each number its own token and refuses any other on
 * that number's paths, so a request that carried the wrong token would fail.
 */
class TwoNumbersCredentialsTest extends CamelTestSupport {

    static final String FIRST = "106540352242922";
    static final String SECOND = "107777777777777";
    static final Map<String, String> TOKENS = Map.of(
            FIRST, "EAAG-first-number-token",
            SECOND, "EAAG-second-number-token");

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()
                    .businessNumber(FIRST, "+1 555-555-0100").businessNumber(SECOND, "+1 555-555-0177")
                    .numberAccessToken(FIRST, TOKENS.get(FIRST)).numberAccessToken(SECOND, TOKENS.get(SECOND))
                    .acceptAnyRecipient(true).throughputPerSecond(1000)).resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                TOKENS.forEach((number, token) -> from("direct:" + number)
                        .to("whatsapp-cloud:" + number + "?accessToken=" + token
                                + "&windowPolicy=off&throttle=false&baseUri=" + emulator.baseUri()));
                from("direct:crossed").to("whatsapp-cloud:" + SECOND + "?accessToken=" + TOKENS.get(FIRST)
                        + "&windowPolicy=off&redelivery=false&baseUri=" + emulator.baseUri());
            }
        };
    }

    @Test
    void eachNumbersRequestsCarryOnlyItsOwnToken() throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (String number : TOKENS.keySet()) {
                String to = String.valueOf(15_550_000_000L + i);
                sends.add(template.asyncSend("direct:" + number, e -> {
                    e.getMessage().setBody("hello");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
                }));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(sends).allSatisfy(s -> assertThat(s.join().getException()).isNull());

        List<RecordedRequest> requests = emulator.emulator().receivedRequests();
        assertThat(requests).hasSize(120);
        assertThat(requests).filteredOn(r -> r.path().contains(SECOND)).hasSize(60);
        // accepted means sent with the number's own token: the emulator refuses any other there (190)
        assertThat(emulator.emulator().sentMessages()).hasSize(120)
                .filteredOn(m -> m.phoneNumberId().equals(SECOND)).hasSize(60);
    }

    @Test
    void aNumbersRequestWithTheOtherNumbersTokenIsRefused() {
        Exchange result = template.request("direct:crossed", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });

        assertThat(result.getException()).isInstanceOf(WhatsAppCloudTokenException.class)
                .hasMessageNotContaining(TOKENS.get(FIRST));
        assertThat(emulator.emulator().sentMessages()).extracting(SentMessage::phoneNumberId).isEmpty();
    }
}
