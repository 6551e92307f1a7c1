package dev.camelwhatsapp.cloud.management;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.WhatsAppCloudConfiguration;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TemplateParameter;

/**
 * The optional check before a template send ({@code templateCheck=true}): the template must exist in the language
 * sent, be APPROVED, and take the header and body parameters given. A failure is the
 * {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException} Meta would have answered (132001 for a missing or
 * unapproved template, 132000 for a parameter mismatch), raised before anything is sent, so that a route learns about
 * a template problem from its own logs rather than from a failed status webhook.
 *
 * <p>
 * What it reads about a template is reused for {@code templateCheckTtl}: a template approved meanwhile is seen at the
 * latest one TTL later.
 */
public final class TemplateCheck {

    private static final CompletableFuture<Void> PASSED = CompletableFuture.completedFuture(null);
    private static final String AUTHENTICATION_BODY = "{{1}} is your verification code.";

    private final WhatsAppCloudConfiguration configuration;
    private final TemplateOperations templates;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final TemplateChanges changes;

    private record Cached(List<TemplateInfo> templates, Instant readAt) {
    }

    /**
     * @param configuration the endpoint's options: {@code templateCheck}, {@code templateCheckTtl}, {@code wabaId}
     * @param client        the endpoint's Graph API client
     * @param clock         the clock the TTL is measured with
     */
    public TemplateCheck(WhatsAppCloudConfiguration configuration, GraphApiClient client, Clock clock) {
        this(configuration, client, clock, new TemplateChanges());
    }

    /**
     * @param configuration the endpoint's options: {@code templateCheck}, {@code templateCheckTtl}, {@code wabaId}
     * @param client        the endpoint's Graph API client
     * @param clock         the clock the TTL is measured with
     * @param changes       what template webhooks said since a template was read, applied to the cache
     */
    public TemplateCheck(WhatsAppCloudConfiguration configuration, GraphApiClient client, Clock clock,
                         TemplateChanges changes) {
        this.configuration = configuration;
        this.templates = new TemplateOperations(configuration, client);
        this.clock = clock;
        this.changes = changes;
    }

    /**
     * @param  request the request about to be sent
     * @return         a future that completes normally when the send may go ahead (at once for anything but a template
     *                 send, or when the check is off), and exceptionally with a
     *                 {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException} when it must not
     */
    public CompletableFuture<Void> verify(MessageRequest request) {
        if (!configuration.isTemplateCheck()) {
            return PASSED;
        }
        Sent sent = Sent.of(request);
        if (sent == null) {
            return PASSED;
        }
        String wabaId = ManagementOperations.requireWabaId(configuration, "templateCheck");
        return lookup(wabaId, sent.name()).thenAccept(found -> check(found, wabaId, sent));
    }

    /**
     * What the check compares of a template send: the typed fields of a {@link TemplateMessage}, or the fields of a
     * raw template object read from the request body it already holds.
     *
     * @param header the header parameters' names, {@code ""} for a positional one
     * @param body   the body parameters' names, {@code ""} for a positional one
     */
    private record Sent(String name, String language, List<String> header, List<String> body) {

        static Sent of(MessageRequest request) {
            if (request.message() instanceof TemplateMessage template) {
                return new Sent(
                        template.name(), template.languageCode(), names(template.headerParameters()),
                        names(template.bodyParameters()));
            }
            if (request.message() instanceof RawMessage raw && "template".equals(raw.type())) {
                JsonNode template = request.postedJson().path("template");
                return new Sent(
                        template.path("name").asText(), template.path("language").path("code").asText(),
                        names(template, "header"), names(template, "body"));
            }
            return null;
        }

        private static List<String> names(List<TemplateParameter> parameters) {
            List<String> names = new ArrayList<>(parameters.size());
            for (TemplateParameter parameter : parameters) {
                String name = parameter instanceof TemplateParameter.Text text ? text.parameterName()
                        : parameter instanceof TemplateParameter.Currency currency ? currency.parameterName()
                        : parameter instanceof TemplateParameter.DateTime dateTime ? dateTime.parameterName() : null;
                names.add(name == null ? "" : name);
            }
            return names;
        }

        private static List<String> names(JsonNode template, String type) {
            List<String> names = new ArrayList<>();
            for (JsonNode component : template.path("components")) {
                if (type.equals(component.path("type").asText().toLowerCase(Locale.ROOT))) {
                    component.path("parameters").forEach(p -> names.add(p.path("parameter_name").asText()));
                }
            }
            return names;
        }
    }

