package dev.camelwhatsapp.cloud.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudPolicyException;
import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.InMemoryConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.InMemoryMarketingOptOutStore;
import dev.camelwhatsapp.cloud.flow.MarketingBlock;
import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores a send consults or updates (the marketing opt-out store, the window store's id links; either may be a
 * database) are never called on the HTTP client's I/O threads: not after a template check that asked Meta, not after
 * Meta's answer, not for a caller of Camel's synchronous API. Run by the build also in a JVM that sees one CPU.
 */
@Tag("threading")
class StoreCallThreadsTest {

    static final String ALICE = "15550001111";
    static final String CAROL = "15550002222";
    static final String DAVE = "15550003333";
    static final TemplateMessage SALE = TemplateMessage.builder("spring_sale", "en_US").build();

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().user(ALICE, "Alice").user(CAROL, "Carol").user(DAVE, "Dave")
                    .template(TemplateDefinition.builder("spring_sale", "en_US").category("MARKETING")
                            .body("Spring sale: 20% off everything this week.").build()))
            .resetBeforeEachTest();

    final List<String> calls = new CopyOnWriteArrayList<>();
    CamelContext context;

    String uri() {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&templateCheck=true&wabaId=" + DEFAULT_WABA_ID + "&marketingOptOutStore=#optOuts"
                + "&conversationWindowStore=#windows&baseUri=" + emulator.baseUri();
    }

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.getRegistry().bind("optOuts", new RecordingOptOutStore());
        context.getRegistry().bind("windows", new RecordingWindowStore());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // two routes, two producers: each template check starts with an empty cache and asks Meta
                from("direct:send").to(uri());
                from("direct:refused").to(uri());
            }
        });
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
    }

    @Test
    void storesAreNeverCalledOnAnIoThread() throws Exception {
        Exchange sent = send("direct:send", ALICE);
        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(WhatsAppCloudConstants.USER_ID, String.class)).isNotBlank();

        emulator.emulator().injectFault(Fault.graphError(131050).onPathsContaining("/messages"));
        Exchange refused = send("direct:refused", CAROL);
        assertThat(refused.getException()).isInstanceOf(WhatsAppCloudPolicyException.class);

        // Camel's synchronous API, as a transacted route uses it: a producer of its own, with an empty cache too
        Endpoint endpoint = context.getEndpoint(uri());
        Producer producer = endpoint.createProducer();
        producer.start();
        try {
            Exchange exchange = endpoint.createExchange();
            exchange.getMessage().setHeader(WhatsAppCloudConstants.TO, DAVE);
            exchange.getMessage().setBody(SALE);
            producer.process(exchange);
            assertThat(exchange.getException()).isNull();
        } finally {
            producer.stop();
        }

        assertThat(calls).as("the opt-out lookups after the template checks")
                .filteredOn(call -> call.startsWith("blockOf ")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls).as("the 131050 answer recorded").anyMatch(call -> call.startsWith("recordPreference "));
        assertThat(calls).as("the id links of the send answers")
                .filteredOn(call -> call.startsWith("linkUserIds ")).hasSize(2);
        assertThat(calls).allSatisfy(call -> assertThat(call.substring(call.indexOf(' ') + 1))
                .as(call).doesNotStartWith("httpclient"));
    }

    Exchange send(String route, String to) {
        return context.createProducerTemplate().request(route, e -> {
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            e.getMessage().setBody(SALE);
        });
    }

    void record(String call) {
        calls.add(call + " " + Thread.currentThread().getName());
    }

    /** An opt-out store that notes the thread of every call. */
    final class RecordingOptOutStore implements MarketingOptOutStore {

        final MarketingOptOutStore store = new InMemoryMarketingOptOutStore();

        @Override
        public void recordPreference(String phoneNumberId, String userId, boolean optedOut, Instant at) {
            record("recordPreference");
            store.recordPreference(phoneNumberId, userId, optedOut, at);
        }

        @Override
        public void recordMarketingLimit(String phoneNumberId, String userId, Instant at, Instant until) {
            record("recordMarketingLimit");
            store.recordMarketingLimit(phoneNumberId, userId, at, until);
        }

        @Override
        public Optional<MarketingBlock> blockOf(String phoneNumberId, String userId, Instant now) {
            record("blockOf");
            return store.blockOf(phoneNumberId, userId, now);
        }
    }

    /** A window store that notes the thread of every call. */
    final class RecordingWindowStore implements ConversationWindowStore {

        final ConversationWindowStore store = new InMemoryConversationWindowStore();

        @Override
        public void recordInbound(String phoneNumberId, String userId, Instant at) {
            record("recordInbound");
            store.recordInbound(phoneNumberId, userId, at);
        }

        @Override
        public Optional<Instant> lastInbound(String phoneNumberId, String userId) {
            record("lastInbound");
            return store.lastInbound(phoneNumberId, userId);
        }

        @Override
        public void linkUserIds(String phoneNumberId, String waId, String businessScopedUserId) {
            record("linkUserIds");
            store.linkUserIds(phoneNumberId, waId, businessScopedUserId);
        }

        @Override
        public Optional<String> linkedUserId(String phoneNumberId, String userId) {
            record("linkedUserId");
            return store.linkedUserId(phoneNumberId, userId);
        }
    }
}
