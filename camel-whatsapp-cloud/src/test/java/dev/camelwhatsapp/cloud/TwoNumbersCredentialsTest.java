package dev.camelwhatsapp.cloud;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Two business numbers with two access tokens in one CamelContext: every request goes out with its own number's token,
 * also when both send at once from many threads.
 */
class TwoNumbersCredentialsTest extends CamelTestSupport {

    @RegisterExtension
    static GraphApiStub graph = new GraphApiStub();

    static final Map<String, String> TOKENS = Map.of(
            "106540352242922", "EAAG-first-number-token",
            "107777777777777", "EAAG-second-number-token");

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                TOKENS.forEach((number, token) -> from("direct:" + number)
                        .to("whatsapp-cloud:" + number + "?accessToken=" + token
                            + "&windowPolicy=off&throttle=false&baseUri=" + graph.baseUri()));
            }
        };
    }

    @Test
    void eachNumbersRequestsCarryOnlyItsOwnToken() throws Exception {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            for (String number : TOKENS.keySet()) {
                String to = String.valueOf(15_550_000_000L + i);
                sends.add(template.asyncSend("direct:" + number, e -> {
                    e.getMessage().setBody("hello");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
                }));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(sends).allSatisfy(s -> assertThat(s.join().getException()).isNull());

        List<GraphApiStub.Request> requests = graph.receivedRequests();
        assertThat(requests).hasSize(120);
        assertThat(requests).allSatisfy(request -> {
            String number = request.path().split("/")[2];
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKENS.get(number));
        });
        assertThat(requests).filteredOn(r -> r.path().contains("107777777777777")).hasSize(60);
    }
}