    /**
     * What the check last read about a template's category, while that is fresh ({@code templateCheckTtl}); nothing
     * is fetched here. A send that passed {@link #verify} has just filled it.
     *
     * @param  name     the template name
     * @param  language the language code
     * @return          the category Meta gave ({@code MARKETING}, {@code UTILITY}, {@code AUTHENTICATION}), if known
     */
    public Optional<String> cachedCategory(String name, String language) {
        Cached cached = cache.get(name);
        if (cached == null || !cached.readAt().plus(Duration.ofMillis(configuration.getTemplateCheckTtl()))
                .isAfter(clock.instant())) {
            return Optional.empty();
        }
        return cached.templates().stream().filter(t -> language.equals(t.language())).findFirst()
                .map(TemplateInfo::category).filter(category -> category != null && !category.isEmpty());
    }

    /** Forgets what was read, e.g. after a template was created or approved. */
    public void invalidate() {
        cache.clear();
    }

    private CompletableFuture<List<TemplateInfo>> lookup(String wabaId, String name) {
        Cached cached = cache.get(name);
        Duration ttl = Duration.ofMillis(configuration.getTemplateCheckTtl());
        if (cached != null && cached.readAt().plus(ttl).isAfter(clock.instant())) {
            return CompletableFuture.completedFuture(
                    cached.templates().stream().map(t -> changes.apply(t, cached.readAt())).toList());
        }
        return templates.fetch(wabaId, name, null, null).thenApply(found -> {
            List<TemplateInfo> exact = found.stream().filter(t -> name.equals(t.name())).toList();
            cache.put(name, new Cached(exact, clock.instant()));
            return exact;
        });
    }

    private static void check(List<TemplateInfo> found, String wabaId, Sent sent) {
        String name = sent.name();
        String language = sent.language();
        TemplateInfo template = found.stream().filter(t -> language.equals(t.language())).findFirst().orElse(null);
        if (template == null) {
            if (found.isEmpty()) {
                throw TemplateOperations.notFound(name, language, wabaId);
            }
            throw TemplateOperations.templateError(404, 132001, "Template " + name + " does not exist in " + language
                    + "; it exists in "
                    + String.join(", ", found.stream()
                            .map(TemplateInfo::language).toList()),
                    "Send one of the existing languages, or add a " + language + " translation");
        }
        if (!template.isApproved()) {
            throw TemplateOperations.templateError(400, 132001, "Template " + name + " (" + language + ") is "
                    + template.status() + ", not APPROVED",
                    template.rejectedReason() != null ? "Rejected: " + template.rejectedReason()
                            : "Wait for approval in WhatsApp Manager > Message Templates; it takes hours to days");
        }
        if (template.definition() == null) {
            return; // a template this version cannot read: Meta will judge the parameters
        }
        TemplateDefinition definition = template.definition();
        compare(name, "header", definition.header() == null ? null : definition.header().text(),
                sent.header());
        // Meta writes an authentication template's body: "{{1}} is your verification code."
        String body = definition.category() == TemplateCategory.AUTHENTICATION ? AUTHENTICATION_BODY
                : definition.body() == null ? null : definition.body().text();
        compare(name, "body", body, sent.body());
    }

    private static void compare(String name, String component, String text, List<String> given) {
        TemplateVariables expected = TemplateVariables.of(text);
        if (!expected.named().isEmpty()) {
            Set<String> givenNames = new LinkedHashSet<>(given);
            if (!givenNames.equals(new LinkedHashSet<>(expected.named()))) {
                throw TemplateOperations.templateError(400, 132000, "Template " + name + " expects the " + component
                        + " parameters " + expected.named() + " but "
                        + givenNames + " were given",
                        "Give exactly one value per named variable");
            }
            return;
        }
        int expectedCount = expected.positional().size();
        boolean mediaOrLocationHeader = "header".equals(component) && text == null;
        if (!mediaOrLocationHeader && given.size() != expectedCount) {
            throw TemplateOperations.templateError(400, 132000, "Template " + name + " expects " + expectedCount + " "
                    + component + " parameter(s) but " + given.size()
                    + " were given",
                    "Give one value per variable, in order");
        }
    }
}
