package dev.camelwhatsapp.cloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.test.LogCapture;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Graph API version watch against the emulator, whose day is pinned to 2026-12-06 (the endpoints use its clock):
 * v21.0 ends on 2027-01-21, within 90 days; 50 days later Meta serves it with v22.0 and says so.
 */
class ApiVersionWatchEmulatorTest extends CamelTestSupport {

    static final Instant TODAY = Instant.parse("2026-12-06T12:00:00Z");

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator
                    .builder().clock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), TODAY))))
            .resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                context.getRegistry().bind("emulatorClock", emulator.emulator().clock());
                String common = "accessToken=RAW(" + DEFAULT_ACCESS_TOKEN + ")&baseUri=" + emulator.baseUri()
                        + "&wabaId=" + DEFAULT_WABA_ID + "&clock=#emulatorClock&healthCheckTtl=0";
                from("direct:v21").to("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?apiVersion=v21.0&" + common);
                from("direct:v21diagnose").to("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID
                        + "?apiVersion=v21.0&operation=diagnose&" + common);
                from("direct:v99").to("whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?apiVersion=v99.0&" + common);
            }
        };
    }

    private Exchange send(String route) {
        return template.request(route, e -> {
            e.getMessage().setBody(TemplateMessage.builder("hello_world", "en_US").build());
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
        });
    }

    private HealthCheck.Result readiness(String apiVersion) {
        WritableHealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        producers.setEnabled(true);
        return producers.stream().filter(c -> c instanceof WhatsAppCloudReadinessCheck)
                .map(WhatsAppCloudReadinessCheck.class::cast)
                .filter(c -> c.configurationApiVersion().equals(apiVersion)).findFirst().orElseThrow().call();
    }

    @Test
    void aVersionEndingWithin90DaysDegradesReadinessAndWarnsInDiagnose() {
        HealthCheck.Result result = readiness("v21.0");

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage().orElse("")).contains(
                "apiVersion v21.0 ends on 2027-01-21, in 46 days. Move to v26.0");
        assertThat(result.getDetails()).containsEntry("api.version.endOfLife", "2027-01-21");

        DiagnosisReport report = template.request("direct:v21diagnose", e -> {
        })
                .getMessage().getBody(DiagnosisReport.class);
        assertThat(report.checks()).filteredOn(c -> c.name().equals(Diagnosis.API_VERSION)).singleElement()
                .satisfies(check -> {
                    assertThat(check.status()).isEqualTo(CheckStatus.WARN);
                    assertThat(check.found()).contains("in 46 days");
                    assertThat(check.fix()).contains("v26.0");
                });
    }

    @Test
    void metaServingAnotherVersionIsWarnedOncePerEndpointAndShownInReadiness() {
        emulator.emulator().advanceClock(Duration.ofDays(50));

        String warnings;
        try (LogCapture log = LogCapture.start()) {
            assertThat(send("direct:v21").getException()).isNull();
            assertThat(send("direct:v21").getException()).isNull();
            warnings = log.warningsAndErrors();
        }

        assertThat(warnings.lines().filter(line -> line.contains("with version v22.0"))).hasSize(1);
        assertThat(warnings).contains("requested in v21.0 with version v22.0: The call has been auto-upgraded to"
                + " v22.0 as v21.0 is deprecated.");
        HealthCheck.Result result = readiness("v21.0");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("api.version.served", "v22.0");
        assertThat(result.getMessage().orElse("")).contains("ended on 2027-01-21");
    }

    @Test
    void anUnreleasedVersionFailsWithMetasError() {
        Exchange sent = send("direct:v99");

        assertThat(sent.getException()).isInstanceOf(WhatsAppCloudApiException.class);
        assertThat(((WhatsAppCloudApiException) sent.getException()).getCode()).isEqualTo(2500);
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }
}
