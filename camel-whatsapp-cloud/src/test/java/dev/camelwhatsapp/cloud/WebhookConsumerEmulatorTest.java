package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.ReceivedEvents.Received;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.DeliveredWebhook;
import dev.camelwhatsapp.emulator.WebhookDeliveryOptions;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CONTACT_NAME;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FROM;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.RECIPIENT_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.STATUS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TIMESTAMP;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.WABA_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_NAME;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end with the emulator playing Meta: simulated users write, the producer sends and the emulator reports the
 * statuses, every webhook signed, batched, duplicated or redelivered as Meta does; the route receives each event
 * once per success.
 */
class WebhookConsumerEmulatorTest {

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET).statusDelays(Duration.ofMillis(5),
                    Duration.ofMillis(10)))
            .resetBeforeEachTest();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").routeId("webhook").process(received);
            from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", DEFAULT_PHONE_NUMBER_ID,
                    WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri());
        }
    }).deliveredBy(EMULATOR);
    static final ReceivedEvents RECEIVED = APP.received();

    private static WhatsAppCloudEmulator emulator() {
        return EMULATOR.emulator();
    }

    private static void awaitIdle() {
        await().atMost(Duration.ofSeconds(20)).until(() -> emulator().webhooksIdle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text        | {\"type\":\"text\",\"text\":{\"body\":\"Caf\u00e9 \ud83d\ude00 \\/ d\u00e9j\u00e0 vu\"}}",
            "image       | {\"type\":\"image\",\"image\":{\"mime_type\":\"image/jpeg\",\"caption\":\"look\"}}",
            "audio       | {\"type\":\"audio\",\"audio\":{\"mime_type\":\"audio/ogg; codecs=opus\",\"voice\":true}}",
            "video       | {\"type\":\"video\",\"video\":{\"mime_type\":\"video/mp4\"}}",
            "document    | {\"type\":\"document\",\"document\":{\"mime_type\":\"application/pdf\",\"filename\":\"a.pdf\"}}",
            "sticker     | {\"type\":\"sticker\",\"sticker\":{\"mime_type\":\"image/webp\"}}",
            "location    | {\"type\":\"location\",\"location\":{\"latitude\":38.7,\"longitude\":-9.1,\"name\":\"Lisbon\"}}",
            "contacts    | {\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"Ana\",\"first_name\":\"Ana\"}}]}",
            "interactive | {\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"yes\",\"title\":\"Yes\"}}}",
            "button      | {\"type\":\"button\",\"button\":{\"text\":\"Track my order\",\"payload\":\"track\"}}",
            "reaction    | {\"type\":\"reaction\",\"reaction\":{\"message_id\":\"wamid.X\",\"emoji\":\"\ud83d\udc4d\"}}",
            "order       | {\"type\":\"order\",\"order\":{\"catalog_id\":\"1\",\"product_items\":[{\"product_retailer_id\":\"sku\",\"quantity\":1,\"item_price\":9.5,\"currency\":\"EUR\"}]}}",
            "hologram    | {\"type\":\"hologram\",\"hologram\":{\"frames\":[1,2]}}" })
    void userMessagesOfEveryTypeArriveTyped(String type, String message) {
        String json = message.replaceFirst("\\{", "{\"from\":\"" + DEFAULT_USER_WA_ID + "\",");
        String wamid = emulator().simulateInbound(json);

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        Received received = RECEIVED.all().get(0);
        assertThat(received.body()).isInstanceOfSatisfying(InboundMessage.class,
                inbound -> assertThat(inbound.type()).isEqualTo(type));
        assertThat(received.headers()).containsEntry(EVENT_TYPE, "message").containsEntry(MESSAGE_TYPE, type)
                .containsEntry(MESSAGE_ID, wamid).containsEntry(FROM, DEFAULT_USER_WA_ID)
                .containsEntry(CONTACT_NAME, DEFAULT_USER_NAME).containsEntry(PHONE_NUMBER_ID, DEFAULT_PHONE_NUMBER_ID)
                .containsEntry(WABA_ID, DEFAULT_WABA_ID).containsKey(TIMESTAMP);
        awaitIdle();
        assertThat(emulator().deliveredWebhooks()).allSatisfy(delivery -> assertThat(delivery.httpStatus())
                .isEqualTo(200));
    }

    @Test
    void unicodeEscapedBodiesAsMetaWritesThemVerifyAndDecode() {
        emulator().simulateText(DEFAULT_USER_WA_ID, "Caf\u00e9 \ud83d\ude00 https://example.com/menu");

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        awaitIdle();
        assertThat(emulator().deliveredWebhooks().get(0).bodyAsString()).contains("\\u00e9", "\\/");
        assertThat(((InboundMessage) RECEIVED.all().get(0).body()).text().body())
                .isEqualTo("Caf\u00e9 \ud83d\ude00 https://example.com/menu");
    }

    @Test
    void statusLifecycleOfASentMessageArrivesAsStatusEvents() {
        emulator().simulateText(DEFAULT_USER_WA_ID, "hello"); // opens the 24-hour window
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 1);
        ProducerTemplate producer = APP.context().createProducerTemplate();

        Exchange sent = producer.request("direct:send", exchange -> {
            exchange.getMessage().setBody("Your order shipped");
            exchange.getMessage().setHeader(TO, DEFAULT_USER_WA_ID);
            exchange.getMessage().setHeader(CALLBACK_DATA, "order-77");
        });
        String wamid = sent.getMessage().getHeader(MESSAGE_ID, String.class);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusesOf(wamid).size() == 3);
        assertThat(sent.getException()).isNull();
        List<Received> statuses = statusesOf(wamid);
        assertThat(statuses).extracting(r -> r.header(STATUS)).containsExactlyInAnyOrder("sent", "delivered", "read");
        assertThat(statuses).allSatisfy(r -> {
            assertThat(r.body()).isInstanceOf(MessageStatus.class);
            assertThat(r.headers()).containsEntry(EVENT_TYPE, "status").containsEntry(RECIPIENT_ID, DEFAULT_USER_WA_ID)
                    .containsEntry(CALLBACK_DATA, "order-77");
        });
    }

    @Test
    void batchedPayloadsYieldEveryEvent() {
        emulator().setWebhookDelivery(WebhookDeliveryOptions.DEFAULTS.withMaxEventsPerPayload(50));
        emulator().pauseWebhooks();
        for (int i = 0; i < 7; i++) {
            emulator().simulateText(DEFAULT_USER_WA_ID, "message " + i);
        }
        emulator().resumeWebhooks();

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 7);
        awaitIdle();
        assertThat(emulator().deliveredWebhooks()).as("delivered as one payload").hasSize(1);
        assertThat(RECEIVED.all()).extracting(r -> ((InboundMessage) r.body()).text().body())
                .containsExactly("message 0", "message 1", "message 2", "message 3", "message 4", "message 5",
                        "message 6");
    }

    @Test
    void duplicatedDeliveriesReachTheRouteOnce() {
        emulator().setWebhookDelivery(WebhookDeliveryOptions.DEFAULTS.withDuplicateRatio(1.0));
        for (int i = 0; i < 5; i++) {
            emulator().simulateText(DEFAULT_USER_WA_ID, "dup " + i);
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() >= 5);
        awaitIdle();
        List<DeliveredWebhook> deliveries = emulator().deliveredWebhooks();
        assertThat(deliveries).filteredOn(DeliveredWebhook::duplicate).hasSize(5)
                .allSatisfy(duplicate -> assertThat(duplicate.httpStatus()).isEqualTo(200));
        assertThat(RECEIVED.count()).isEqualTo(5);
    }

    @Test
    void redeliveryAfterARouteFailureReachesTheRouteUntilItSucceedsThenNeverAgain() {
        emulator().setWebhookDelivery(WebhookDeliveryOptions.DEFAULTS.withRetries(5, Duration.ofMillis(20)));
        int[] attempts = { 0 };
        RECEIVED.failWhen(exchange -> ++attempts[0] <= 2);

        String wamid = emulator().simulateText(DEFAULT_USER_WA_ID, "flaky");

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.count() == 3);
        awaitIdle();
        assertThat(emulator().deliveredWebhooks()).extracting(DeliveredWebhook::httpStatus)
                .containsExactly(500, 500, 200);
        assertThat(RECEIVED.all()).allSatisfy(r -> assertThat(r.header(MESSAGE_ID)).isEqualTo(wamid));
    }

    @Test
    void webhooksSignedWithAnotherSecretNeverReachTheRoute() throws Exception {
        try (WhatsAppCloudEmulator impostor = WhatsAppCloudEmulator.builder().appSecret("not-our-app-secret")
                .webhookDelivery(WebhookDeliveryOptions.DEFAULTS.withRetries(1, Duration.ofMillis(10))).build()) {
            impostor.start();
            impostor.setWebhookUrl(APP.server().uri(PATH));

            impostor.simulateText(DEFAULT_USER_WA_ID, "forged");

            await().atMost(Duration.ofSeconds(10)).until(() -> impostor.webhooksIdle()
                    && !impostor.deliveredWebhooks().isEmpty());
            assertThat(impostor.deliveredWebhooks()).extracting(DeliveredWebhook::httpStatus).containsOnly(403);
        }
        assertThat(RECEIVED.count()).isZero();
    }

    private static List<Received> statusesOf(String wamid) {
        return RECEIVED.all().stream().filter(r -> "status".equals(r.header(EVENT_TYPE)))
                .filter(r -> wamid.equals(r.header(MESSAGE_ID))).toList();
    }
}
