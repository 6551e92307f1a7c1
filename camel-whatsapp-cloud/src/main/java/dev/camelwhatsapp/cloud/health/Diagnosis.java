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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.ApiVersionWatch;
import dev.camelwhatsapp.cloud.api.ApiVersions;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.api.internal.HttpClientFactory;
import dev.camelwhatsapp.cloud.management.AccountQueries;
import dev.camelwhatsapp.cloud.management.PhoneNumberInfo;
import dev.camelwhatsapp.cloud.management.SubscribedApp;
import dev.camelwhatsapp.cloud.management.TemplateInfo;
import dev.camelwhatsapp.cloud.management.TokenInfo;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.cloud.model.Recipient;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * Runs the troubleshooting checklist against a phone number and its WhatsApp Business Account, in the order the
 * checklist gives, and says for each step what it found and how to fix it:
 * <ol>
 * <li>{@value #TOKEN}: valid, a token type that can send, not expired, and not expiring within
 * {@code expiryWarning} (a System User token never expires)</li>
 * <li>{@value #SCOPES}: whatsapp_business_messaging and whatsapp_business_management</li>
 * <li>{@value #NUMBER_FORMAT}: the path is a phone number id (not the number, not the WABA id); the recipient, if
 * given, is E.164</li>
 * <li>{@value #NUMBER_IN_WABA}: the number belongs to the configured WABA</li>
 * <li>{@value #REGISTERED}: status REGISTERED/CONNECTED and code verification VERIFIED</li>
 * <li>{@value #TEMPLATES}: at least one APPROVED template; none rejected</li>
 * <li>{@value #WEBHOOKS}: the WABA is subscribed to the token's app</li>
 * <li>{@value #QUALITY}: quality rating GREEN, number not flagged; messaging limit and throughput reported</li>
 * <li>{@value #API_VERSION}: the configured version is not ending within 90 days, and Meta's answers carried no
 * deprecation warning nor another version than the one requested</li>
 * </ol>
 * The Graph API calls run concurrently; a failing call fails its own check only.
 *
 * <p>
 * Each rule is coded here once: the endpoint's readiness check runs the steps that decide whether it can send now
 * ({@code readiness()}) and reports a FAIL as DOWN and a WARN as degraded.
 *
 * <p>
 * From a route: {@code to("whatsapp-cloud:<id>?operation=diagnose")}. From a command line or a test, without Camel
 * routes: {@code System.out.println(Diagnosis.diagnose(configuration).toText())}.
 */
public final class Diagnosis {

    public static final String TOKEN = "Access token";
    public static final String SCOPES = "Token scopes";
    public static final String NUMBER_FORMAT = "Phone number id and format";
    public static final String NUMBER_IN_WABA = "Number in WABA";
    public static final String REGISTERED = "Registered with Cloud API";
    public static final String TEMPLATES = "Templates approved";
    public static final String WEBHOOKS = "Webhook subscription";
    public static final String QUALITY = "Quality rating and limits";
    public static final String API_VERSION = "Graph API version";
    public static final String WEBHOOK_URL = "Webhook callback URL";

    /** The token types a send works with; app and page tokens are refused by the messaging endpoints. */
    private static final Set<String> SENDING_TOKEN_TYPES = Set.of("SYSTEM_USER", "USER");
    private static final String NOT_A_NUMBER = "not checked: the ids look swapped";

    private final WhatsAppCloudConfiguration configuration;
    private final AccountQueries queries;
    private final ApiVersionWatch versionWatch;
    private final Clock clock;

    /**
     * What the readiness check reads from one run: the checks that decide whether the endpoint can send now, and the
     * states Meta reported, for the check's details.
     *
     * @param report the checks, in checklist order
     * @param facts  {@code token.valid}, {@code number.status}, {@code waba.subscribed}, {@code api.version}… as
     *               Meta reported them; never the token
     */
    record Readiness(DiagnosisReport report, Map<String, Object> facts) {
    }

    /**
     * @param configuration the endpoint options: phoneNumberId, wabaId, expiryWarning, apiVersion
     * @param client        a Graph API client with the token to diagnose
     * @param clock         the endpoint's clock, which token expiry and the API version's end are judged with
     */
    public Diagnosis(WhatsAppCloudConfiguration configuration, GraphApiClient client, Clock clock) {
        this.configuration = configuration;
        this.queries = new AccountQueries(client);
        this.versionWatch = client.versionWatch();
        this.clock = clock;
    }

    /**
     * Diagnoses the account of a configuration without any Camel route: builds its own HTTP client from the
     * configuration as an endpoint does ({@link HttpClientSettings#from}: timeouts, pool, proxy; not
     * sslContextParameters, which need a CamelContext), runs every check, and closes the client. Meant for a command
     * a person runs against real credentials or the emulator.
     *
     * @param  configuration accessToken, phoneNumberId, baseUri, apiVersion and (for most checks) wabaId
     * @return               the report; print {@link DiagnosisReport#toText()}
     * @throws InterruptedException when interrupted while waiting for Meta
     */
    public static DiagnosisReport diagnose(WhatsAppCloudConfiguration configuration) throws InterruptedException {
        Clock clock = configuration.getClock() != null ? configuration.getClock() : Clock.systemUTC();
        try (CloseableHttpAsyncClient http = HttpClientFactory.create(HttpClientSettings.from(configuration, null,
                null))) {
            GraphApiClient client = new GraphApiClient(
                    http, configuration.getBaseUri(), configuration.getApiVersion(),
                    configuration.getAccessToken(), new ObjectMapper(), clock);
            return new Diagnosis(configuration, client, clock).run(null)
                    .get(configuration.getResponseTimeout() * 3 + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The diagnosis did not complete: " + e.getMessage(), e);
        } catch (java.io.IOException closing) {
            throw new java.io.UncheckedIOException(closing);
        }
    }

    /**
     * Checks the callback URL registered with Meta (or about to be), which the Graph API does not disclose to a
     * WhatsApp token: Meta calls only {@code https://} URLs.
     *
     * @param  report      a report of {@link #run(String)} or {@link #diagnose(WhatsAppCloudConfiguration)}
     * @param  callbackUrl the URL given in App Dashboard &gt; WhatsApp &gt; Configuration
     * @return             the report with the {@value #WEBHOOK_URL} check appended
     */
    public static DiagnosisReport withWebhookUrl(DiagnosisReport report, String callbackUrl) {
        List<DiagnosisCheck> checks = new ArrayList<>(report.checks());
        checks.add(webhookUrl(callbackUrl));
        return new DiagnosisReport(report.phoneNumberId(), report.wabaId(), checks);
    }

    static DiagnosisCheck webhookUrl(String callbackUrl) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(callbackUrl.trim());
        } catch (IllegalArgumentException invalid) {
            return DiagnosisCheck.fail(WEBHOOK_URL, "'" + callbackUrl + "' is not a URL", Fix.WEBHOOK_HTTPS);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return DiagnosisCheck.fail(WEBHOOK_URL, callbackUrl + " is not an https:// URL: Meta does not call it",
                    Fix.WEBHOOK_HTTPS);
        }
        return DiagnosisCheck.ok(WEBHOOK_URL, callbackUrl + " is HTTPS");
    }

    /**
     * @param  recipient a recipient number to check the format of, or {@code null}
     * @return           the report, once every call has answered or failed; it never completes exceptionally
     */
    public CompletableFuture<DiagnosisReport> run(String recipient) {
        String wabaId = blankToNull(configuration.getWabaId());
        String numberId = configuration.getPhoneNumberId();
        CompletableFuture<Attempt<TokenInfo>> token = Attempt.of(queries.token());
        CompletableFuture<Attempt<PhoneNumberInfo>> number = Attempt.of(queries.phoneNumber(numberId));
        CompletableFuture<Attempt<List<PhoneNumberInfo>>> numbers
                = wabaId == null ? Attempt.skipped() : Attempt.of(queries.phoneNumbers(wabaId));
        CompletableFuture<Attempt<List<TemplateInfo>>> templates
                = wabaId == null ? Attempt.skipped() : Attempt.of(queries.templates(wabaId));
        CompletableFuture<Attempt<List<SubscribedApp>>> apps
                = wabaId == null ? Attempt.skipped() : Attempt.of(queries.subscribedApps(wabaId));
        return CompletableFuture.allOf(token, number, numbers, templates, apps).thenApply(all -> {
            List<DiagnosisCheck> checks = new ArrayList<>();
            boolean swapped = idsLookSwapped(number.join(), numbers.join(), wabaId);
            Fix wrongWaba = swapped ? Fix.SWAPPED_IDS : Fix.WRONG_WABA;
            checks.add(token(token.join()));
            checks.add(scopes(token.join()));
            checks.add(swapped ? swappedIds(numberId, wabaId)
                    : numberFormat(number.join(), wabaId, recipient));
            checks.add(numberInWaba(numbers.join(), wabaId, numberId, wrongWaba));
            checks.add(swapped ? DiagnosisCheck.skipped(REGISTERED, NOT_A_NUMBER) : registered(number.join()));
            checks.add(templates(templates.join(), wabaId, wrongWaba));
            checks.add(webhooks(apps.join(), wabaId, token.join(), wrongWaba));
            checks.add(swapped ? DiagnosisCheck.skipped(QUALITY, NOT_A_NUMBER) : quality(number.join()));
            checks.add(apiVersion());
            return new DiagnosisReport(numberId, wabaId, checks);
        });
    }

    /**
     * The steps that decide whether the endpoint can send now, at the cost of three Graph API calls (the token, the
     * number, and, with a wabaId, the subscribed apps), so that a probe can run it: {@value #TOKEN},
     * {@value #SCOPES}, {@value #NUMBER_FORMAT}, {@value #REGISTERED}, {@value #WEBHOOKS} (only with a wabaId: without
     * one there is nothing to ask), {@value #QUALITY} and {@value #API_VERSION}.
     *
     * @return the checks and Meta's states, once every call has answered or failed; it never completes exceptionally
     */
    CompletableFuture<Readiness> readiness() {
        String wabaId = blankToNull(configuration.getWabaId());
        CompletableFuture<Attempt<TokenInfo>> token = Attempt.of(queries.token());
        CompletableFuture<Attempt<PhoneNumberInfo>> number
                = Attempt.of(queries.phoneNumber(configuration.getPhoneNumberId()));
        CompletableFuture<Attempt<List<SubscribedApp>>> apps
                = wabaId == null ? Attempt.skipped() : Attempt.of(queries.subscribedApps(wabaId));
        return CompletableFuture.allOf(token, number, apps).thenApply(all -> {
            List<DiagnosisCheck> checks = new ArrayList<>();
            checks.add(token(token.join()));
            checks.add(scopes(token.join()));
            checks.add(numberFormat(number.join(), wabaId, null));
            checks.add(registered(number.join()));
            if (wabaId != null) {
                checks.add(webhooks(apps.join(), wabaId, token.join(), Fix.WRONG_WABA));
            }
            checks.add(quality(number.join()));
            checks.add(apiVersion());
            return new Readiness(
                    new DiagnosisReport(configuration.getPhoneNumberId(), wabaId, checks),
                    facts(token.join(), number.join(), apps.join()));
        });
    }

    /** What Meta reported, as it reported it: the states behind the checks, for a probe's details. */
    private Map<String, Object> facts(Attempt<TokenInfo> token, Attempt<PhoneNumberInfo> number,
                                      Attempt<List<SubscribedApp>> apps) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (token.succeeded()) {
            facts.put("token.valid", token.value().valid());
            facts.put("token.expiresAt", token.value().neverExpires() ? "never" : token.value().expiresAt().toString());
            facts.put("token.scopes", String.join(",", token.value().scopes()));
        }
        if (number.succeeded()) {
            facts.put("number.status", String.valueOf(number.value().status()));
            facts.put("number.codeVerificationStatus", String.valueOf(number.value().codeVerificationStatus()));
            facts.put("number.qualityRating", rating(number.value()));
            facts.put("number.messagingLimitTier", String.valueOf(number.value().messagingLimitTier()));
        }
        if (apps.succeeded()) {
            facts.put("waba.subscribed", !apps.value().isEmpty());
        }
        String version = configuration.getApiVersion();
        facts.put("api.version", version);
        ApiVersions.endOfLife(version).ifPresent(end -> facts.put("api.version.endOfLife", end.toString()));
        versionWatch.latest().ifPresent(signal -> facts.put("api.version.served", String.valueOf(signal.served())));
        return facts;
    }

    DiagnosisCheck token(Attempt<TokenInfo> attempt) {
        if (!attempt.succeeded()) {
            return DiagnosisCheck.fail(TOKEN, "Meta refused to describe the token: " + attempt.describeFailure(),
                    Fix.forFailure(attempt.failure()));
        }
        TokenInfo token = attempt.value();
        if (!token.valid()) {
            return DiagnosisCheck.fail(TOKEN, "the token is not valid" + (token.errorMessage() == null ? ""
                    : ": " + token.errorMessage() + (token.errorCode() == null ? "" : " (" + token.errorCode() + ")")),
                    Fix.TOKEN_INVALID);
        }
        String kind = (token.type() == null ? "" : token.type() + " ") + "token of app "
                + (token.application() == null ? token.appId() : token.application());
        if (token.type() != null && !SENDING_TOKEN_TYPES.contains(token.type().toUpperCase(Locale.ROOT))) {
            return DiagnosisCheck.fail(TOKEN, kind + " cannot send: WhatsApp accepts only System User and user"
                    + " access tokens", Fix.WRONG_TOKEN_TYPE);
        }
        if (token.neverExpires()) {
            return DiagnosisCheck.ok(TOKEN, "valid " + kind + ", never expires");
        }
        Instant now = clock.instant();
        if (token.expiresWithin(Duration.ZERO, now)) {
            return DiagnosisCheck.fail(TOKEN, kind + " expired at " + token.expiresAt(), Fix.TOKEN_INVALID);
        }
        Duration left = Duration.between(now, token.expiresAt());
        String expiry = "valid " + kind + ", expires " + token.expiresAt() + " (in " + describe(left) + ")";
        // expiryWarning ahead is the time to act; a token further from its end works until then
        if (token.expiresWithin(Duration.ofMillis(configuration.getExpiryWarning()), now)) {
            return DiagnosisCheck.warn(TOKEN, expiry, Fix.SYSTEM_USER_TOKEN);
        }
        return DiagnosisCheck.ok(TOKEN, expiry + "; a System User token never expires");
    }

    private static DiagnosisCheck scopes(Attempt<TokenInfo> attempt) {
        if (!attempt.succeeded() || !attempt.value().valid()) {
            return DiagnosisCheck.skipped(SCOPES, "not checked: the token is not valid");
        }
        TokenInfo token = attempt.value();
        List<String> missing = token.missingScopes();
        if (!missing.isEmpty()) {
            return DiagnosisCheck.fail(SCOPES, "the token lacks " + String.join(" and ", missing) + " (has "
                    + token.scopes() + ")", Fix.SCOPES);
        }
        return DiagnosisCheck.ok(SCOPES, "whatsapp_business_messaging and whatsapp_business_management granted");
    }

    private static DiagnosisCheck numberFormat(Attempt<PhoneNumberInfo> number, String wabaId, String recipient) {
        String id = number.succeeded() ? number.value().id() : null;
        if (wabaId != null && wabaId.equals(id == null ? null : id)) {
            return DiagnosisCheck.fail(NUMBER_FORMAT, "the phone number id equals the WABA id " + wabaId,
                    Fix.MIXED_IDS);
        }
        if (!number.succeeded()) {
            if (isTokenProblem(number.failure())) {
                return DiagnosisCheck.skipped(NUMBER_FORMAT, "not checked: " + number.describeFailure());
            }
            return DiagnosisCheck.fail(NUMBER_FORMAT, "the phone number id is not usable: " + number.describeFailure(),
                    Fix.forFailure(number.failure()));
        }
        if (number.value().displayPhoneNumber() == null) {
            return DiagnosisCheck.fail(NUMBER_FORMAT, "the path " + number.value().id() + " is not a phone number id:"
                    + " Meta describes it without a phone number", Fix.MIXED_IDS);
        }
        String found = "phone number id " + number.value().id() + " is " + number.value().displayPhoneNumber()
                + (number.value().verifiedName() == null ? "" : " (" + number.value().verifiedName() + ")");
        if (recipient != null) {
            try {
                found += "; recipient " + Recipient.normalize(recipient) + " is E.164";
            } catch (InvalidMessageException invalid) {
                return DiagnosisCheck.fail(NUMBER_FORMAT, found + "; recipient '" + recipient + "' is not E.164: "
                        + invalid.getMessage(), Fix.RECIPIENT_FORMAT);
            }
        }
        return DiagnosisCheck.ok(NUMBER_FORMAT, found);
    }

    /**
     * Both ids are long numbers from the same Meta page and easily swapped. The path then names the WABA, which Meta
     * describes without a phone number, and the wabaId names a phone number, which has no phone numbers of its own.
     */
    private static boolean idsLookSwapped(Attempt<PhoneNumberInfo> number, Attempt<List<PhoneNumberInfo>> numbers,
                                          String wabaId) {
        return wabaId != null && number.succeeded() && number.value().displayPhoneNumber() == null
                && !numbers.succeeded() && !isTokenProblem(numbers.failure());
    }

    private static DiagnosisCheck swappedIds(String numberId, String wabaId) {
        return DiagnosisCheck.fail(NUMBER_FORMAT, "the phone number id " + numberId + " and the WABA id " + wabaId
                + " look swapped: " + numberId + " has no phone number, and " + wabaId
                + " has no phone numbers of its own", Fix.SWAPPED_IDS);
    }

    private static DiagnosisCheck numberInWaba(Attempt<List<PhoneNumberInfo>> numbers, String wabaId, String numberId,
                                               Fix wrongWaba) {
        if (wabaId == null) {
            return DiagnosisCheck.warn(NUMBER_IN_WABA, "no wabaId configured", Fix.SET_WABA_ID);
        }
        if (!numbers.succeeded()) {
            return failedCall(NUMBER_IN_WABA, numbers, wrongWaba);
        }
        List<String> ids = numbers.value().stream().map(PhoneNumberInfo::id).toList();
        if (!ids.contains(numberId)) {
            return DiagnosisCheck.fail(NUMBER_IN_WABA, "phone number id " + numberId + " is not among the WABA's"
                    + " numbers " + ids, Fix.NUMBER_NOT_IN_WABA);
        }
        return DiagnosisCheck.ok(NUMBER_IN_WABA, "phone number id " + numberId + " is one of the WABA's "
                + ids.size() + " number(s)");
    }

    private static DiagnosisCheck registered(Attempt<PhoneNumberInfo> number) {
        if (!number.succeeded()) {
            return DiagnosisCheck.skipped(REGISTERED, "not checked: " + number.describeFailure());
        }
        PhoneNumberInfo info = number.value();
        String found = "status " + info.status() + ", code verification " + info.codeVerificationStatus()
                + (info.pinEnabled() == null ? "" : ", two-step PIN " + (info.pinEnabled() ? "set" : "not set"));
        if (!info.isRegistered()) {
            return DiagnosisCheck.fail(REGISTERED, found, info.isBlocked() ? Fix.ACCOUNT_BLOCKED : Fix.REGISTER);
        }
        if (!info.isVerified()) {
            return DiagnosisCheck.fail(REGISTERED, found, Fix.VERIFY_CODE);
        }
        return DiagnosisCheck.ok(REGISTERED, found);
    }

    private static DiagnosisCheck templates(Attempt<List<TemplateInfo>> templates, String wabaId, Fix wrongWaba) {
        if (wabaId == null) {
            return DiagnosisCheck.warn(TEMPLATES, "no wabaId configured", Fix.SET_WABA_ID);
        }
        if (!templates.succeeded()) {
            return failedCall(TEMPLATES, templates, wrongWaba);
        }
        List<TemplateInfo> all = templates.value();
        List<String> approved = names(all, "APPROVED");
        List<String> pending = names(all, "PENDING");
        List<String> rejected = all.stream().filter(t -> "REJECTED".equalsIgnoreCase(t.status()))
                .map(t -> t.name() + "/" + t.language() + (t.rejectedReason() == null ? "" : " (" + t.rejectedReason()
                        + ")"))
                .toList();
        String found = approved.size() + " approved, " + pending.size() + " pending, " + rejected.size() + " rejected"
                + (pending.isEmpty() ? "" : "; pending: " + pending)
                + (rejected.isEmpty() ? "" : "; rejected: " + rejected);
        if (all.isEmpty()) {
            return DiagnosisCheck.fail(TEMPLATES, "the WABA has no templates", Fix.NO_TEMPLATES);
        }
        if (approved.isEmpty()) {
            return DiagnosisCheck.fail(TEMPLATES, found, pending.isEmpty() ? Fix.TEMPLATES_REJECTED
                    : Fix.TEMPLATES_PENDING);
        }
        if (!rejected.isEmpty()) {
            return DiagnosisCheck.warn(TEMPLATES, found, Fix.TEMPLATES_REJECTED);
        }
        if (!pending.isEmpty()) {
            return DiagnosisCheck.warn(TEMPLATES, found, Fix.TEMPLATES_PENDING);
        }
        return DiagnosisCheck.ok(TEMPLATES, found);
    }

    private static DiagnosisCheck webhooks(Attempt<List<SubscribedApp>> apps, String wabaId, Attempt<TokenInfo> token,
                                           Fix wrongWaba) {
        if (wabaId == null) {
            return DiagnosisCheck.warn(WEBHOOKS, "no wabaId configured", Fix.SET_WABA_ID);
        }
        if (!apps.succeeded()) {
            return failedCall(WEBHOOKS, apps, wrongWaba);
        }
        if (apps.value().isEmpty()) {
            return DiagnosisCheck.fail(WEBHOOKS, "the WABA is subscribed to no app: the app is not subscribed, so no"
                    + " webhook arrives", Fix.SUBSCRIBE);
        }
        List<String> names = apps.value().stream().map(a -> a.name() + " (" + a.id() + ")").toList();
        String appId = token.succeeded() ? token.value().appId() : null;
        if (appId != null && apps.value().stream().noneMatch(a -> appId.equals(a.id()))) {
            return DiagnosisCheck.warn(WEBHOOKS, "the WABA is subscribed to " + names + " but not to the token's app "
                    + appId, Fix.SUBSCRIBE_THIS_APP);
        }
        return DiagnosisCheck.ok(WEBHOOKS, "the WABA is subscribed to " + names);
    }

    private static DiagnosisCheck quality(Attempt<PhoneNumberInfo> number) {
        if (!number.succeeded()) {
            return DiagnosisCheck.skipped(QUALITY, "not checked: " + number.describeFailure());
        }
        PhoneNumberInfo info = number.value();
        String rating = rating(info);
        String found = "quality " + rating + ", status " + info.status() + ", messaging limit "
                + info.messagingLimitTier() + ", throughput " + info.throughputLevel();
        if (info.isBlocked()) {
            return DiagnosisCheck.fail(QUALITY, found, Fix.ACCOUNT_BLOCKED);
        }
        return switch (rating) {
            case "RED" -> DiagnosisCheck.fail(QUALITY, found, Fix.QUALITY_RED);
            case "YELLOW" -> DiagnosisCheck.warn(QUALITY, found, Fix.QUALITY_YELLOW);
            default -> DiagnosisCheck.ok(QUALITY, found);
        };
    }

    private static String rating(PhoneNumberInfo info) {
        return info.qualityRating() == null ? "UNKNOWN" : info.qualityRating().toUpperCase(Locale.ROOT);
    }

    /**
     * An ending or replaced version still sends (Meta serves it with an older one), so it warns rather than fails:
     * the time to act is before the end.
     */
    private DiagnosisCheck apiVersion() {
        String version = configuration.getApiVersion();
        String found = version + ApiVersions.endOfLife(version).map(end -> ", ends " + end).orElse("");
        java.util.Optional<String> ending = ApiVersions.warning(version,
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        java.util.Optional<ApiVersionWatch.Signal> signal = versionWatch.latest();
        if (signal.isPresent()) {
            return DiagnosisCheck.warn(API_VERSION, ending.orElse(found) + "; " + signal.get().describe(),
                    Fix.API_VERSION);
        }
        return ending.map(warning -> DiagnosisCheck.warn(API_VERSION, warning, Fix.API_VERSION))
                .orElseGet(() -> DiagnosisCheck.ok(API_VERSION, found));
    }

    private static DiagnosisCheck failedCall(String name, Attempt<?> attempt, Fix otherwise) {
        if (isTokenProblem(attempt.failure())) {
            return DiagnosisCheck.skipped(name, "not checked: " + attempt.describeFailure());
        }
        Fix fix = attempt.failure() instanceof WhatsAppCloudApiException api && (api.getCode() == 100
                || api.getCode() == 803)
                        ? otherwise : Fix.forFailure(attempt.failure());
        return DiagnosisCheck.fail(name, "Meta answered: " + attempt.describeFailure(), fix);
    }

    private static boolean isTokenProblem(Throwable failure) {
        return failure instanceof WhatsAppCloudApiException api
                && api.getCategory() == dev.camelwhatsapp.cloud.api.ErrorCategory.TOKEN;
    }

    private static List<String> names(List<TemplateInfo> templates, String status) {
        return templates.stream().filter(t -> status.equalsIgnoreCase(t.status()))
                .map(t -> t.name() + "/" + t.language()).toList();
    }

    /**
     * Rounded to the nearest hour, so that a token set to expire in two days reads "2 days" a moment later, not
     * "1 day".
     */
    static String describe(Duration left) {
        if (left.isNegative()) {
            return "the past";
        }
        long totalHours = left.plusMinutes(30).toHours();
        long days = totalHours / 24;
        long hours = totalHours % 24;
        String dayText = days + (days == 1 ? " day" : " days");
        String hourText = hours + (hours == 1 ? " hour" : " hours");
        if (days == 0) {
            return hourText;
        }
        return hours == 0 ? dayText : dayText + " " + hourText;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
