package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bar: 1,000 messages to 100 recipients through the emulator with Meta's real limits (80/s, pair rate),
 * with transient faults injected, the producer on its default flow control: no rate-limit error reaches the route, no
 * free-form message leaves outside a window, and every message is accepted exactly once.
 */
class FlowControlAcceptanceTest extends CamelTestSupport {

    static final int RECIPIENTS = 100;
    static final int MESSAGES = 1000;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true));

    final InMemoryConversationWindowStore windows = new InMemoryConversationWindowStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("windows", windows);
        context.getRegistry().bind("virtualClock", emulator.emulator().clock());
        return context;
    }

    static String uri() {
        // only what the test needs to change: where Meta is, its clock, and what to send outside a window;
        // short redelivery delays keep the test quick (the faults are what is tested, not the waiting)
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&clock=#virtualClock&baseUri=" + emulator.baseUri()
                + "&windowPolicy=template&fallbackTemplate=order_confirmation&fallbackTemplateLanguage=en_US"
                + "&fallbackTemplateParameters=${header.firstName},${header.orderId}"
                + "&redeliveryDelay=50&redeliverUnanswered=true";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(uri());
            }
        };
    }

    static String recipient(int i) {
        return "3161" + String.format("%07d", i);
    }

    @Test
    void thousandMessagesToHundredRecipientsWithFaultsAreEachAcceptedOnceWithinTheRules() throws Exception {
        // half the recipients wrote to us: their window is open
        Set<String> wrote = new HashSet<>();
        for (int i = 0; i < RECIPIENTS; i += 2) {
            String wamid = emulator.emulator().simulateText(recipient(i), "Hi");
            emulator.emulator().inboundMessages().stream().filter(m -> m.id().equals(wamid)).forEach(
                    m -> windows.recordInbound(m.phoneNumberId(), m.from(), m.receivedAt()));
            wrote.add(recipient(i));
        }
        emulator.emulator().injectFault(Fault.graphError(130429).ratio(0.01).onPathsContaining("/messages"));
        emulator.emulator().injectFault(Fault.graphError(131056).ratio(0.01).onPathsContaining("/messages"));
        emulator.emulator().injectFault(Fault.httpStatus(503).ratio(0.01).onPathsContaining("/messages"));
        emulator.emulator().injectFault(Fault.connectionReset().ratio(0.01).onPathsContaining("/messages"));

        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int m = 0; m < MESSAGES; m++) {
            String to = recipient(m % RECIPIENTS);
            String callback = "message-" + m;
            sends.add(template.asyncSend("direct:send", e -> {
                e.getMessage().setBody("Update " + callback);
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
                e.getMessage().setHeader(WhatsAppCloudConstants.CALLBACK_DATA, callback);
                e.getMessage().setHeader("firstName", "Ann");
                e.getMessage().setHeader("orderId", callback);
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<Exchange> send : sends) {
            Exchange done = send.get(60, TimeUnit.SECONDS);
            if (done.getException() != null) {
                failures.add(done.getException());
            }
        }
        emulator.emulator().clearFaults();

        assertThat(failures).isEmpty();
        List<SentMessage> sent = emulator.emulator().sentMessages();
        assertThat(sent).hasSize(MESSAGES);
        assertThat(sent.stream().map(s -> s.request().path("biz_opaque_callback_data").asText()).distinct())
                .hasSize(MESSAGES);
        assertThat(sent).filteredOn(s -> !s.type().equals("template"))
                .isNotEmpty().allSatisfy(s -> assertThat(wrote).contains(s.to()));
        WhatsAppCloudEndpoint endpoint = context.getEndpoint(uri(), WhatsAppCloudEndpoint.class);
        assertThat(endpoint.getMessagesSent()).isEqualTo(MESSAGES);
        assertThat(endpoint.getRedeliveries()).isPositive();
        assertThat(endpoint.getFallbackTemplatesSent()).isEqualTo(MESSAGES / 2);
        // and Meta fails none of them later for a closed window
        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.emulator().sentMessages().stream()
                .allMatch(s -> !s.status().name().equals("SENT") && !s.status().name().equals("ACCEPTED")));
        assertThat(emulator.emulator().sentMessages()).noneMatch(s -> Integer.valueOf(131047).equals(s.errorCode()));
    }
}
