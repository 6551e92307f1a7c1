package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.test.GraphApiStub;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the network does, every exchange completes, with an exception when nothing usable came back, within the
 * configured timeouts.
 */
class WhatsAppCloudTimeoutTest extends CamelTestSupport {

    @RegisterExtension
    static GraphApiStub graph = new GraphApiStub();

    @Override
    protected RouteBuilder createRouteBuilder() throws Exception {
        String closing = graph.closingBaseUri();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hanging")
                        .toF("whatsapp-cloud:106540352242922?accessToken=token&windowPolicy=off&redelivery=false&baseUri=%s&responseTimeout=500",
                                graph.baseUri());
                from("direct:closing")
                        .toF("whatsapp-cloud:106540352242922?accessToken=token&windowPolicy=off&redelivery=false&baseUri=%s&responseTimeout=5000", closing);
                from("direct:refused")
                        .to("whatsapp-cloud:106540352242922?accessToken=token&windowPolicy=off&redelivery=false&baseUri=http://127.0.0.1:1&connectTimeout=1000");
            }
        };
    }

    @Test
    void serverThatNeverAnswersFailsTheExchangeAfterTheResponseTimeout() throws Exception {
        graph.hang();
        long start = System.nanoTime();

        Exchange result = sendAsync("direct:hanging").get(10, TimeUnit.SECONDS);

        assertThat(result.getException()).isNotNull();
        assertThat(result.getException().toString()).containsIgnoringCase("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void serverThatClosesTheConnectionFailsTheExchange() throws Exception {
        Exchange result = sendAsync("direct:closing").get(10, TimeUnit.SECONDS);

        assertThat(result.getException()).isNotNull();
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
