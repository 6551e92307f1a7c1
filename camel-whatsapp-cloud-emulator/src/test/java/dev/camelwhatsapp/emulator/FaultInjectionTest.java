package dev.camelwhatsapp.emulator;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String HELLO = GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null);

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().pairRate(1000, Duration.ofSeconds(1))).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void metaErrorCodeForTheNextRequests() {
        extension.emulator().injectFault(Fault.graphError(131000).times(2));

        GraphClient.Response first = client.post(MESSAGES, HELLO);
        GraphClient.Response second = client.post(MESSAGES, HELLO);
        GraphClient.Response third = client.post(MESSAGES, HELLO);

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.errorCode()).isEqualTo(131000);
        assertThat(first.json().path("error").path("message").asText()).isEqualTo("(#131000) Something went wrong");
        assertThat(second.errorCode()).isEqualTo(131000);
        assertThat(third.status()).isEqualTo(200);
        assertThat(extension.emulator().sentMessages()).hasSize(1);
    }

    @Test
    void httpStatusForARatioOfRequestsIsDeterministic() {
        List<Integer> firstRun = statusesWithRatioFault();
        extension.emulator().reset();
        List<Integer> secondRun = statusesWithRatioFault();

        assertThat(firstRun).contains(503, 200);
        assertThat(secondRun).isEqualTo(firstRun);
    }

    private List<Integer> statusesWithRatioFault() {
        extension.emulator().injectFault(Fault.httpStatus(503).ratio(0.5));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(client.post(MESSAGES, HELLO).status());
        }
        return statuses;
    }

    @Test
    void faultsCanTargetOnePath() {
        extension.emulator().injectFault(Fault.graphError(4).onPathsContaining("/message_templates"));

        assertThat(client.post(MESSAGES, HELLO).status()).isEqualTo(200);
        GraphClient.Response templates = client.get("/v26.0/" + WhatsAppCloudEmulator.DEFAULT_WABA_ID
                + "/message_templates");
        assertThat(templates.status()).isEqualTo(429);
        assertThat(templates.errorCode()).isEqualTo(4);
    }

    @Test
    void latencyDelaysTheAnswer() {
        extension.emulator().injectFault(Fault.latency(Duration.ofMillis(300)));

        long start = System.nanoTime();
        GraphClient.Response response = client.post(MESSAGES, HELLO);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.status()).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void connectionResetClosesWithoutAResponse() throws Exception {
        extension.emulator().injectFault(Fault.connectionReset());

        assertThatThrownBy(() -> client.rawPost(MESSAGES, HELLO)).isInstanceOf(IOException.class);
        assertThat(client.rawPost(MESSAGES, HELLO).statusCode()).isEqualTo(200);
        assertThat(extension.emulator().sentMessages()).hasSize(1);
    }

    @Test
    void controlApiInjectsListsAndClearsFaultsAndIsNeverFaulted() {
        GraphClient.Response injected = client.post("/_emulator/faults", "{\"code\":130429,\"count\":3}");
        assertThat(injected.json().path("code").asInt()).isEqualTo(130429);
        assertThat(client.get("/_emulator/faults").json().path("data").path(0).path("count").asInt()).isEqualTo(3);

        assertThat(client.post(MESSAGES, HELLO).errorCode()).isEqualTo(130429);
        assertThat(client.get("/_emulator/faults").json().path("data").path(0).path("count").asInt()).isEqualTo(2);
        assertThat(client.delete("/_emulator/faults").status()).isEqualTo(200);
        assertThat(client.post(MESSAGES, HELLO).status()).isEqualTo(200);
    }
}
