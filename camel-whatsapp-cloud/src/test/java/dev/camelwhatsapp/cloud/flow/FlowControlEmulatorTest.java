package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudBadRequestException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudWindowClosedException;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.InboundMessage;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The producer's flow control against the emulator, which enforces Meta's window, limits and error codes: the issue's
 * window, throttle and redelivery scenarios. The producer's window store is fed as the webhook consumer feeds it,
 * from the emulator's record of what simulated users wrote, and its clock is the emulator's virtual clock.
 */
class FlowControlEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true)).resetBeforeEachTest();

    final InMemoryConversationWindowStore windows = new InMemoryConversationWindowStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("windows", windows);
        context.getRegistry().bind("virtualClock", emulator.emulator().clock());
        return context;
    }

    static String uri(String options) {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&clock=#virtualClock&redeliveryDelay=20&jitter=0&baseUri=" + emulator.baseUri() + options;
    }

    static final String FALLBACK = "&windowPolicy=template&fallbackTemplate=order_confirmation"
            + "&fallbackTemplateLanguage=en_US"
            + "&fallbackTemplateParameters=${header.firstName},${header.orderId}";
    static final String THROTTLE = "&windowPolicy=off&maxMessagesPerSecond=20";
    static final String PAIR = "&windowPolicy=off&pairRateBurst=1&pairRateInterval=500";
    static final String RETRY = "&windowPolicy=off&pairRateInterval=200&redeliverUnanswered=true";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:strict").to(uri(""));
                from("direct:fallback").to(uri(FALLBACK));
                from("direct:throttle").to(uri(THROTTLE));
                from("direct:pair").to(uri(PAIR));
                from("direct:retry").to(uri(RETRY));
            }
        };
    }

    WhatsAppCloudEndpoint endpoint(String options) {
        return context.getEndpoint(uri(options), WhatsAppCloudEndpoint.class);
    }

    Exchange text(String route, String to, String text) {
        return template.request(route, e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            e.getMessage().setHeader("firstName", "Ann");
            e.getMessage().setHeader("orderId", "#1234");
        });
    }

    Exchange helloWorld(String route, String to) {
        return template.request(route, e -> {
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "hello_world");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US");
        });
    }

    /** What the webhook consumer does with an inbound message: record it, at the time Meta says it was sent. */
    void userWrites(String waId, String text) {
        String wamid = emulator.emulator().simulateText(waId, text);
        InboundMessage inbound = emulator.emulator().inboundMessages().stream()
                .filter(m -> m.id().equals(wamid)).findFirst().orElseThrow();
        windows.recordInbound(inbound.phoneNumberId(), inbound.from(), inbound.receivedAt());
    }

    // ---- the 24-hour window --------------------------------------------------------------------------------------

    @Test
    void templateFirstThenFreeFormAfterTheUserRepliedThenRefusedOnceTheWindowClosed() {
        assertThat(helloWorld("direct:strict", DEFAULT_USER_WA_ID).getException()).isNull();

        Exchange tooEarly = text("direct:strict", DEFAULT_USER_WA_ID, "Did you get our message?");
        assertThat(tooEarly.getException()).isInstanceOf(ConversationWindowClosedException.class);
        assertThat(emulator.emulator().sentMessages()).hasSize(1);

        userWrites(DEFAULT_USER_WA_ID, "Yes, thanks!");
        Exchange reply = text("direct:strict", DEFAULT_USER_WA_ID, "Great, see you soon");
        assertThat(reply.getException()).isNull();
        String wamid = reply.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class);
        await().atMost(Duration.ofSeconds(5)).until(
                () -> emulator.emulator().sentMessage(wamid).orElseThrow().status().name().equals("READ"));
        assertThat(emulator.emulator().sentMessage(wamid).orElseThrow().errorCode()).isNull();

        emulator.emulator().advanceClock(Duration.ofHours(24).plusSeconds(1));
        Exchange tooLate = text("direct:strict", DEFAULT_USER_WA_ID, "One more thing");
        assertThat(tooLate.getException()).isInstanceOf(ConversationWindowClosedException.class);
        assertThat(emulator.emulator().sentMessages()).hasSize(2);
    }

    @Test
    void freeFormToAStrangerFailsBeforeAnyHttpCall() {
        Exchange result = text("direct:strict", "31612345678", "Hello stranger");

        assertThat(result.getException()).isInstanceOf(ConversationWindowClosedException.class);
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }

    @Test
    void templatePolicySendsTheFallbackTemplateOutsideTheWindow() {
        Exchange result = text("direct:fallback", "31612345678", "Your order shipped");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.WINDOW_FALLBACK)).isEqualTo(true);
        SentMessage sent = emulator.emulator().sentMessages().get(0);
        assertThat(sent.type()).isEqualTo("template");
        assertThat(sent.request().path("template").path("name").asText()).isEqualTo("order_confirmation");
        assertThat(sent.errorCode()).isNull();
    }

    // ---- throttling ------------------------------------------------------------------------------------------------

    @Test
    void sendsAtTheEmulatorsOwnLimitNeverMeetA130429AndHoldTheRate() throws Exception {
        emulator.emulator().setThroughputPerSecond(20);
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String to = "3161234" + String.format("%04d", i);
            sends.add(template.asyncSend("direct:throttle", e -> {
                e.getMessage().setBody("Hello " + to);
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            }));
        }
        for (CompletableFuture<Exchange> send : sends) {
            assertThat(send.get(20, TimeUnit.SECONDS).getException()).isNull();
        }

        assertThat(endpoint(THROTTLE).getRedeliveries()).isZero();
        List<Long> accepted = emulator.emulator().sentMessages().stream()
                .map(m -> m.acceptedAt().toEpochMilli() * 1_000_000L + m.acceptedAt().getNano() % 1_000_000)
                .sorted().toList();
        assertThat(accepted).hasSize(60);
        // the emulator enforces the same 20/s and answered no 130429 (no redelivery above). The departure slots are
        // exactly 50 ms apart - InMemorySendRateLimiterTest checks "no more than the limit in any 1 s window" on
        // them to the nanosecond; where the sends arrive, scheduler and loopback jitter on a busy machine blur
        // single gaps (and the first and last arrival), so here the sustained rate is checked: 60 sends span 59
        // slots, less what jitter can take off both ends
        assertThat(Duration.ofNanos(accepted.get(59) - accepted.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(59
                                                                                                                  * 50
                - 150));
        assertThat(endpoint(THROTTLE).getThrottledSends()).isGreaterThan(50);
    }

    @Test
    void oneFloodedRecipientWaitsAloneWhileOthersFlow() throws Exception {
        emulator.emulator().setPairRate(2, Duration.ofMillis(500));
        long start = System.nanoTime();
        List<CompletableFuture<Long>> flooded = new ArrayList<>();
        List<CompletableFuture<Long>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            flooded.add(timed(start, "31600000000"));
            others.add(timed(start, "3160000000" + (i + 1)));
        }

        for (CompletableFuture<Long> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isLessThan(Duration.ofMillis(400).toNanos());
        }
        // the five sends to one recipient take the slots 0, 500, ..., 2000 ms in whatever order they reached the limiter
        long lastFlooded = 0;
        for (CompletableFuture<Long> send : flooded) {
            lastFlooded = Math.max(lastFlooded, send.get(10, TimeUnit.SECONDS));
        }
        assertThat(lastFlooded).isGreaterThanOrEqualTo(Duration.ofMillis(1900).toNanos());
        assertThat(endpoint(PAIR).getRedeliveries()).isZero();
        assertThat(emulator.emulator().sentMessages()).hasSize(10);
    }

    private CompletableFuture<Long> timed(long start, String to) {
        return template.asyncSend("direct:pair", e -> {
            e.getMessage().setBody("Update for " + to);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        }).thenApply(exchange -> {
            assertThat(exchange.getException()).isNull();
            return System.nanoTime() - start;
        });
    }

    // ---- redelivery ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "130429", "131056", "503", "connection-reset" })
    void anInjectedTransientFaultIsRecoveredAndTheMessageSentExactlyOnce(String fault) {
        emulator.emulator().injectFault(switch (fault) {
            case "503" -> Fault.httpStatus(503);
            case "connection-reset" -> Fault.connectionReset();
            default -> Fault.graphError(Integer.parseInt(fault));
        });

        Exchange result = text("direct:retry", DEFAULT_USER_WA_ID, "Your code is 1234");

        assertThat(result.getException()).isNull();
        assertThat(emulator.emulator().activeFaults()).isEmpty();
        assertThat(emulator.emulator().sentMessages()).singleElement().satisfies(sent -> assertThat(sent.id())
                .isEqualTo(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID)));
        assertThat(endpoint(RETRY).getRedeliveries()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = { 131047, 132001, 100 })
    void anInjectedPermanentErrorIsNotRetriedAndFailsWithItsTypedException(int code) {
        emulator.emulator().injectFault(Fault.graphError(code).times(2));

        Exchange result = text("direct:retry", DEFAULT_USER_WA_ID, "Your code is 1234");

        Class<? extends WhatsAppCloudApiException> expected = Map.of(
                131047, WhatsAppCloudWindowClosedException.class,
                132001, WhatsAppCloudTemplateException.class,
                100, WhatsAppCloudBadRequestException.class).get(code);
        assertThat(result.getException()).isInstanceOf(expected);
        assertThat(((WhatsAppCloudApiException) result.getException()).getCode()).isEqualTo(code);
        // the second injected fault is still waiting: there was exactly one request
        assertThat(emulator.emulator().activeFaults()).singleElement().satisfies(f -> assertThat(f.count()).isEqualTo(
                1));
        assertThat(emulator.emulator().sentMessages()).isEmpty();
        assertThat(endpoint(RETRY).getRedeliveries()).isZero();
    }
}
