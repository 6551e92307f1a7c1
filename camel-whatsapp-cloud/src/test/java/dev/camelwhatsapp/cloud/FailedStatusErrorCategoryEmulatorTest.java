package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.cloud.api.ErrorCategory;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.ReceivedEvents.Received;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.ERROR_CATEGORY;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.ERROR_CODE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.STATUS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A message Meta accepted and then failed: the failed status reaches the route with the category of its error as a
 * header and on the event, the same category a call failing with that code has, so one rule (e.g. "window closed:
 * send a template") serves both.
 */
class FailedStatusErrorCategoryEmulatorTest {

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)).resetBeforeEachTest();

    static final ReceivedEvents RECEIVED = new ReceivedEvents();
    /** wamids the route's own rule on the header picked out as needing a template. */
    static final Set<String> NEEDS_TEMPLATE = ConcurrentHashMap.newKeySet();
    static WebhookTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(RECEIVED)
                        .filter(header(ERROR_CATEGORY).isEqualTo("WINDOW_CLOSED"))
                        .process(exchange -> NEEDS_TEMPLATE.add(exchange.getMessage().getHeader(MESSAGE_ID,
                                String.class)));
                // windowPolicy=off: the producer does not refuse the free-form message, Meta accepts and fails it
                from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&windowPolicy=off&baseUri=%s",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri());
            }
        });
        EMULATOR.emulator().setWebhookUrl(server.uri(PATH));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @BeforeEach
    void clear() {
        RECEIVED.clear();
        NEEDS_TEMPLATE.clear();
    }

    @Test
    void aFailedStatusOutsideTheWindowIsWindowClosedLikeTheFailedCall() {
        // a known user who has not written to the number: no window is open at Meta
        String wamid = send(DEFAULT_USER_WA_ID);

        Received failed = awaitFailedStatus(wamid);
        assertThat(failed.headers()).containsEntry(STATUS, "failed").containsEntry(ERROR_CODE, 131047)
                .containsEntry(ERROR_CATEGORY, ErrorCategory.WINDOW_CLOSED);
        assertThat(failed.body()).isInstanceOfSatisfying(MessageStatus.class,
                status -> assertThat(status.errorCategory()).isEqualTo(ErrorCategory.WINDOW_CLOSED));
        await().atMost(Duration.ofSeconds(10)).until(() -> NEEDS_TEMPLATE.contains(wamid));

        // the same code answered to the call itself
        EMULATOR.emulator().injectFault(Fault.graphError(131047));
        Exchange refused = server.context().createProducerTemplate().request("direct:send", exchange -> {
            exchange.getMessage().setBody("Your order shipped");
            exchange.getMessage().setHeader(TO, DEFAULT_USER_WA_ID);
        });
        assertThat(refused.getException()).isInstanceOfSatisfying(WhatsAppCloudApiException.class,
                call -> assertThat(call.getCategory()).isEqualTo(failed.header(ERROR_CATEGORY)));
    }

    @Test
    void aFailedStatusToANonWhatsAppNumberIsUndeliverable() {
        String wamid = send("15550009999");

        Received failed = awaitFailedStatus(wamid);
        assertThat(failed.headers()).containsEntry(ERROR_CODE, 131026)
                .containsEntry(ERROR_CATEGORY, ErrorCategory.UNDELIVERABLE);
        assertThat(((MessageStatus) failed.body()).errorCategory()).isEqualTo(ErrorCategory.UNDELIVERABLE);
        // the route answered Meta, so its rule has run
        await().atMost(Duration.ofSeconds(10)).until(() -> EMULATOR.emulator().webhooksIdle());
        assertThat(NEEDS_TEMPLATE).isEmpty();
    }

    @Test
    void aStatusThatDidNotFailHasNoCategory() {
        EMULATOR.emulator().simulateText(DEFAULT_USER_WA_ID, "hello"); // opens the window
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);

        String wamid = send(DEFAULT_USER_WA_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> statusesOf(wamid).stream()
                .anyMatch(r -> "sent".equals(r.header(STATUS))));
        assertThat(statusesOf(wamid)).allSatisfy(r -> assertThat(r.headers()).doesNotContainKeys(ERROR_CODE,
                ERROR_CATEGORY));
    }

    private static String send(String to) {
        Exchange sent = server.context().createProducerTemplate().request("direct:send", exchange -> {
            exchange.getMessage().setBody("Your order shipped");
            exchange.getMessage().setHeader(TO, to);
        });
        assertThat(sent.getException()).as("Meta accepts the message and fails it later").isNull();
        return sent.getMessage().getHeader(MESSAGE_ID, String.class);
    }

    private static Received awaitFailedStatus(String wamid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> statusesOf(wamid).size() == 1);
        Received failed = statusesOf(wamid).get(0);
        assertThat(failed.header(STATUS)).isEqualTo("failed");
        return failed;
    }

    private static List<Received> statusesOf(String wamid) {
        return RECEIVED.all().stream()
                .filter(r -> "status".equals(r.header(EVENT_TYPE)) && wamid.equals(r.header(MESSAGE_ID)))
                .toList();
    }
}
