package dev.camelwhatsapp.cloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.management.TokenInfo;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token check's verdicts on token types and the wording of the time a token has left. */
class DiagnosisWordingTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<String> SCOPES = List.copyOf(TokenInfo.REQUIRED_SCOPES);

    // the checks under test read only what they are given: the client is built but never started or called
    private final Diagnosis diagnosis = new Diagnosis(
            new WhatsAppCloudConfiguration(),
            new GraphApiClient(
                    HttpAsyncClients.createDefault(), "http://127.0.0.1:1", "v26.0", "unused",
                    new ObjectMapper()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAppTokenIsNamedAsTheWrongTokenType() {
        DiagnosisCheck check = diagnosis.token(new Attempt<>(token("APP", null), null));

        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.found()).startsWith("APP token of app Orders cannot send")
                .contains("only System User and user access tokens");
        assertThat(check.fix()).isEqualTo(Fix.WRONG_TOKEN_TYPE.text());
    }

    @Test
    void aUserTokenThatExpiresIsAWarningWithTheSystemUserFix() {
        DiagnosisCheck check = diagnosis.token(new Attempt<>(
                token("USER", NOW.plus(Duration.ofDays(2))
                        .minusSeconds(3)), null));

        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.found()).endsWith("(in 2 days)");
        assertThat(check.fix()).isEqualTo(Fix.SYSTEM_USER_TOKEN.text());
    }

    @Test
    void aTokenFurtherFromItsEndThanExpiryWarningIsOkAndAnExpiredOneFails() {
        // expiryWarning is 7 days by default
        DiagnosisCheck later = diagnosis.token(new Attempt<>(token("USER", NOW.plus(Duration.ofDays(8))), null));
        DiagnosisCheck expired = diagnosis.token(new Attempt<>(token("USER", NOW.minusSeconds(1)), null));

        assertThat(later.status()).isEqualTo(CheckStatus.OK);
        assertThat(later.found()).contains("(in 8 days)").endsWith("a System User token never expires");
        assertThat(expired.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(expired.found()).startsWith("USER token of app Orders expired at");
        assertThat(expired.fix()).isEqualTo(Fix.TOKEN_INVALID.text());
    }

    @Test
    void theTimeLeftIsRoundedToTheNearestHour() {
        assertThat(Diagnosis.describe(Duration.ofDays(2).minusSeconds(5))).isEqualTo("2 days");
        assertThat(Diagnosis.describe(Duration.ofHours(25).plusMinutes(10))).isEqualTo("1 day 1 hour");
        assertThat(Diagnosis.describe(Duration.ofMinutes(50))).isEqualTo("1 hour");
        assertThat(Diagnosis.describe(Duration.ofHours(20))).isEqualTo("20 hours");
        assertThat(Diagnosis.describe(Duration.ofSeconds(-1))).isEqualTo("the past");
    }

    @Test
    void aCallbackUrlWithoutHttpsIsNamed() {
        assertThat(Diagnosis.webhookUrl("http://shop.example.com/whatsapp/webhook")).satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(check.found()).endsWith("is not an https:// URL: Meta does not call it");
            assertThat(check.fix()).isEqualTo(Fix.WEBHOOK_HTTPS.text());
        });
        assertThat(Diagnosis.webhookUrl("https://shop.example.com/whatsapp/webhook").status())
                .isEqualTo(CheckStatus.OK);
        assertThat(Diagnosis.webhookUrl("https:/no-host").status()).isEqualTo(CheckStatus.FAIL);
    }

    private static TokenInfo token(String type, Instant expiresAt) {
        return new TokenInfo(true, type, "1234", "Orders", expiresAt, SCOPES, null, null);
    }
}
