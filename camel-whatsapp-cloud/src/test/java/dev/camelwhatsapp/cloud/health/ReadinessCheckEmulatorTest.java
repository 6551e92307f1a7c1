package dev.camelwhatsapp.cloud.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudOperation;
import dev.camelwhatsapp.cloud.test.Emulated;
import dev.camelwhatsapp.emulator.QualityRating;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness check follows the emulator's account state (quality rating, token, registration, subscription) as the
 * diagnosis judges it: a FAIL is DOWN, a WARN degraded.
 */
class ReadinessCheckEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(Emulated.endpoint(emulator, "&healthCheckTtl=0"));
                from("direct:cached").to(Emulated.endpoint(emulator, "&healthCheckTtl=3600000&apiVersion=v25.0"));
            }
        };
    }

    WritableHealthCheckRepository producerChecks() {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }

    WhatsAppCloudReadinessCheck check(String apiVersion) {
        WritableHealthCheckRepository producers = producerChecks();
        // Camel runs producer checks once enabled, as camel.health.producersEnabled=true does
        producers.setEnabled(true);
        return producers.stream().filter(c -> c instanceof WhatsAppCloudReadinessCheck)
                .map(WhatsAppCloudReadinessCheck.class::cast)
                .filter(c -> c.configurationApiVersion().equals(apiVersion))
                .findFirst().orElseThrow();
    }

    HealthCheck.Result call() {
        return check("v26.0").call();
    }

    @Test
    void eachEndpointIsAReadinessNotALivenessCheckInTheProducersRepository() {
        WhatsAppCloudReadinessCheck check = check("v26.0");

        assertThat(check.getId()).startsWith("whatsapp-cloud-" + DEFAULT_PHONE_NUMBER_ID);
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
    }

    @Test
    void everyEndpointHasACheckOfItsOwnWhileItIsStarted() throws Exception {
        String base = "whatsapp-cloud-" + DEFAULT_PHONE_NUMBER_ID;
        assertThat(List.of(check("v26.0").getId(), check("v25.0").getId())).containsExactlyInAnyOrder(base, base
                + "-2");

        Endpoint endpoint = context.getEndpoint(String.format("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s"
                + "&apiVersion=v24.0",
                DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri()));
        assertThat(check("v24.0").getId()).isEqualTo(base + "-3");

        // e.g. a toD() endpoint evicted from its cache, or a route removed at runtime
        context.removeEndpoint(endpoint);

        assertThat(producerChecks().stream().filter(c -> c instanceof WhatsAppCloudReadinessCheck)
                .map(WhatsAppCloudReadinessCheck.class::cast)
                .map(WhatsAppCloudReadinessCheck::configurationApiVersion))
                .containsExactlyInAnyOrder("v26.0", "v25.0");
    }

    @Test
    void healthyAccountIsUp() {
        HealthCheck.Result result = call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("number.qualityRating", "GREEN")
                .containsEntry("number.status", "REGISTERED").containsEntry("token.valid", true)
                .containsEntry("token.expiresAt", "never").containsEntry("waba.subscribed", true);
        assertThat(result.getDetails().values()).noneMatch(v -> String.valueOf(v).contains(DEFAULT_ACCESS_TOKEN));
    }

    @Test
    void qualityYellowIsDegradedAndRedIsDown() {
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);
        HealthCheck.Result yellow = call();
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.RED);
        HealthCheck.Result red = call();
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.GREEN);
        HealthCheck.Result green = call();

        assertThat(yellow.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(String.valueOf(yellow.getDetails().get("degraded")))
                .startsWith(Diagnosis.QUALITY + ": quality YELLOW").doesNotContain(";");
        assertThat(yellow.getMessage().orElse("")).startsWith("Ready to send, degraded: " + Diagnosis.QUALITY);
        assertThat(red.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(red.getMessage().orElse("")).startsWith(Diagnosis.QUALITY + ": quality RED").doesNotContain(";");
        assertThat(green.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(green.getDetails()).doesNotContainKey("degraded");
    }

    @Test
    void invalidTokenIsDownAndAnExpiringOneDegraded() {
        emulator.emulator().setTokenExpiresAt(Instant.now().plus(2, ChronoUnit.DAYS));
        HealthCheck.Result expiring = call();
        emulator.emulator().setTokenValid(false);
        HealthCheck.Result invalid = call();

        assertThat(expiring.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(String.valueOf(expiring.getDetails().get("degraded")))
                .startsWith(Diagnosis.TOKEN + ": valid SYSTEM_USER token").contains("(in 2 days)");
        assertThat(invalid.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(invalid.getMessage().orElse("")).startsWith(Diagnosis.TOKEN + ": the token is not valid")
                .doesNotContain(DEFAULT_ACCESS_TOKEN);
    }

    @Test
    void missingScopeUnregisteredNumberAndUnsubscribedWabaAreDown() throws Exception {
        emulator.emulator().setTokenScopes(Set.of("whatsapp_business_messaging", "whatsapp_business_management"));
        emulator.emulator().setSubscribed(false);
        HealthCheck.Result unsubscribed = call();
        emulator.emulator().setSubscribed(true);
        deregister();
        HealthCheck.Result unregistered = call();
        emulator.emulator().setTokenScopes(Set.of("whatsapp_business_management"));
        HealthCheck.Result missingScope = call();

        assertThat(unsubscribed.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(unsubscribed.getMessage().orElse("")).isEqualTo(Diagnosis.WEBHOOKS + ": the WABA is subscribed to no"
                + " app: the app is not subscribed, so no webhook"
                + " arrives");
        assertThat(unsubscribed.getDetails()).containsEntry("waba.subscribed", false);
        assertThat(unregistered.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(unregistered.getMessage().orElse("")).contains(Diagnosis.REGISTERED + ": status PENDING");
        assertThat(missingScope.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(missingScope.getMessage().orElse("")).contains(Diagnosis.SCOPES + ": the token lacks"
                + " whatsapp_business_messaging");
    }

    /** The readiness check has no rules of its own: it reports the diagnosis' WARN as degraded, its FAIL as DOWN. */
    @Test
    void aWarningOfTheDiagnosisDegradesReadinessAndAFailureTakesItDown() {
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.YELLOW);
        DiagnosisReport warned = diagnose();
        HealthCheck.Result degraded = call();
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.RED);
        DiagnosisReport failed = diagnose();
        HealthCheck.Result down = call();

        assertThat(warned.problems()).singleElement().satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.WARN);
            assertThat(degraded.getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(degraded.getDetails()).containsEntry("degraded", check.summary()).doesNotContainKey("problems");
        });
        assertThat(failed.problems()).singleElement().satisfies(check -> {
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getMessage()).contains(check.summary());
            assertThat(down.getDetails()).containsEntry("problems", check.summary());
        });
    }

    @Test
    void aTokenExpiringAfterTheWarningTimeIsReady() {
        emulator.emulator().setTokenExpiresAt(Instant.now().plus(30, ChronoUnit.DAYS));

        HealthCheck.Result result = call();

        // expiryWarning (7 days by default) is the time to act; before it, the token works
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).contains("Ready to send");
        assertThat(result.getDetails()).doesNotContainKey("degraded").containsKey("token.expiresAt")
                .doesNotContainEntry("token.expiresAt", "never");
    }

    /** The diagnose operation on the readiness check's own endpoint, so both judge the same account. */
    private DiagnosisReport diagnose() {
        return template.request("direct:send",
                e -> e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.diagnose))
                .getMessage().getBody(DiagnosisReport.class);
    }

    @Test
    void resultsAreCachedForTheTtl() {
        WhatsAppCloudReadinessCheck cached = check("v25.0");
        HealthCheck.Result first = cached.call();
        emulator.emulator().setQualityRating(DEFAULT_PHONE_NUMBER_ID, QualityRating.RED);
        HealthCheck.Result withinTtl = cached.call();
        cached.invalidate();
        HealthCheck.Result afterInvalidate = cached.call();

        assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(withinTtl.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(afterInvalidate.getState()).isEqualTo(HealthCheck.State.DOWN);
    }

    private static void deregister() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(emulator.baseUri() + "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/deregister"))
                .header("Authorization", "Bearer " + DEFAULT_ACCESS_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
