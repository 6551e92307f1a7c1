package dev.camelwhatsapp.emulator;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Users stop and resume marketing messages (control API, {@code user_preferences} webhook), and marketing templates
 * fail as Meta fails them: 131050 to a user who stopped, 131049 past the per-user marketing limit.
 */
class MarketingPreferencesTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String PROMO = GraphClient.template(DEFAULT_USER_WA_ID, "spring_sale", "en_US", null);

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator(
            builder -> builder
                    .template(TemplateDefinition.builder("spring_sale", "en_US").category("MARKETING")
                            .body("Spring sale: 20% off everything this week.").build()));

    @BeforeEach
    void reset() {
        RUNNING.client().post("/_emulator/reset", "{}");
        RUNNING.receiver().clear();
    }

    @Test
    void aUserWhoStoppedMarketingGets131050UntilResuming() {
        assertThat(RUNNING.client().post("/_emulator/users/" + DEFAULT_USER_WA_ID + "/marketing",
                "{\"value\":\"stop\"}")
                .status()).isEqualTo(200);
        await().until(() -> preferences().size() == 1);
        JsonNode change = preferences().get(0);
        JsonNode preference = change.path("value").path("user_preferences").get(0);
        assertThat(change.path("value").path("metadata").path("phone_number_id").asText())
                .isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(preference.path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(preference.path("user_id").asText()).startsWith("US.");
        assertThat(preference.path("category").asText()).isEqualTo("marketing_messages");
        assertThat(preference.path("value").asText()).isEqualTo("stop");

        String refused = RUNNING.client().post(MESSAGES, PROMO).wamid();
        await().until(() -> RUNNING.receiver().statusesOf(refused).contains("failed"));
        assertThat(failureCode(refused)).isEqualTo(131050);

        // a utility template still goes through
        String utility = RUNNING.client().post(MESSAGES,
                GraphClient.template(DEFAULT_USER_WA_ID, "hello_world", "en_US", null))
                .wamid();
        await().until(() -> RUNNING.receiver().statusesOf(utility).contains("delivered"));

        RUNNING.emulator().resumeMarketing(DEFAULT_USER_WA_ID);
        await().until(() -> preferences().size() == 2);
        assertThat(preferences().get(1).path("value").path("user_preferences").get(0).path("value").asText())
                .isEqualTo("resume");
        String accepted = RUNNING.client().post(MESSAGES, PROMO).wamid();
        await().until(() -> RUNNING.receiver().statusesOf(accepted).contains("delivered"));
    }

    @Test
    void pastThePerUserLimitMarketingTemplatesFailWith131049ForADay() {
        assertThat(RUNNING.client().post("/_emulator/marketing-limit", "{\"per_user\":2}").status()).isEqualTo(200);

        String first = RUNNING.client().post(MESSAGES, PROMO).wamid();
        String second = RUNNING.client().post(MESSAGES, PROMO).wamid();
        String third = RUNNING.client().post(MESSAGES, PROMO).wamid();

        await().until(() -> RUNNING.receiver().statusesOf(third).contains("failed"));
        assertThat(failureCode(third)).isEqualTo(131049);
        await().until(() -> RUNNING.receiver().statusesOf(first).contains("delivered")
                && RUNNING.receiver().statusesOf(second).contains("delivered"));

        RUNNING.emulator().advanceClock(Duration.ofHours(24).plusSeconds(1));
        String nextDay = RUNNING.client().post(MESSAGES, PROMO).wamid();
        await().until(() -> RUNNING.receiver().statusesOf(nextDay).contains("delivered"));
    }

    @Test
    void badMarketingControlRequestsAre400() {
        assertThat(RUNNING.client().post("/_emulator/users/" + DEFAULT_USER_WA_ID + "/marketing",
                "{\"value\":\"maybe\"}")
                .status()).isEqualTo(400);
        assertThat(RUNNING.client().post("/_emulator/users/19999999999/marketing", "{\"value\":\"stop\"}").status())
                .isEqualTo(400);
        assertThat(RUNNING.client().post("/_emulator/marketing-limit", "{\"per_user\":-1}").status()).isEqualTo(400);
    }

    private static java.util.List<JsonNode> preferences() {
        return RUNNING.receiver().changes().stream()
                .filter(c -> c.path("field").asText().equals("user_preferences")).toList();
    }

    private static int failureCode(String wamid) {
        return RUNNING.receiver().statuses().stream().filter(s -> s.path("id").asText().equals(wamid))
                .filter(s -> s.path("status").asText().equals("failed")).findFirst().orElseThrow()
                .path("errors").get(0).path("code").asInt();
    }
}
