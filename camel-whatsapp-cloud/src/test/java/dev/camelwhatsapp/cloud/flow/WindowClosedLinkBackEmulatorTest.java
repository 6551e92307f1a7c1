package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.ReceivedEvents.Received;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.ERROR_CODE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.STATUS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A window that closes between the producer's check and Meta's: Meta accepts the free-form message, then fails it
 * with 131047 in a status webhook. The status event that reaches the consumer's route names the send (its wamid) and
 * carries the send's callback data, so the route can tell which business event needs a template instead.
 */
class WindowClosedLinkBackEmulatorTest {

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)).resetBeforeEachTest();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(received);
            // windowPolicy=off skips the producer's check, as if the window had still been open when it ran
            from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&windowPolicy=off&baseUri=%s",
                    DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri());
        }
    }).deliveredBy(EMULATOR);
    static final ReceivedEvents RECEIVED = APP.received();

    @Test
    void theFailedStatusCarriesTheWamidAndCallbackDataOfTheSend() {
        RECEIVED.clear();

        // a known WhatsApp user who has not written to the number: no window is open at Meta
        Exchange sent = APP.context().createProducerTemplate().request("direct:send", exchange -> {
            exchange.getMessage().setBody("Your order #1234 shipped");
            exchange.getMessage().setHeader(TO, DEFAULT_USER_WA_ID);
            exchange.getMessage().setHeader(CALLBACK_DATA, "order-1234");
        });

        assertThat(sent.getException()).as("Meta accepts the message and fails it later").isNull();
        String wamid = sent.getMessage().getHeader(MESSAGE_ID, String.class);
        assertThat(wamid).startsWith("wamid.");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusesOf(wamid).size() == 1);
        Received failed = statusesOf(wamid).get(0);
        assertThat(failed.headers())
                .containsEntry(EVENT_TYPE, "status")
                .containsEntry(MESSAGE_ID, wamid)
                .containsEntry(CALLBACK_DATA, "order-1234")
                .containsEntry(ERROR_CODE, 131047)
                .containsEntry(STATUS, "failed");
        assertThat(failed.body()).isInstanceOfSatisfying(MessageStatus.class,
                status -> assertThat(status.errors()).singleElement()
                        .satisfies(error -> assertThat(error.code()).isEqualTo(131047)));
        // Meta reports a failed message once: no sent, delivered or read follows
        await().atMost(Duration.ofSeconds(10)).until(() -> EMULATOR.emulator().webhooksIdle());
        assertThat(statusesOf(wamid)).hasSize(1);
    }

    private static List<Received> statusesOf(String wamid) {
        return RECEIVED.all().stream()
                .filter(r -> "status".equals(r.header(EVENT_TYPE)) && wamid.equals(r.header(MESSAGE_ID)))
                .toList();
    }
}
