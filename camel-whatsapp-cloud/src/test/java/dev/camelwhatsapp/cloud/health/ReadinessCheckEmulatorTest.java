package dev.camelwhatsapp.cloud.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

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

/** The readiness check follows the emulator's account state: quality rating, token, registration, subscription. */
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
        assertThat(List.of(check("v26.0").getId(), check("v25.0").getId())).containsExactlyInAnyOrder(base, base + "-2");

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
        assertThat(yellow.getDetails()).containsEntry("degraded", "the quality rating is YELLOW");
        assertThat(red.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(red.getMessage().orElse("")).contains("the quality rating is RED");
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
        assertThat(String.valueOf(expiring.getDetails().get("degraded"))).contains("the access token expires at");
        assertThat(invalid.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(invalid.getMessage().orElse("")).contains("the access token is invalid or expired").doesNotContain(
                DEFAULT_ACCESS_TOKEN);
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
        assertThat(unsubscribed.getMessage().orElse("")).isEqualTo("the WABA is subscribed to no app: no webhook will arrive");
        assertThat(unregistered.getMessage().orElse("")).contains("the number is PENDING, not REGISTERED with the Cloud API");
        assertThat(missingScope.getMessage().orElse("")).contains("the access token lacks whatsapp_business_messaging");
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
