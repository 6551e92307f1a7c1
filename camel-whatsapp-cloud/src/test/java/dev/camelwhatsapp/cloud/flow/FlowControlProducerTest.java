package dev.camelwhatsapp.cloud.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudRateLimitException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer's flow control against the emulator: window policy, fallback template, redelivery and throttle
 * refusals, and the counters JMX reads. The component's own window store and clock decide here; the emulator accepts
 * whatever reaches it.
 */
class FlowControlProducerTest extends CamelTestSupport {

    static final String NUMBER = "106540352242922";
    static final String USER = "15551234567";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder()
                    .template(TemplateDefinition.builder("order_shipped", "en_US").body(
                            "Hello {{1}}, your order shipped.")
                            .build())
                    .template(TemplateDefinition.builder("we_tried_to_reach_you", "en_US")
                            .body("Hello {{1}}, we tried to reach you: {{2}}.").build())
                    .template(TemplateDefinition.builder("we_tried_to_reach_you", "de")
                            .body("Wir haben Sie zu Bestellung {{order_id}} nicht erreicht.").build()))
            .resetBeforeEachTest();

    final ObjectMapper mapper = new ObjectMapper();
    final InMemoryConversationWindowStore windows = new InMemoryConversationWindowStore();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // the only store in the registry: the one both the producer and a consumer would use
        context.getRegistry().bind("windows", windows);
        context.getRegistry().bind("clock", Clock.fixed(NOW, ZoneOffset.UTC));
        return context;
    }

    static final String BASE = "whatsapp-cloud:" + NUMBER
            + "?accessToken=" + WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN
            + "&clock=#clock&redeliveryDelay=10&jitter=0&baseUri=";

    static final Map<String, String> OPTIONS = Map.of(
            "strict", "",
            "fallback", "&windowPolicy=template&fallbackTemplate=we_tried_to_reach_you&fallbackTemplateLanguage=en_US"
                    + "&fallbackTemplateParameters=${header.firstName},${body}",
            // the same expressions, for a template with a named parameter that the header's parameters fill
            "fallbackNamed", "&windowPolicy=template&fallbackTemplate=we_tried_to_reach_you&fallbackTemplateLanguage=de"
                    + "&fallbackTemplateParameters=${header.firstName},${body}",
            "noRedelivery", "&windowPolicy=off&redelivery=false",
            "pair", "&windowPolicy=off&pairRateBurst=1&pairRateInterval=60000&maxThrottleWait=1000");

    static final String REFUSED = "whatsapp-cloud:" + NUMBER + "?accessToken=token&windowPolicy=off"
            + "&redeliveryDelay=10&maximumRedeliveries=2&baseUri=http://127.0.0.1:1";

    static String uri(String route) {
        return route.equals("refused") ? REFUSED : BASE + emulator.baseUri() + OPTIONS.get(route);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String route : List.of("strict", "fallback", "fallbackNamed", "noRedelivery", "pair", "refused")) {
                    from("direct:" + route).to(uri(route));
                }
            }
        };
    }

    Exchange send(String route, Object body, String to) {
        return template.request(route, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
            e.getMessage().setHeader("firstName", "Ann");
        });
    }

    @Test
    void freeFormToAStrangerFailsBeforeAnyHttpCallAndSaysWhatToDo() {
        Exchange result = send("direct:strict", "Where are you?", USER);

        assertThat(result.getException()).isInstanceOf(ConversationWindowClosedException.class)
                .hasMessageContaining("template").hasMessageContaining("window store");
        assertThat(requests()).isEmpty();
        assertThat(statistics("strict").getWindowsRefused()).isEqualTo(1);
    }

    @Test
    void freeFormPassesOnceTheUserWroteAndTemplatesAlwaysPass() throws Exception {
        Exchange templateResult = template.request("direct:strict", e -> {
            e.getMessage().setBody(List.of("Ann"));
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15557654321");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_NAME, "order_shipped");
            e.getMessage().setHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US");
        });
        windows.recordInbound(NUMBER, USER, NOW.minusSeconds(60));
        Exchange freeForm = send("direct:strict", "Thanks for your message", USER);

        assertThat(templateResult.getException()).isNull();
        assertThat(freeForm.getException()).isNull();
        assertThat(requests().get(0).bodyText()).contains("\"type\":\"template\"");
        assertThat(requests().get(1).bodyText()).contains("Thanks for your message");
    }

    @Test
    void templatePolicySendsTheFallbackWithParametersFromTheExchangeAndSaysSo() throws Exception {
        Exchange result = send("direct:fallback", "Your parcel is waiting", USER);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.WINDOW_FALLBACK)).isEqualTo(true);
        JsonNode sent = mapper.readTree(requests().get(0).body());
        assertThat(sent.path("type").asText()).isEqualTo("template");
        assertThat(sent.path("template").path("name").asText()).isEqualTo("we_tried_to_reach_you");
        JsonNode parameters = sent.path("template").path("components").path(0).path("parameters");
        assertThat(parameters.path(0).path("text").asText()).isEqualTo("Ann");
        assertThat(parameters.path(1).path("text").asText()).isEqualTo("Your parcel is waiting");
    }

    @Test
    void theFallbackParametersHeaderOverridesTheExpressionsAndAnOpenWindowSendsTheOriginal() throws Exception {
        Exchange fallback = template.request("direct:fallbackNamed", e -> {
            e.getMessage().setBody("free-form");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, USER);
            e.getMessage().setHeader(WhatsAppCloudConstants.FALLBACK_PARAMETERS, Map.of("order_id", "#1234"));
        });
        windows.recordInbound(NUMBER, USER, NOW.minusSeconds(60));
        Exchange original = send("direct:fallbackNamed", "free-form", USER);

        assertThat(fallback.getException()).isNull();
        assertThat(original.getException()).isNull();
        JsonNode parameter = mapper.readTree(requests().get(0).body())
                .path("template").path("components").path(0).path("parameters").path(0);
        assertThat(parameter.path("parameter_name").asText()).isEqualTo("order_id");
        assertThat(parameter.path("text").asText()).isEqualTo("#1234");
        assertThat(original.getMessage().getHeader(WhatsAppCloudConstants.WINDOW_FALLBACK)).isEqualTo(false);
        assertThat(mapper.readTree(requests().get(1).body()).path("type").asText()).isEqualTo("text");
        assertThat(statistics("fallbackNamed").getFallbackTemplates()).isEqualTo(1);
    }

    @Test
    void aTransientErrorIsRetriedUntilSentOnce() throws Exception {
        windows.recordInbound(NUMBER, USER, NOW);
        emulator.emulator().injectFault(Fault.graphError(130429));
        emulator.emulator().injectFault(Fault.graphError(131016));

        Exchange result = send("direct:strict", "hello", USER);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID)).isNotNull();
        assertThat(requests()).hasSize(3);
        SendStatistics statistics = statistics("strict");
        assertThat(statistics.getRetried()).isEqualTo(2);
        assertThat(statistics.getRetriedByCode()).containsEntry(130429, 1L).containsEntry(131016, 1L);
        assertThat(statistics.getSent()).isEqualTo(1);
    }

    @Test
    void aPermanentErrorFailsAtOnceWithItsTypedException() {
        windows.recordInbound(NUMBER, USER, NOW);
        emulator.emulator().injectFault(Fault.graphError(132001));

        Exchange result = send("direct:strict", "hello", USER);

        assertThat(result.getException()).isInstanceOf(WhatsAppCloudTemplateException.class);
        assertThat(requests()).hasSize(1);
        assertThat(endpointOf("strict").getFailuresByErrorCode()).isEqualTo("132001=1");
    }

    @Test
    void withoutRedeliveryEveryErrorGoesToTheRoute() {
        emulator.emulator().injectFault(Fault.graphError(130429));

        Exchange result = send("direct:noRedelivery", "hello", USER);

        assertThat(result.getException()).isInstanceOf(WhatsAppCloudRateLimitException.class);
        assertThat(requests()).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetriedThenFailsWithTheConnectionError() {
        Exchange result = send("direct:refused", "hello", USER);

        assertThat(result.getException()).isInstanceOf(java.net.ConnectException.class);
        assertThat(statistics("refused").getRetried()).isEqualTo(2);
        assertThat(endpointOf("refused").getRedeliveriesByErrorCode()).isEqualTo("-1=2");
    }

    @Test
    void aSendWhoseSlotIsTooFarAwayFailsWithoutBeingSentAndOthersStillFlow() {
        Exchange first = send("direct:pair", "one", USER);
        Exchange second = send("direct:pair", "two", USER);
        Exchange other = send("direct:pair", "to someone else", "15557654321");

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isInstanceOf(ThrottleWaitExceededException.class)
                .hasMessageContaining("pair-rate").hasMessageContaining("maxThrottleWait");
        assertThat(((ThrottleWaitExceededException) second.getException()).getLimit())
                .isEqualTo(ThrottleWaitExceededException.Limit.PAIR_RATE);
        assertThat(other.getException()).isNull();
        assertThat(requests()).hasSize(2);
        assertThat(endpointOf("pair").getThrottleRefused()).isEqualTo(1);
    }

    static List<RecordedRequest> requests() {
        return emulator.emulator().receivedRequests();
    }

    SendStatistics statistics(String routeId) {
        return endpointOf(routeId).getSendStatistics();
    }

    WhatsAppCloudEndpoint endpointOf(String route) {
        return context.getEndpoint(uri(route), WhatsAppCloudEndpoint.class);
    }
}
