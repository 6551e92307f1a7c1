package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the network does, every exchange completes, with an exception when nothing usable came back, within the
 * configured timeouts.
 */
class WhatsAppCloudTimeoutTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hanging")
                        .toF("whatsapp-cloud:106540352242922?accessToken=%s&windowPolicy=off&redelivery=false&baseUri=%s&responseTimeout=500",
                                DEFAULT_ACCESS_TOKEN, emulator.baseUri());
                from("direct:closing")
                        .toF("whatsapp-cloud:106540352242922?accessToken=%s&windowPolicy=off&redelivery=false&baseUri=%s&responseTimeout=5000",
                                DEFAULT_ACCESS_TOKEN, emulator.baseUri());
                from("direct:refused")
                        .to("whatsapp-cloud:106540352242922?accessToken=token&windowPolicy=off&redelivery=false&baseUri=http://127.0.0.1:1&connectTimeout=1000");
            }
        };
    }

    @Test
    void serverThatNeverAnswersFailsTheExchangeAfterTheResponseTimeout() throws Exception {
        // far longer than the response timeout: for the client, a server that never answers
        emulator.emulator().injectFault(Fault.latency(Duration.ofSeconds(30)));
        long start = System.nanoTime();

        Exchange result = sendAsync("direct:hanging").get(10, TimeUnit.SECONDS);

        assertThat(result.getException()).isNotNull();
        assertThat(result.getException().toString()).containsIgnoringCase("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void serverThatClosesTheConnectionFailsTheExchange() throws Exception {
        emulator.emulator().injectFault(Fault.connectionReset());

        Exchange result = sendAsync("direct:closing").get(10, TimeUnit.SECONDS);

        assertThat(result.getException()).isNotNull();
        assertThat(emulator.emulator().receivedRequests()).hasSize(1);
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }

    @Test
    void refusedConnectionFailsTheExchange() throws Exception {
        Exchange result = sendAsync("direct:refused").get(10, TimeUnit.SECONDS);

        assertThat(result.getException()).isInstanceOf(java.net.ConnectException.class);
    }

    private CompletableFuture<Exchange> sendAsync(String uri) {
        return template.asyncSend(uri, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });
    }
}
