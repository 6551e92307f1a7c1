package dev.camelwhatsapp.cloud.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.ApiVersions;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.management.AccountQueries;
import dev.camelwhatsapp.cloud.management.PhoneNumberInfo;
import dev.camelwhatsapp.cloud.management.SubscribedApp;
import dev.camelwhatsapp.cloud.management.TokenInfo;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of one {@code whatsapp-cloud} endpoint: can it send right now?
 * <ul>
 * <li>DOWN: the token is invalid or expired, or lacks a required scope; the number is not REGISTERED / VERIFIED; its
 * quality rating is RED or it is FLAGGED, RESTRICTED or BANNED; the WABA is subscribed to no app; Meta cannot be
 * asked.</li>
 * <li>UP, with {@code degraded} details: a YELLOW quality rating, a token expiring within
 * {@code expiryWarning}.</li>
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
     * @param clock         the clock for the TTL and the token expiry
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
        AccountQueries queries = new AccountQueries(client.get());
        String wabaId = configuration.getWabaId() == null || configuration.getWabaId().isBlank()
                ? null : configuration.getWabaId();
        CompletableFuture<Attempt<TokenInfo>> token = Attempt.of(queries.token());
        CompletableFuture<Attempt<PhoneNumberInfo>> number
                = Attempt.of(queries.phoneNumber(configuration.getPhoneNumberId()));
        CompletableFuture<Attempt<List<SubscribedApp>>> apps
                = wabaId == null ? Attempt.skipped() : Attempt.of(queries.subscribedApps(wabaId));
        try {
            CompletableFuture.allOf(token, number, apps)
                    .get(configuration.getResponseTimeout() + 5_000, TimeUnit.MILLISECONDS);
        } catch (Exception timeout) {
            if (timeout instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Evaluation(false, "Meta did not answer the readiness check in time", Map.of(), now);
        }
        List<String> problems = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        token(token.join(), now, details, problems, degraded);
        number(number.join(), details, problems, degraded);
        apiVersion(now, details, degraded);
        if (wabaId != null) {
            Attempt<List<SubscribedApp>> subscribed = apps.join();
            if (!subscribed.succeeded()) {
                problems.add("cannot read the WABA's subscribed apps: " + subscribed.describeFailure());
            } else {
                details.put("waba.subscribed", !subscribed.value().isEmpty());
                if (subscribed.value().isEmpty()) {
                    problems.add("the WABA is subscribed to no app: no webhook will arrive");
                }
            }
        }
        if (!degraded.isEmpty()) {
            details.put("degraded", String.join("; ", degraded));
        }
        if (!problems.isEmpty()) {
            details.put("problems", String.join("; ", problems));
            return new Evaluation(false, String.join("; ", problems), details, now);
        }
        return new Evaluation(true, degraded.isEmpty() ? "Ready to send" : "Ready to send, degraded: "
                                                                          + String.join("; ", degraded),
                details, now);
    }

    private void token(Attempt<TokenInfo> attempt, Instant now, Map<String, Object> details, List<String> problems,
                       List<String> degraded) {
        if (!attempt.succeeded()) {
            problems.add("cannot check the token: " + attempt.describeFailure());
            return;
        }
        TokenInfo token = attempt.value();
        details.put("token.valid", token.valid());
        details.put("token.expiresAt", token.neverExpires() ? "never" : token.expiresAt().toString());
        details.put("token.scopes", String.join(",", token.scopes()));
        if (!token.valid() || token.expiresWithin(Duration.ZERO, now)) {
            problems.add("the access token is invalid or expired");
        } else if (token.expiresWithin(Duration.ofMillis(configuration.getExpiryWarning()), now)) {
            degraded.add("the access token expires at " + token.expiresAt() + "; use a System User token");
        }
        if (token.valid() && !token.missingScopes().isEmpty()) {
            problems.add("the access token lacks " + String.join(" and ", token.missingScopes()));
        }
    }

    /**
     * An ending or replaced version still sends (Meta serves it with an older one), so it degrades rather than
     * fails the check: the time to act is before the end.
     */
    private void apiVersion(Instant now, Map<String, Object> details, List<String> degraded) {
        details.put("api.version", configuration.getApiVersion());
        ApiVersions.endOfLife(configuration.getApiVersion())
                .ifPresent(end -> details.put("api.version.endOfLife", end.toString()));
        ApiVersions.warning(configuration.getApiVersion(), LocalDate.ofInstant(now, ZoneOffset.UTC))
                .ifPresent(degraded::add);
        client.get().versionWatch().latest().ifPresent(signal -> {
            details.put("api.version.served", String.valueOf(signal.served()));
            degraded.add(signal.describe());
        });
    }

    private static void number(Attempt<PhoneNumberInfo> attempt, Map<String, Object> details, List<String> problems,
                               List<String> degraded) {
        if (!attempt.succeeded()) {
            problems.add("cannot read the phone number: " + attempt.describeFailure());
            return;
        }
        PhoneNumberInfo number = attempt.value();
        String rating = number.qualityRating() == null ? "UNKNOWN" : number.qualityRating().toUpperCase(Locale.ROOT);
        details.put("number.status", String.valueOf(number.status()));
        details.put("number.codeVerificationStatus", String.valueOf(number.codeVerificationStatus()));
        details.put("number.qualityRating", rating);
        details.put("number.messagingLimitTier", String.valueOf(number.messagingLimitTier()));
        if (number.isBlocked()) {
            problems.add("the number is " + number.status());
        } else if (!number.isRegistered()) {
            problems.add("the number is " + number.status() + ", not REGISTERED with the Cloud API (133010)");
        }
        if (!number.isVerified()) {
            problems.add("the number's code verification is " + number.codeVerificationStatus());
        }
        if ("RED".equals(rating)) {
            problems.add("the quality rating is RED");
        } else if ("YELLOW".equals(rating)) {
            degraded.add("the quality rating is YELLOW");
        }
    }
}
