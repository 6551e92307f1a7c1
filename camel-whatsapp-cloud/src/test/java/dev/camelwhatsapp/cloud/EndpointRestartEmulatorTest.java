package dev.camelwhatsapp.cloud;

import dev.camelwhatsapp.cloud.health.WhatsAppCloudReadinessCheck;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The endpoint's services (Graph API client, pools, flow control, readiness check) live from its start to its stop: a
 * stopped endpoint says so instead of sending, and starts again with new ones.
 */
class EndpointRestartEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    private static String uri() {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=RAW(" + DEFAULT_ACCESS_TOKEN + ")"
                + "&windowPolicy=off&baseUri=" + emulator.baseUri();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to(uri());
            }
        };
    }

    private Exchange send() {
        return template.request("direct:send", e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
        });
    }

    private long readinessChecks() {
        WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        producers.setEnabled(true);
        return producers.stream().filter(c -> c instanceof WhatsAppCloudReadinessCheck).count();
    }

    @Test
    void aStoppedEndpointRefusesClearlyAndSendsAgainOnceStarted() throws Exception {
        WhatsAppCloudEndpoint endpoint = context.getEndpoint(uri(), WhatsAppCloudEndpoint.class);
        assertThat(send().getException()).isNull();

        context.getRouteController().stopRoute("send");
        endpoint.stop();

        // JMX attributes and the dev console read a stopped endpoint without failing
        assertThat(endpoint.getQueuedSends()).isZero();
        assertThat(endpoint.getMessagesSent()).isEqualTo(1);
        assertThat(endpoint.getConversationWindowsTracked()).isGreaterThanOrEqualTo(-1);
        assertThat(readinessChecks()).isZero();
        assertThatThrownBy(endpoint::graphApiClient).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not started").hasMessageNotContaining(DEFAULT_ACCESS_TOKEN);
        assertThatThrownBy(endpoint::workerPool).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(endpoint::flowControl).isInstanceOf(IllegalStateException.class);

        endpoint.start();
        context.getRouteController().startRoute("send");
        Exchange again = send();

        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)).startsWith("wamid.");
        assertThat(emulator.emulator().sentMessages()).hasSize(2);
        assertThat(endpoint.getMessagesSent()).isEqualTo(2);
        assertThat(readinessChecks()).isOne();
    }

    @Test
    void anEndpointWithoutATokenStartsAsAReceiverAndItsProducerSaysWhyItCannotSend() throws Exception {
        WhatsAppCloudEndpoint receiver = context.getEndpoint("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID
                + "?appSecret=s&baseUri=" + emulator.baseUri(),
                WhatsAppCloudEndpoint.class);
        Producer producer = receiver.createProducer();

        assertThat(receiver.isStarted()).isTrue();
        assertThat(receiver.getQueuedSends()).isZero();
        assertThatThrownBy(producer::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot send: it has no accessToken");
    }
}
