package dev.camelwhatsapp.cloud;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message type and variant the model can build, sent through a route, reaches the Graph API as exactly the JSON
 * the model's own tests assert field by field.
 */
class WhatsAppCloudMessageTypesRouteTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true).pairRate(1000, java.time.Duration.ofSeconds(1)))
            .resetBeforeEachTest();

    final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toF("whatsapp-cloud:106540352242922?accessToken=%s&windowPolicy=off&baseUri=%s",
                        WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN, emulator.baseUri());
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.camelwhatsapp.cloud.model.ExampleRequests#all")
    void messageIsSentAsMetaExpectsIt(String name, MessageRequest request) throws Exception {
        if ("template".equals(request.toGraphJson().path("type").asText())) {
            // the emulator knows none of these example templates and this test is about the JSON on the wire: the send
            // is answered as Meta answers an accepted one (RichMessagesEmulatorTest sends templates the emulator checks)
            emulator.emulator().injectFault(Fault.response(200, "application/json", Payloads.SEND_SUCCESS));
        }
        Exchange result = template.request("direct:send", e -> {
            e.getMessage().setBody(request.message());
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, request.to());
            e.getMessage().setHeader(WhatsAppCloudConstants.REPLY_TO, request.replyTo());
            e.getMessage().setHeader(WhatsAppCloudConstants.CALLBACK_DATA, request.callbackData());
        });

        assertThat(result.getException()).isNull();
        // compared as parsed JSON on both sides: numbers built as long and read back as int are the same JSON
        assertThat(mapper.readTree(emulator.emulator().receivedRequests().get(0).body()))
                .isEqualTo(mapper.readTree(mapper.writeValueAsBytes(request.toGraphJson())));
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)).startsWith("wamid.");
    }
}
