package dev.camelwhatsapp.cloud.dsl;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.dsl.WhatsAppCloudEndpointBuilderFactory.whatsappCloud;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Routes written in the generated Endpoint DSL, on a component configured with the generated component DSL, against
 * the emulator: a template goes out through {@code to(whatsappCloud(...))}, and the user's answer comes back through
 * {@code from(whatsappCloud("*"))} over a real webhook.
 */
class EndpointDslRouteTest {

    static final String APP_SECRET = "5f0c2a9e7b1d4c3a8e6f0b2d4a6c8e0f";

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET));

    static final List<Exchange> RECEIVED = new CopyOnWriteArrayList<>();
    static Main main;

    @BeforeAll
    static void start() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        main = new Main();
        main.configure().httpServer().withEnabled(true).withHost("127.0.0.1").withPort(port);
        main.configure().addRoutesBuilder(new EndpointRouteBuilder() {
            @Override
            public void configure() throws Exception {
                // the component DSL: credentials once, on the component
                WhatsAppCloudComponentBuilderFactory.whatsappCloud().accessToken(DEFAULT_ACCESS_TOKEN).appSecret(
                        APP_SECRET)
                        .baseUri(EMULATOR.baseUri().toString()).register(getContext(), "whatsapp-cloud");

                from(direct("confirm"))
                        .setHeader(whatsappCloud().whatsAppCloudTo(), constant("+1 555 123 4567"))
                        .setBody(e -> TemplateMessage.builder("hello_world", "en_US").build())
                        .to(whatsappCloud(DEFAULT_PHONE_NUMBER_ID).windowPolicy(WindowPolicy.strict).redeliveryDelay(
                                10L));

                from(whatsappCloud("*").events("message").ackMode(AckMode.afterProcessing)
                        .advanced().immediateQueueSize(500))
                        .routeId("answers")
                        .process(RECEIVED::add);
            }
        });
        main.start();
        EMULATOR.emulator().setWebhookUrl(java.net.URI.create("http://127.0.0.1:" + port + "/whatsapp/webhook"));
    }

    @AfterAll
    static void stop() {
        main.stop();
    }

    @Test
    void aTemplateSentThroughTheEndpointDslReachesMeta() {
        Exchange sent = main.getCamelContext().createProducerTemplate().request("direct:confirm", e -> {
        });

        assertThat(sent.getException()).isNull();
        String wamid = sent.getMessage().getHeader("CamelWhatsAppCloudMessageId", String.class);
        SentMessage received = EMULATOR.emulator().sentMessage(wamid).orElseThrow();
        assertThat(received.to()).isEqualTo("15551234567");
        assertThat(received.type()).isEqualTo("template");
        assertThat(received.request().at("/template/name").asText()).isEqualTo("hello_world");
    }

    @Test
    void theBuilderWritesTheOptionsIntoTheEndpoint() {
        WhatsAppCloudEndpoint endpoint = main.getCamelContext().getEndpoints().stream()
                .filter(WhatsAppCloudEndpoint.class::isInstance).map(WhatsAppCloudEndpoint.class::cast)
                .filter(e -> DEFAULT_PHONE_NUMBER_ID.equals(e.getConfiguration().getPhoneNumberId()))
                .findFirst().orElseThrow();

        assertThat(endpoint.getEndpointUri()).contains("windowPolicy=strict").contains("redeliveryDelay=10")
                .doesNotContain(DEFAULT_ACCESS_TOKEN);
        assertThat(endpoint.getConfiguration().getWindowPolicy()).isEqualTo(WindowPolicy.strict);
        assertThat(endpoint.getConfiguration().getAccessToken()).isEqualTo(DEFAULT_ACCESS_TOKEN);
        assertThat(main.getCamelContext().getEndpoints()).anySatisfy(e -> assertThat(e.getEndpointUri())
                .startsWith("whatsapp-cloud://*").contains("ackMode=afterProcessing").contains("events=message")
                .contains("immediateQueueSize=500"));
        assertThat(main.getCamelContext().getComponent("whatsapp-cloud", WhatsAppCloudComponent.class)
                .getConfiguration().getBaseUri()).isEqualTo(EMULATOR.baseUri().toString());
    }

    @Test
    void aUserMessageArrivesThroughAConsumerBuiltWithTheEndpointDsl() {
        String wamid = EMULATOR.emulator().simulateText("15551234567", "Where is my order?");

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.stream()
                .anyMatch(e -> wamid.equals(e.getMessage().getHeader("CamelWhatsAppCloudMessageId"))));
        Exchange answer = RECEIVED.stream()
                .filter(e -> wamid.equals(e.getMessage().getHeader("CamelWhatsAppCloudMessageId"))).findFirst()
                .orElseThrow();
        assertThat(answer.getMessage().getHeader("CamelWhatsAppCloudEventType")).isEqualTo("message");
        assertThat(answer.getMessage().getHeader("CamelWhatsAppCloudFrom")).isEqualTo("15551234567");
    }
}
