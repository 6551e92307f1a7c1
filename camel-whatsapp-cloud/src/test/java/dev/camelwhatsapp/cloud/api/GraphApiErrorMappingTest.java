package dev.camelwhatsapp.cloud.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Error responses shaped as Meta sends them (taken from Meta's API reference) become the typed exception of their
 * category, with every field Meta gave. The emulator answers each envelope verbatim (a response fault), so the
 * bodies, statuses and headers are exactly those written here.
 */
class GraphApiErrorMappingTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toF(
                        "whatsapp-cloud:106540352242922?accessToken=%s&windowPolicy=off&redelivery=false&baseUri=%s",
                        WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN, emulator.baseUri());
            }
        };
    }

    static Stream<Arguments> metaErrors() {
        return Stream.of(
                arguments(401, error(190, 463, "Error validating access token: Session has expired", null),
                        WhatsAppCloudTokenException.class, ErrorCategory.TOKEN, false),
                arguments(403, error(10, null, "Application does not have permission for this action", null),
                        WhatsAppCloudTokenException.class, ErrorCategory.TOKEN, false),
                arguments(400, error(131047, null, "Re-engagement message",
                        "Message failed to send because more than 24 hours have passed since the customer last replied to this number."),
                        WhatsAppCloudWindowClosedException.class, ErrorCategory.WINDOW_CLOSED, false),
                arguments(400, error(130429, null, "Rate limit hit", "Cloud API message throughput has been reached."),
                        WhatsAppCloudRateLimitException.class, ErrorCategory.RATE_LIMIT, true),
                arguments(400, error(131056, null, "(Business Account, Consumer Account) pair rate limit hit",
                        "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."),
                        WhatsAppCloudRateLimitException.class, ErrorCategory.RATE_LIMIT, true),
                arguments(400, error(132001, null, "Template name does not exist in the translation",
                        "template name (order_confirmation) does not exist in en_GB"),
                        WhatsAppCloudTemplateException.class, ErrorCategory.TEMPLATE, false),
                arguments(400, error(132069, null, "A template error newer than this component", null),
                        WhatsAppCloudTemplateException.class, ErrorCategory.TEMPLATE, false),
                arguments(400, error(100, 2494010, "Invalid parameter", "Param text['body'] is required"),
                        WhatsAppCloudBadRequestException.class, ErrorCategory.BAD_REQUEST, false),
                arguments(400, error(131026, null, "Message undeliverable", null),
                        WhatsAppCloudUndeliverableException.class, ErrorCategory.UNDELIVERABLE, false),
                arguments(400, error(130403, null, "Unable to deliver the message",
                        "Unable to deliver the message. This business has blocked the end user on WhatsApp"),
                        WhatsAppCloudUndeliverableException.class, ErrorCategory.UNDELIVERABLE, false),
                arguments(400, error(368, null, "Temporarily blocked for policies violations", null),
                        WhatsAppCloudPolicyException.class, ErrorCategory.POLICY, false),
                arguments(503, error(131016, null, "Service unavailable", null),
                        WhatsAppCloudServiceException.class, ErrorCategory.SERVICE, true),
                arguments(500, error(2, null, "Service temporarily unavailable", null),
                        WhatsAppCloudServiceException.class, ErrorCategory.SERVICE, true),
                arguments(400, error(987654, null, "Something new", null),
                        WhatsAppCloudApiException.class, ErrorCategory.UNCLASSIFIED, false));
    }

    static String error(int code, Integer subcode, String message, String details) {
        return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + (subcode == null ? "" : ",\"error_subcode\":" + subcode)
                + (details == null ? "" : ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + details
                        + "\"}")
                + ",\"fbtrace_id\":\"AXsgnV2Cm3ZMGF3dF_cfYIn\"}}";
    }

    @ParameterizedTest(name = "HTTP {0}: {2}")
    @MethodSource("metaErrors")
    void metaErrorBecomesTypedException(
                                        int status, String body, Class<? extends WhatsAppCloudApiException> type,
                                        ErrorCategory category,
                                        boolean retryable) {
        answer(Fault.response(status, "application/json", body));

        WhatsAppCloudApiException e = send();

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.getCategory()).isEqualTo(category);
        assertThat(e.isRetryable()).isEqualTo(retryable);
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getType()).isEqualTo("OAuthException");
        assertThat(e.getFbtraceId()).isEqualTo("AXsgnV2Cm3ZMGF3dF_cfYIn");
        assertThat(e.getMessage()).contains(String.valueOf(e.getCode())).contains("HTTP " + status)
                .contains(category.name());
    }

    @Test
    void codeSubcodeAndDetailsAreKept() {
        answer(Fault.response(400, "application/json",
                error(100, 2494010, "Invalid parameter", "Param text['body'] is required")));

        WhatsAppCloudApiException e = send();

        assertThat(e.getCode()).isEqualTo(100);
        assertThat(e.getSubcode()).contains(2494010);
        assertThat(e.getDetails()).isEqualTo("Param text['body'] is required");
        assertThat(e.getMessage()).contains("Param text['body'] is required");
    }

    @Test
    void businessUseCaseUsageGivesTheTimeToRegainAccess() {
        answer(Fault.response(400, "application/json", error(80007, null, "Rate limit issues", null))
                .withHeader("X-Business-Use-Case-Usage",
                        "{\"102290129340398\":[{\"type\":\"whatsapp\",\"call_count\":100,\"total_cputime\":25,"
                                + "\"total_time\":25,\"estimated_time_to_regain_access\":5}]}"));

        WhatsAppCloudApiException e = send();

        assertThat(e).isInstanceOf(WhatsAppCloudRateLimitException.class);
        assertThat(e.getRetryAfter()).contains(Duration.ofMinutes(5));
    }

    @Test
    void retryAfterHeaderIsHonoured() {
        answer(Fault.response(400, "application/json", error(4, null, "Application request limit reached", null))
                .withHeader("Retry-After", "30"));

        assertThat(send().getRetryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void aRetryAfterDateIsCountedDownWithTheGivenClock() {
        // the endpoint's clock, e.g. aligned with an emulator's virtual time, not the JVM's
        Clock clock = Clock.fixed(Instant.parse("2031-10-21T07:26:30Z"), ZoneOffset.UTC);
        GraphApiErrorParser parser = new GraphApiErrorParser(new ObjectMapper(), clock);

        GraphApiError error = parser.parse(429, "application/json",
                error(4, null, "Application request limit reached", null).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8),
                "Tue, 21 Oct 2031 07:28:00 GMT", null);

        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void proxyHtmlPageBecomesServiceErrorWithoutEchoingThePage() {
        answer(Fault.response(502, "text/html",
                "<html><body><h1>502 Bad Gateway</h1><p>secret-internal-hostname</p></body></html>"));

        WhatsAppCloudApiException e = send();

        assertThat(e).isInstanceOf(WhatsAppCloudServiceException.class);
        assertThat(e.getCode()).isEqualTo(-1);
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 502").contains("text/html").doesNotContain(
                "secret-internal-hostname");
    }

    @Test
    void emptyServerErrorIsAServiceError() {
        answer(Fault.response(500, "application/json", ""));

        WhatsAppCloudApiException e = send();

        assertThat(e).isInstanceOf(WhatsAppCloudServiceException.class);
        assertThat(e.getMessage()).contains("empty body");
    }

    private static void answer(Fault answer) {
        emulator.emulator().injectFault(answer);
    }

    private WhatsAppCloudApiException send() {
        Exchange result = template.request("direct:send", x -> {
            x.getMessage().setBody("hello");
            x.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });
        assertThat(result.getException()).isInstanceOf(WhatsAppCloudApiException.class);
        return (WhatsAppCloudApiException) result.getException();
    }
}
