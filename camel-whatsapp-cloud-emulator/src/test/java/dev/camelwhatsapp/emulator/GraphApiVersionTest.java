package dev.camelwhatsapp.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import dev.camelwhatsapp.emulator.support.GraphClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Graph API versions as Meta serves them: the current one as asked, an ended one by the oldest live version with a
 * warning, an unreleased one not at all. The emulator's day is pinned to 2026-12-06.
 */
class GraphApiVersionTest {

    static final Instant TODAY = Instant.parse("2026-12-06T12:00:00Z");

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension extension = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator
                    .builder().clock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TODAY))))
            .resetBeforeEachTest();

    private GraphClient client;

    @BeforeEach
    void client() {
        client = new GraphClient(extension.baseUri(), DEFAULT_ACCESS_TOKEN);
    }

    private GraphClient.Response number(String version) {
        return client.get("/" + version + "/" + DEFAULT_PHONE_NUMBER_ID);
    }

    private static String header(GraphClient.Response response, String name) {
        List<String> values = response.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Test
    void aLiveVersionIsServedAsRequested() {
        GraphClient.Response current = number("v26.0");
        GraphClient.Response older = number("v21.0");

        assertThat(current.status()).isEqualTo(200);
        assertThat(header(current, "facebook-api-version")).isEqualTo("v26.0");
        assertThat(header(older, "facebook-api-version")).isEqualTo("v21.0");
        assertThat(header(older, "x-ad-api-version-warning")).isNull();
    }

    @Test
    void anUnreleasedVersionIsRefusedAsAnUnknownPath() {
        GraphClient.Response future = number("v99.0");

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorCode()).isEqualTo(2500);
        assertThat(future.json().path("error").path("message").asText())
                .isEqualTo("Unknown path components: /v99.0/" + DEFAULT_PHONE_NUMBER_ID);
    }

    @Test
    void anEndedVersionIsServedByTheOldestLiveOneWithAWarning() {
        extension.emulator().advanceClock(Duration.ofDays(50)); // 2027-01-25: v21.0 ended on 2027-01-21

        GraphClient.Response ended = number("v21.0");
        GraphClient.Response ancient = number("v19.0");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().path("id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(header(ended, "facebook-api-version")).isEqualTo("v22.0");
        assertThat(header(ended, "x-ad-api-version-warning"))
                .isEqualTo("The call has been auto-upgraded to v22.0 as v21.0 is deprecated.");
        assertThat(header(ancient, "facebook-api-version")).isEqualTo("v22.0");
    }

    @Test
    void refusalsOfAnEndedVersionCarryTheWarningToo() {
        extension.emulator().advanceClock(Duration.ofDays(50));

        GraphClient.Response refused = client.get("/v21.0/999999999999999");

        assertThat(refused.status()).isGreaterThanOrEqualTo(400);
        assertThat(header(refused, "x-ad-api-version-warning")).contains("auto-upgraded to v22.0");
    }
}
