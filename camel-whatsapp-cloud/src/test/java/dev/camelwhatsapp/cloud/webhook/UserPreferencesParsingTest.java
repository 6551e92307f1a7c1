package dev.camelwhatsapp.cloud.webhook;

import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code user_preferences}: one typed event per preference, with both of the user's ids and the raw item. */
class UserPreferencesParsingTest {

    @Test
    void eachPreferenceIsAnEventWithTheUsersIds() {
        List<WebhookEventEnvelope> events = parse("fields/user_preferences.json");

        assertThat(events).extracting(WebhookEventEnvelope::eventType)
                .containsExactly("user_preferences", "user_preferences");
        assertThat(events).extracting(WebhookEventEnvelope::phoneNumberId).containsOnly(PHONE_NUMBER_ID);
        assertThat(events).extracting(WebhookEventEnvelope::dedupKey).doesNotHaveDuplicates();

        UserPreferenceUpdate stop = (UserPreferenceUpdate) events.get(0).event();
        assertThat(stop.waId()).isEqualTo("16505551234");
        assertThat(stop.userId()).isEqualTo("US.13491208655302741918");
        assertThat(stop.profileName()).isEqualTo("Sheena Nelson");
        assertThat(stop.category()).isEqualTo("marketing_messages");
        assertThat(stop.value()).isEqualTo("stop");
        assertThat(stop.detail()).isEqualTo("User requested to stop marketing messages");
        assertThat(stop.timestamp()).isEqualTo(Instant.ofEpochSecond(1731705721));
        assertThat(stop.stopsMarketing()).isTrue();
        assertThat(stop.resumesMarketing()).isFalse();
        assertThat(stop.field()).isEqualTo("user_preferences");

        UserPreferenceUpdate resume = (UserPreferenceUpdate) events.get(1).event();
        assertThat(resume.waId()).isNull();
        assertThat(resume.userId()).isEqualTo("US.77777777777777777777");
        assertThat(resume.parentUserId()).isEqualTo("US.ENT.11815799212886844830");
        assertThat(resume.profileName()).isEqualTo("Maria");
        assertThat(resume.resumesMarketing()).isTrue();
        assertThat(resume.json().path("value").asText()).isEqualTo("resume");
    }
}
