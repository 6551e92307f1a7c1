package dev.camelwhatsapp.cloud.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** diagnose against a healthy and a misconfigured emulator: every problem named, with the fix of the checklist. */
class DiagnoseEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:diagnose").to(Emulated.endpoint(emulator, "&operation=diagnose"));
                from("direct:unknownNumber").to(Emulated.endpoint(emulator, "555000111", "&operation=diagnose"));
                from("direct:swapped").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=%s"
                        + "&operation=diagnose",
                        DEFAULT_WABA_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri(), DEFAULT_PHONE_NUMBER_ID);
                from("direct:noWaba").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&operation=diagnose",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri());
            }
        };
    }

    DiagnosisReport diagnose(String from, String recipient) {
        Exchange result = template.request(from, e -> {
            if (recipient != null) {
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, recipient);
            }
        });
        assertThat(result.getException()).isNull();
        DiagnosisReport report = result.getMessage().getBody(DiagnosisReport.class);
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.DIAGNOSIS_STATUS))
                .isEqualTo(report.status().name());
        return report;
    }

    @Test
    void aHealthyAccountPassesEveryCheckInChecklistOrder() {
        DiagnosisReport report = diagnose("direct:diagnose", "+1 555-123-4567");

        assertThat(report.checks()).extracting(DiagnosisCheck::name).containsExactly(Diagnosis.TOKEN,
                Diagnosis.SCOPES, Diagnosis.NUMBER_FORMAT, Diagnosis.NUMBER_IN_WABA, Diagnosis.REGISTERED,
                Diagnosis.TEMPLATES, Diagnosis.WEBHOOKS, Diagnosis.QUALITY, Diagnosis.API_VERSION);
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(CheckStatus.OK));
        assertThat(report.status()).isEqualTo(CheckStatus.OK);
        assertThat(report.check(Diagnosis.NUMBER_FORMAT).orElseThrow().found()).contains("recipient 15551234567 is"
                + " E.164");
    }

    @Test
    void aMisconfiguredAccountNamesEveryProblemAndItsFix() throws Exception {
        emulator.emulator().setTokenExpiresAt(Instant.now().plus(20, ChronoUnit.HOURS));
        post("/" + DEFAULT_PHONE_NUMBER_ID + "/deregister");
        for (var template : WhatsAppCloudEmulator.DEFAULT_TEMPLATES) {
            emulator.emulator().setTemplateStatus(template.name(), template.language(), TemplateStatus.PENDING);
        }
        emulator.emulator().setSubscribed(false);
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);

        DiagnosisReport report = diagnose("direct:diagnose", "+1 (555) 12");

        assertThat(report.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(report.problems()).extracting(DiagnosisCheck::name, DiagnosisCheck::status).containsExactly(
                tuple(Diagnosis.TOKEN, CheckStatus.WARN),
                tuple(Diagnosis.NUMBER_FORMAT, CheckStatus.FAIL),
                tuple(Diagnosis.REGISTERED, CheckStatus.FAIL),
                tuple(Diagnosis.TEMPLATES, CheckStatus.FAIL),
                tuple(Diagnosis.WEBHOOKS, CheckStatus.FAIL),
                tuple(Diagnosis.QUALITY, CheckStatus.WARN));
        assertThat(fix(report, Diagnosis.TOKEN)).isEqualTo(Fix.SYSTEM_USER_TOKEN.text());
        assertThat(fix(report, Diagnosis.NUMBER_FORMAT)).isEqualTo(Fix.RECIPIENT_FORMAT.text());
        assertThat(fix(report, Diagnosis.REGISTERED)).startsWith("Error 133010: register the number");
        assertThat(fix(report, Diagnosis.TEMPLATES)).startsWith("Sends fail with error 132001");
        assertThat(fix(report, Diagnosis.WEBHOOKS)).contains("subscribeApp");
        assertThat(fix(report, Diagnosis.QUALITY)).isEqualTo(Fix.QUALITY_YELLOW.text());
        assertThat(report.check(Diagnosis.REGISTERED).orElseThrow().found()).contains("status PENDING");
        assertThat(report.toText()).contains("[FAIL   ] Registered with Cloud API: status PENDING")
                .contains("fix: Error 133010").doesNotContain(DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void anInvalidTokenFailsAndTheChecksItHidesAreSkipped() {
        emulator.emulator().setTokenValid(false);

        DiagnosisReport report = diagnose("direct:diagnose", null);

        assertThat(report.check(Diagnosis.TOKEN).orElseThrow()).satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(check.fix()).isEqualTo(Fix.TOKEN_INVALID.text());
        });
        // the version check needs no token: the configured version and the answers' headers are enough
        assertThat(report.checks()).filteredOn(c -> !c.name().equals(Diagnosis.TOKEN)
                && !c.name().equals(Diagnosis.API_VERSION))
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.SKIPPED));
    }

    @Test
    void aMissingScopeIsNamedWithTheSystemUserFix() {
        emulator.emulator().setTokenScopes(Set.of("whatsapp_business_messaging"));

        DiagnosisReport report = diagnose("direct:diagnose", null);

        DiagnosisCheck scopes = report.check(Diagnosis.SCOPES).orElseThrow();
        assertThat(scopes.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(scopes.found()).startsWith("the token lacks whatsapp_business_management");
        assertThat(scopes.fix()).isEqualTo(Fix.SCOPES.text());
        assertThat(report.check(Diagnosis.TEMPLATES).orElseThrow().status()).isEqualTo(CheckStatus.SKIPPED);
    }

    @Test
    void aNumberIdOutsideTheWabaIsNamed() {
        DiagnosisReport report = diagnose("direct:unknownNumber", null);

        assertThat(report.check(Diagnosis.NUMBER_FORMAT).orElseThrow().fix()).isEqualTo(Fix.MIXED_IDS.text());
        assertThat(report.check(Diagnosis.NUMBER_IN_WABA).orElseThrow()).satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(check.fix()).isEqualTo(Fix.NUMBER_NOT_IN_WABA.text());
        });
    }

    @Test
    void swappedIdsAreNamedAsSwappedAndNotAsARegistrationProblem() {
        DiagnosisReport report = diagnose("direct:swapped", null);

        DiagnosisCheck ids = report.check(Diagnosis.NUMBER_FORMAT).orElseThrow();
        assertThat(ids.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ids.found()).startsWith("the phone number id " + DEFAULT_WABA_ID + " and the WABA id "
                + DEFAULT_PHONE_NUMBER_ID + " look swapped");
        assertThat(ids.fix()).isEqualTo(Fix.SWAPPED_IDS.text());
        assertThat(report.check(Diagnosis.REGISTERED).orElseThrow().status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(report.check(Diagnosis.QUALITY).orElseThrow().status()).isEqualTo(CheckStatus.SKIPPED);
        assertThat(report.problems()).filteredOn(c -> c.status() == CheckStatus.FAIL)
                .extracting(DiagnosisCheck::fix).containsOnly(Fix.SWAPPED_IDS.text());
        assertThat(report.toText()).doesNotContain("Error 133010");
    }

    @Test
    void withoutAWabaIdTheAccountChecksAskForIt() {
        DiagnosisReport report = diagnose("direct:noWaba", null);

        assertThat(report.problems()).extracting(DiagnosisCheck::name).containsExactly(Diagnosis.NUMBER_IN_WABA,
                Diagnosis.TEMPLATES, Diagnosis.WEBHOOKS);
        assertThat(report.problems()).allSatisfy(c -> assertThat(c.fix()).isEqualTo(Fix.SET_WABA_ID.text()));
    }

    @Test
    void theStandaloneEntryPointRunsWithoutRoutesAndRendersText() throws Exception {
        emulator.emulator().setSubscribed(false);
        WhatsAppCloudConfiguration configuration = new WhatsAppCloudConfiguration();
        configuration.setPhoneNumberId(DEFAULT_PHONE_NUMBER_ID);
        configuration.setWabaId(DEFAULT_WABA_ID);
        configuration.setAccessToken(DEFAULT_ACCESS_TOKEN);
        configuration.setBaseUri(emulator.baseUri().toString());

        DiagnosisReport report = Diagnosis.diagnose(configuration);

        assertThat(report.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(report.toText()).startsWith("WhatsApp Cloud API diagnosis of phone number id "
                + DEFAULT_PHONE_NUMBER_ID + " in WABA " + DEFAULT_WABA_ID + ": FAIL")
                .contains("[FAIL   ] Webhook subscription: the WABA is subscribed to no app")
                .contains("[OK     ] Access token: valid SYSTEM_USER token");
    }

    private static String fix(DiagnosisReport report, String name) {
        return report.check(name).orElseThrow().fix();
    }

    private static void post(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(emulator.baseUri() + "/v26.0" + path))
                .header("Authorization", "Bearer " + DEFAULT_ACCESS_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
