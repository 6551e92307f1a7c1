package dev.camelwhatsapp.cloud;

import java.time.Duration;

import dev.camelwhatsapp.cloud.model.AddressAction;
import dev.camelwhatsapp.cloud.model.InteractiveMessage;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart;
import dev.camelwhatsapp.cloud.model.inbound.MessageContext;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What users send back to catalog and address messages, end to end: the route sends the message, the emulator
 * delivers the user's answer as Meta's webhook, and the consumer hands the route a typed answer.
 */
class CommerceRepliesEmulatorTest {

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)).resetBeforeEachTest();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(received);
            from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s", DEFAULT_PHONE_NUMBER_ID,
                    DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri());
        }
    }).deliveredBy(EMULATOR);
    static final ReceivedEvents RECEIVED = APP.received();

    /** The user writes first, which opens the window the free-form messages below need. */
    @BeforeEach
    void userWritesFirst() {
        RECEIVED.clear();
        String hello = EMULATOR.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .anyMatch(r -> r.body() instanceof InboundMessage m && m.id().equals(hello)));
        RECEIVED.clear();
    }

    @Test
    void productInquiryNamesTheProductAsked() {
        String sent = send(InteractiveMessage.product("1537266923812345", "SKU-SHIRT-M"));

        EMULATOR.emulator().simulateInbound("{\"from\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"text\",\"text\":{\"body\":"
                + "\"Is it available in blue?\"},\"context\":{\"from\":\"15550783881\",\"id\":\""
                + sent + "\",\"referred_product\":{\"catalog_id\":\"1537266923812345\","
                + "\"product_retailer_id\":\"SKU-SHIRT-M\"}}}");

        InboundMessage inquiry = received();
        assertThat(inquiry.context().id()).isEqualTo(sent);
        assertThat(inquiry.context().referredProduct())
                .isEqualTo(new MessageContext.ReferredProduct("1537266923812345", "SKU-SHIRT-M"));
    }

    @Test
    void addressFormAnswerArrivesAsAnAddress() {
        String sent = send(InteractiveMessage.address("Where should we deliver?", AddressAction.of("IN")));

        EMULATOR.emulator().simulateInbound("{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"interactive\","
                + "\"context\":{\"id\":\"" + sent + "\"},\"interactive\":{\"type\":"
                + "\"nfm_reply\",\"nfm_reply\":{\"name\":\"address_message\",\"body\":"
                + "\"Address\",\"response_json\":\"{\\\"saved_address_id\\\":\\\"home\\\","
                + "\\\"values\\\":{\\\"in_pin_code\\\":\\\"400063\\\",\\\"city\\\":"
                + "\\\"Mumbai\\\"}}\"}}}");

        InteractivePart.AddressReply address = received().interactive().nfmReply().address();
        assertThat(address.savedAddressId()).isEqualTo("home");
        assertThat(address.values()).containsEntry("in_pin_code", "400063").containsEntry("city", "Mumbai");
    }

    @Test
    void orderFromAProductListArrivesWithItsItems() {
        send(InteractiveMessage.productList("Summer picks", "Our favourites", "1537266923812345")
                .section(null, "SKU-SHIRT-M", "SKU-HAT-1").build());

        EMULATOR.emulator().simulateInbound("{\"from\":\"" + DEFAULT_USER_WA_ID + "\",\"type\":\"order\",\"order\":{"
                + "\"catalog_id\":\"1537266923812345\",\"text\":\"\",\"product_items\":["
                + "{\"product_retailer_id\":\"SKU-HAT-1\",\"quantity\":2,\"item_price\":"
                + "12.50,\"currency\":\"EUR\"}]}}");

        assertThat(received().order().productItems()).singleElement()
                .satisfies(item -> assertThat(item.productRetailerId()).isEqualTo("SKU-HAT-1"))
                .satisfies(item -> assertThat(item.quantity()).isEqualTo(2));
    }

    private static String send(Object message) {
        ProducerTemplate producer = APP.context().createProducerTemplate();
        Exchange result = producer.request("direct:send", e -> {
            e.getMessage().setBody(message);
            e.getMessage().setHeader(TO, DEFAULT_USER_WA_ID);
        });
        assertThat(result.getException()).isNull();
        return result.getMessage().getHeader(MESSAGE_ID, String.class);
    }

    /** The user's answer; the statuses of the message sent arrive alongside and are not it. */
    private static InboundMessage received() {
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .anyMatch(r -> r.body() instanceof InboundMessage));
        return (InboundMessage) RECEIVED.all().stream().filter(r -> r.body() instanceof InboundMessage)
                .findFirst().orElseThrow().body();
    }
}
