package dev.camelwhatsapp.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What tests of an app need beyond Meta's behaviour: the requests as received (without the token), answers given
 * verbatim, and business numbers with tokens of their own.
 */
class RequestRecordingAndCannedAnswersTest {

    private static final String SECOND_NUMBER = "107777777777777";
    private static final String FIRST_TOKEN = "first-number-token";
    private static final String SECOND_TOKEN = "second-number-token";
    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String HELLO = GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null);

    private WhatsAppCloudEmulator emulator;
    private GraphClient client;

    @BeforeEach
    void start() {
        emulator = WhatsAppCloudEmulator.builder()
                .businessNumber(DEFAULT_PHONE_NUMBER_ID, "+1 555-555-0100")
                .businessNumber(SECOND_NUMBER, "+1 555-555-0177")
                .numberAccessToken(SECOND_NUMBER, SECOND_TOKEN)
                .build();
        client = new GraphClient(emulator.start(), DEFAULT_ACCESS_TOKEN);
    }

    @AfterEach
    void stop() {
        emulator.stop();
    }

    @Test
    void everyGraphRequestIsRecordedAsSentWithoutTheToken() {
        client.post(MESSAGES, HELLO);
        client.get("/v26.0/debug_token?input_token=" + DEFAULT_ACCESS_TOKEN);
        client.withToken("wrong").get("/v26.0/" + DEFAULT_WABA_ID + "/message_templates?limit=2&access_token=x");
        emulator.injectFault(Fault.graphError(131000));
        client.post(MESSAGES, HELLO);
        client.get("/_emulator/info");

        List<RecordedRequest> requests = emulator.receivedRequests();

        assertThat(requests).extracting(RecordedRequest::method, RecordedRequest::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", MESSAGES),
                org.assertj.core.groups.Tuple.tuple("GET", "/v26.0/debug_token"),
                org.assertj.core.groups.Tuple.tuple("GET", "/v26.0/" + DEFAULT_WABA_ID + "/message_templates"),
                org.assertj.core.groups.Tuple.tuple("POST", MESSAGES));
        RecordedRequest send = requests.get(0);
        assertThat(GraphClient.json(send.bodyText())).isEqualTo(GraphClient.json(HELLO));
        assertThat(send.header("Content-Type")).isEqualTo("application/json");
        assertThat(send.headers()).doesNotContainKey("authorization");
        assertThat(send.toString()).doesNotContain(DEFAULT_ACCESS_TOKEN);
        assertThat(requests.get(1).query()).containsEntry("input_token", RecordedRequest.REDACTED);
        assertThat(requests.get(2).query()).containsEntry("limit", "2")
                .containsEntry("access_token", RecordedRequest.REDACTED);
        assertThat(requests.get(0).at()).isNotNull();

        emulator.reset();
        assertThat(emulator.receivedRequests()).isEmpty();
    }

    @Test
    void theControlApiListsTheRecordedRequests() {
        client.post(MESSAGES, HELLO);

        JsonNode listed = client.get("/_emulator/requests").json().path("data");

        assertThat(listed).hasSize(1);
        assertThat(listed.path(0).path("method").asText()).isEqualTo("POST");
        assertThat(listed.path(0).path("path").asText()).isEqualTo(MESSAGES);
        assertThat(GraphClient.json(listed.path(0).path("body").asText())).isEqualTo(GraphClient.json(HELLO));
        assertThat(listed.toString()).doesNotContain(DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void aResponseFaultAnswersExactlyWhatItWasGiven() {
        emulator.injectFault(Fault.response(502, "text/html", "<html>Bad Gateway</html>")
                .withHeader("Retry-After", "30").times(2));

        GraphClient.Response first = client.post(MESSAGES, HELLO);
        GraphClient.Response second = client.post(MESSAGES, HELLO);
        GraphClient.Response third = client.post(MESSAGES, HELLO);

        assertThat(first.status()).isEqualTo(502);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo("<html>Bad Gateway</html>");
        assertThat(first.headers().get("content-type")).containsExactly("text/html");
        assertThat(first.headers().get("retry-after")).containsExactly("30");
        assertThat(second.status()).isEqualTo(502);
        assertThat(third.status()).isEqualTo(200);
        assertThat(emulator.sentMessages()).hasSize(1);
    }

    @Test
    void aResponseFaultMayHaveAnEmptyBody() {
        emulator.injectFault(Fault.response(500, "application/json", ""));

        GraphClient.Response answer = client.post(MESSAGES, HELLO);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.bytes()).isEmpty();
    }

    @Test
    void aResponseFaultThroughTheControlApi() {
        JsonNode injected = client.post("/_emulator/faults", """
                {"response":{"status":400,"body":"{\\"error\\":{\\"code\\":368,\\"message\\":\\"blocked\\"}}",
                 "headers":{"X-Business-Use-Case-Usage":"{}"}},"path_contains":"/messages"}""").json();

        GraphClient.Response answer = client.post(MESSAGES, HELLO);

        assertThat(injected.path("kind").asText()).isEqualTo("RESPONSE");
        assertThat(injected.path("response").path("content_type").asText()).isEqualTo("application/json");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo(368);
        assertThat(answer.headers().get("x-business-use-case-usage")).containsExactly("{}");
    }

    @Test
    void aResponseFaultChecksItsStatus() {
        assertThatThrownBy(() -> Fault.response(99, "text/plain", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.graphError(100).withHeader("Retry-After", "1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNumberWithItsOwnTokenTakesOnlyThatToken() {
        String secondMessages = "/v26.0/" + SECOND_NUMBER + "/messages";

        GraphClient.Response own = client.withToken(SECOND_TOKEN).post(secondMessages, HELLO);
        GraphClient.Response general = client.post(secondMessages, HELLO);
        GraphClient.Response elsewhere = client.withToken(SECOND_TOKEN).post(MESSAGES, HELLO);
        GraphClient.Response first = client.post(MESSAGES, HELLO);

        assertThat(own.status()).isEqualTo(200);
        assertThat(general.status()).isEqualTo(401);
        assertThat(general.errorCode()).isEqualTo(190);
        assertThat(elsewhere.errorCode()).isEqualTo(190);
        assertThat(first.status()).isEqualTo(200);
        assertThat(emulator.sentMessages()).extracting(SentMessage::phoneNumberId)
                .containsExactly(SECOND_NUMBER, DEFAULT_PHONE_NUMBER_ID);
    }

    @Test
    void aTokenForANumberTheEmulatorDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> WhatsAppCloudEmulator.builder().numberAccessToken("999", FIRST_TOKEN).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }
}
