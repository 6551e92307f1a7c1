package dev.camelwhatsapp.emulator.fidelity;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.MessagingLimitTier;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /{phone-number-id}} and {@code phone_number_quality_update} as Meta sends them. */
class PhoneNumberFidelityTest {

    private static final String NUMBER = "/v23.0/" + DEFAULT_PHONE_NUMBER_ID;

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator();

    @BeforeEach
    void reset() {
        RUNNING.emulator().reset();
    }

    private List<JsonNode> qualityEvents() {
        return RUNNING.receiver().changes().stream()
                .filter(c -> c.path("field").asText().equals("phone_number_quality_update"))
                .map(c -> c.path("value")).toList();
    }

    @Test
    void defaultFieldsMatchMetasExample() {
        MetaExamples.assertSameKeys(RUNNING.client().get(NUMBER).json(), MetaExamples.load("phone-number-default"));
    }

    @Test
    void onlyTheRequestedFieldsPlusId() {
        JsonNode answer = RUNNING.client().get(NUMBER + "?fields=messaging_limit_tier").json();
        assertThat(answer.size()).isEqualTo(2);
        assertThat(answer.path("id").asText()).isEqualTo(DEFAULT_PHONE_NUMBER_ID);
        assertThat(answer.path("messaging_limit_tier").asText()).isEqualTo("TIER_1K");
    }

    @Test
    void qualityDroppingToRedFlagsAndRecoveringUnflags() {
        int before = qualityEvents().size();
        RUNNING.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);
        RUNNING.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.RED);
        assertThat(RUNNING.client().get(NUMBER).json().path("quality_rating").asText()).isEqualTo("RED");
        RUNNING.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.GREEN);

        await().until(() -> qualityEvents().size() == before + 2);
        List<JsonNode> events = qualityEvents().subList(before, before + 2);
        assertThat(events).extracting(e -> e.path("event").asText()).containsExactly("FLAGGED", "UNFLAGGED");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.path("current_limit").asText()).isEqualTo("TIER_1K");
            assertThat(e.path("display_phone_number").asText()).isEqualTo("15555550100");
        });
    }

    @Test
    void tierChangesAreUpgradesAndDowngradesWithTheNewLimit() {
        int before = qualityEvents().size();
        RUNNING.emulator().setMessagingLimitTier(DEFAULT_PHONE_NUMBER_ID, MessagingLimitTier.TIER_10K);
        assertThat(RUNNING.client().get(NUMBER + "?fields=messaging_limit_tier")
                .json().path("messaging_limit_tier").asText())
                .isEqualTo("TIER_10K");
        RUNNING.emulator().setMessagingLimitTier(DEFAULT_PHONE_NUMBER_ID, MessagingLimitTier.TIER_250);

        await().until(() -> qualityEvents().size() == before + 2);
        List<JsonNode> events = qualityEvents().subList(before, before + 2);
        assertThat(events).extracting(e -> e.path("event").asText() + " " + e.path("current_limit").asText())
                .containsExactly("UPGRADE TIER_10K", "DOWNGRADE TIER_250");
        assertThat(RUNNING.client().get(NUMBER).json().path("quality_rating").asText()).isEqualTo("GREEN");
    }
}
