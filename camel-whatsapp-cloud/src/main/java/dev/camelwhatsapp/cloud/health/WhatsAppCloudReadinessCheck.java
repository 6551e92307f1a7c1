package dev.camelwhatsapp.cloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of one {@code whatsapp-cloud} endpoint: can it send right now? It runs the steps of the {@link Diagnosis}
 * that decide this ({@code Diagnosis.readiness()}: token, scopes, phone number id, registration, webhook subscription
 * with a wabaId, quality, API version), whose rules it does not repeat:
 * <ul>
 * <li>DOWN: a step FAILed (e.g. an invalid, expired or under-scoped token, a number not REGISTERED / VERIFIED, a RED
 * or blocked number, a WABA subscribed to no app), or could not be checked; or Meta did not answer in time.</li>
 * <li>UP, with {@code degraded} details: a step WARNed (e.g. a YELLOW quality rating, a token expiring within
 * {@code expiryWarning}, an ending API version).</li>
 * </ul>
 * A result is reused for {@code healthCheckTtl}, so that probes do not spend the account's API call budget. Details
 * carry states, never the token.
 */
public final class WhatsAppCloudReadinessCheck extends AbstractHealthCheck {

    private final WhatsAppCloudConfiguration configuration;
    private final Supplier<GraphApiClient> client;
    private final BooleanSupplier running;
    private final Clock clock;

    private volatile Evaluation cached;

    /** What was concluded, and when. */
    private record Evaluation(boolean up, String message, Map<String, Object> details, Instant at) {
    }

    /**
     * @param id            the check's id, unique in its repository, e.g. {@code whatsapp-cloud-106540352242922}
     * @param configuration the endpoint's options
     * @param client        the endpoint's Graph API client, asked for only while the endpoint runs
     * @param running       whether the endpoint is started
     * @param clock         the endpoint's clock, for the TTL and the diagnosis
     */
    public WhatsAppCloudReadinessCheck(String id, WhatsAppCloudConfiguration configuration,
                                       Supplier<GraphApiClient> client, BooleanSupplier running, Clock clock) {
        super("producers", id);
        this.configuration = configuration;
        this.client = client;
        this.running = running;
        this.clock = clock;
    }

    @Override
    public boolean isLiveness() {
        // a token or account problem is not cured by restarting the application
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("phone.number.id", configuration.getPhoneNumberId());
        if (!running.getAsBoolean()) {
            builder.unknown().message("The endpoint is not started");
            return;
        }
        Evaluation evaluation = cached;
        Instant now = clock.instant();
        if (evaluation == null
                || !evaluation.at().plus(Duration.ofMillis(configuration.getHealthCheckTtl())).isAfter(now)) {
            evaluation = evaluate(now);
            cached = evaluation;
        }
        builder.details(evaluation.details()).message(evaluation.message());
        if (evaluation.up()) {
            builder.up();
        } else {
            builder.down();
        }
    }

    /** @return the Graph API version of the endpoint checked, which tells endpoints of the same number apart */
    public String configurationApiVersion() {
        return configuration.getApiVersion();
    }

    /** Forgets the cached result: the next call asks Meta again. */
    public void invalidate() {
        cached = null;
    }

    private Evaluation evaluate(Instant now) {
        Diagnosis.Readiness readiness;
        try {
            readiness = new Diagnosis(configuration, client.get(), clock).readiness()
                    .get(configuration.getResponseTimeout() + 5_000, TimeUnit.MILLISECONDS);
        } catch (IllegalStateException stopped) {
            // the endpoint stopped while the probe ran: its client is gone
            return new Evaluation(false, stopped.getMessage(), Map.of(), now);
        } catch (Exception timeout) {
            if (timeout instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Evaluation(false, "Meta did not answer the readiness check in time", Map.of(), now);
        }
        List<DiagnosisCheck> checks = readiness.report().checks();
        Map<String, Object> details = new LinkedHashMap<>(readiness.facts());
        String degraded = summaries(checks, CheckStatus.WARN);
        if (!degraded.isEmpty()) {
            details.put("degraded", degraded);
        }
        // a skipped step was hidden by a failed one; skipped without a failure, it could not be told: not ready either
        String problems = summaries(checks, CheckStatus.FAIL);
        if (problems.isEmpty()) {
            problems = summaries(checks, CheckStatus.SKIPPED);
        }
        if (!problems.isEmpty()) {
            details.put("problems", problems);
            return new Evaluation(false, problems, details, now);
        }
        return new Evaluation(
                true, degraded.isEmpty() ? "Ready to send" : "Ready to send, degraded: " + degraded,
                details, now);
    }

    private static String summaries(List<DiagnosisCheck> checks, CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).map(DiagnosisCheck::summary)
                .collect(Collectors.joining("; "));
    }
}
