package dev.camelwhatsapp.emulator;

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

class RateLimitTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true)).resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void throughputAboveTheLimitIs130429With429() {
        extension.emulator().setThroughputPerSecond(3);

        List<GraphClient.Response> responses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            responses.add(client.post(MESSAGES, GraphClient.template("3161234567" + i, "hello_world", "en_US", null)));
        }

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSizeGreaterThanOrEqualTo(3);
        assertThat(responses).filteredOn(r -> r.status() == 429).isNotEmpty().allSatisfy(r -> {
            assertThat(r.errorCode()).isEqualTo(130429);
            assertThat(r.json().path("error").path("error_data").path("details").asText()).contains("3/s");
        });
    }

    @Test
    void pairRateIs131056AndRecoversWithTime() {
        extension.emulator().setPairRate(2, Duration.ofHours(1));
        String template = GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null);

        assertThat(client.post(MESSAGES, template).status()).isEqualTo(200);
        assertThat(client.post(MESSAGES, template).status()).isEqualTo(200);
        GraphClient.Response third = client.post(MESSAGES, template);
        GraphClient.Response otherUser = client.post(MESSAGES, GraphClient.template("31612345678", "hello_world",
                "en_US", null));

        assertThat(third.status()).isEqualTo(400);
        assertThat(third.errorCode()).isEqualTo(131056);
        assertThat(otherUser.status()).isEqualTo(200);

        extension.emulator().advanceClock(Duration.ofHours(1));
        assertThat(client.post(MESSAGES, template).status()).isEqualTo(200);
    }

    @Test
    void defaultLimitsAreMetas() {
        assertThat(extension.emulator().throughputPerSecond()).isEqualTo(80);
        GraphClient.Response number = client.get("/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "?fields=throughput");
        assertThat(number.json().path("throughput").path("level").asText()).isEqualTo("STANDARD");
    }
}
