package dev.camelwhatsapp.cloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.cloud.model.ReadReceipt;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the producer puts on the wire and makes of the answer, against the emulator, which takes only {@link #TOKEN}:
 * an accepted request carried it as its Bearer token.
 */
class WhatsAppCloudProducerTest extends CamelTestSupport {

    static final String TOKEN = "EAAJB-test-token-never-logged";
    static final String PHONE_NUMBER_ID = "106540352242922";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().accessToken(TOKEN).acceptAnyRecipient(true)).resetBeforeEachTest();

    final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .toF("whatsapp-cloud:%s?accessToken=RAW(%s)&windowPolicy=off&baseUri=%s", PHONE_NUMBER_ID,
                                TOKEN, emulator.baseUri());
            }
        };
    }

    @Test
    void stringBodyIsSentAsTextWithBearerTokenToTheNumbersMessagesPath() throws Exception {
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody("Your order has shipped");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "+1 555-123-4567");
        });

        assertThat(result.getException()).isNull();
        RecordedRequest request = request();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/messages");
        assertThat(request.query()).doesNotContainKey("access_token");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.header("Upgrade")).isNull();
        assertThat(mapper.readTree(request.body())).isEqualTo(mapper.readTree("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15551234567","type":"text",
                 "text":{"body":"Your order has shipped","preview_url":false}}"""));
    }

    @Test
    void baseUriWithAPathKeepsItInFrontOfTheVersion() throws Exception {
        // e.g. a corporate gateway that forwards /meta-graph/** to graph.facebook.com
        Exchange result = template.request(String.format(
                "whatsapp-cloud:%s?accessToken=RAW(%s)&windowPolicy=off&baseUri=%s/meta-graph/&apiVersion=v25.0",
                PHONE_NUMBER_ID, TOKEN, emulator.baseUri()), e -> {
                    e.getMessage().setBody("hi");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
                });

        // the emulator serves no gateway prefix, so it refuses the path it was sent: the path is what is checked
        assertThat(request().path()).isEqualTo("/meta-graph/v25.0/" + PHONE_NUMBER_ID + "/messages");
        assertThat(result.getException()).hasMessageContaining("/meta-graph/v25.0/" + PHONE_NUMBER_ID + "/messages");
    }

    @Test
    void sendResultBecomesBodyAndHeaders() {
        // a template: Meta (and the emulator) add message_status to the answer of template sends only
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody(List.of());
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "+1 555-123-4567");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "hello_world");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US");
        });

        assertThat(result.getException()).isNull();
        String wamid = emulator.emulator().sentMessages().get(0).id();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID)).isEqualTo(wamid);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.WA_ID)).isEqualTo("15551234567");
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_STATUS)).isEqualTo("accepted");
        SendResult sent = result.getMessage().getBody(SendResult.class);
        assertThat(sent).extracting(SendResult::messageId, SendResult::waId, SendResult::input,
                SendResult::messageStatus).containsExactly(wamid, "15551234567", "15551234567", "accepted");
        // the emulator answers with the user's business-scoped user id, as Meta does
        assertThat(sent.userId()).startsWith("US.");
    }

    @Test
    void replyToAndCallbackDataHeadersBecomeContextAndCallbackData() throws Exception {
        template.send("direct:send", e -> {
            e.getMessage().setBody("Thanks, it's on its way");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
            e.getMessage().setHeader(WhatsAppCloudConstants.REPLY_TO, "wamid.inbound-1");
            e.getMessage().setHeader(WhatsAppCloudConstants.CALLBACK_DATA, "order-42");
        });

        JsonNode sent = mapper.readTree(request().body());
        assertThat(sent.path("context").path("message_id").asText()).isEqualTo("wamid.inbound-1");
        assertThat(sent.path("biz_opaque_callback_data").asText()).isEqualTo("order-42");
    }

    @Test
    void templateHeadersWithListBodySendPositionalParameters() throws Exception {
        template.send("direct:send", e -> {
            e.getMessage().setBody(List.of("Ann", "#1234"));
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "order_confirmation");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US");
        });

        assertThat(mapper.readTree(request().body())).isEqualTo(mapper.readTree(
                """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"15551234567","type":"template",
                 "template":{"name":"order_confirmation","language":{"code":"en_US"},
                   "components":[{"type":"body","parameters":[{"type":"text","text":"Ann"},{"type":"text","text":"#1234"}]}]}}"""));
    }

    @Test
    void templateHeadersWithMapBodySendNamedParameters() throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("customer_name", "Ann");
        parameters.put("order_id", "#1234");
        template.send("direct:send", e -> {
            e.getMessage().setBody(parameters);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "order_confirmation");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US");
        });

        JsonNode parametersSent = mapper.readTree(request().body())
                .path("template").path("components").path(0).path("parameters");
        assertThat(parametersSent.path(0).path("parameter_name").asText()).isEqualTo("customer_name");
        assertThat(parametersSent.path(0).path("text").asText()).isEqualTo("Ann");
        assertThat(parametersSent.path(1).path("parameter_name").asText()).isEqualTo("order_id");
    }

    @Test
    void rawMapBodyUsesItsOwnRecipientAndGetsMessagingProduct() throws Exception {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("to", "+44 7700 900123");
        raw.put("type", "text");
        raw.put("text", Map.of("body", "raw hello"));
        template.sendBody("direct:send", raw);

        JsonNode sent = mapper.readTree(request().body());
        assertThat(sent.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(sent.path("to").asText()).isEqualTo("447700900123");
        assertThat(sent.path("text").path("body").asText()).isEqualTo("raw hello");
    }

    @Test
    void markAsReadSendsReadStatusWithTypingIndicatorAndKeepsTheBody() throws Exception {
        String inbound = emulator.emulator().simulateText("15551234567", "where is my order?");
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody("the received message stays the body");
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.markAsRead);
            e.getMessage().setHeader(WhatsAppCloudConstants.MESSAGE_ID, inbound);
            e.getMessage().setHeader(WhatsAppCloudConstants.TYPING_INDICATOR, true);
        });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("the received message stays the body");
        assertThat(mapper.readTree(request().body())).isEqualTo(mapper.readTree("""
                {"messaging_product":"whatsapp","status":"read","message_id":"%s",
                 "typing_indicator":{"type":"text"}}""".formatted(inbound)));
        assertThat(emulator.emulator().inboundMessages()).singleElement()
                .satisfies(m -> assertThat(m.markedAsRead()).isTrue());
    }

    @Test
    void markAsReadTakesAReadReceiptBody() throws Exception {
        String inbound = emulator.emulator().simulateText("15551234567", "thanks");
        template.send("direct:send", e -> {
            e.getMessage().setBody(ReadReceipt.of(inbound));
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, "markAsRead");
        });

        assertThat(mapper.readTree(request().body())).isEqualTo(mapper.readTree("""
                {"messaging_product":"whatsapp","status":"read","message_id":"%s"}""".formatted(inbound)));
    }

    @Test
    void invalidMessageFailsBeforeAnyHttpCall() {
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody("x".repeat(4097));
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });

        assertThat(result.getException()).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("text.body").hasMessageContaining("4097").hasMessageContaining("4096");
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }

    @Test
    void missingRecipientFailsBeforeAnyHttpCall() {
        Exchange result = template.request("direct:send", e -> e.getMessage().setBody("hello"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }

    @Test
    void templateNameWithoutLanguageFailsBeforeAnyHttpCall() {
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody(List.of("Ann"));
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "order_confirmation");
        });

        assertThat(result.getException()).hasMessageContaining(WhatsAppCloudConstants.TEMPLATE_LANGUAGE);
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }

    @Test
    void unsupportedBodyTypeFailsWithWhatIsSupported() {
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody(42);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Integer").hasMessageContaining("String");
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }

    @Test
    void markAsReadWithoutMessageIdFailsBeforeAnyHttpCall() {
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody(null);
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, "markAsRead");
        });

        assertThat(result.getException()).hasMessageContaining(WhatsAppCloudConstants.MESSAGE_ID);
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }

    /** The one request the emulator received. */
    static RecordedRequest request() {
        assertThat(emulator.emulator().receivedRequests()).hasSize(1);
        return emulator.emulator().receivedRequests().get(0);
    }
}
