package dev.camelwhatsapp.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.account.DebugTokenEndpoint;
import dev.camelwhatsapp.emulator.account.PhoneNumbersEndpoint;
import dev.camelwhatsapp.emulator.account.SubscribedAppsEndpoint;
import dev.camelwhatsapp.emulator.clock.VirtualClock;
import dev.camelwhatsapp.emulator.clock.VirtualScheduler;
import dev.camelwhatsapp.emulator.control.ControlApiHandler;
import dev.camelwhatsapp.emulator.fault.FaultInjector;
import dev.camelwhatsapp.emulator.flows.FlowStore;
import dev.camelwhatsapp.emulator.flows.FlowsEndpoint;
import dev.camelwhatsapp.emulator.flows.StoredFlow;
import dev.camelwhatsapp.emulator.graph.GraphApiHandler;
import dev.camelwhatsapp.emulator.inbound.InboundSimulator;
import dev.camelwhatsapp.emulator.media.MediaEndpoint;
import dev.camelwhatsapp.emulator.media.MediaRules;
import dev.camelwhatsapp.emulator.media.MediaStore;
import dev.camelwhatsapp.emulator.messages.MessagesEndpoint;
import dev.camelwhatsapp.emulator.ratelimit.MessagingRateLimiter;
import dev.camelwhatsapp.emulator.server.EmulatorHttpServer;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.settings.NumberSettingsEndpoints;
import dev.camelwhatsapp.emulator.state.AccessTokenState;
import dev.camelwhatsapp.emulator.state.BoundedMap;
import dev.camelwhatsapp.emulator.state.ConversationWindows;
import dev.camelwhatsapp.emulator.state.MarketingPreferences;
import dev.camelwhatsapp.emulator.state.PhoneNumberRegistry;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;
import dev.camelwhatsapp.emulator.state.SentMessageRecord;
import dev.camelwhatsapp.emulator.state.Subscription;
import dev.camelwhatsapp.emulator.state.UserDirectory;
import dev.camelwhatsapp.emulator.templates.TemplateEvents;
import dev.camelwhatsapp.emulator.templates.TemplateSendValidator;
import dev.camelwhatsapp.emulator.templates.TemplateStore;
import dev.camelwhatsapp.emulator.templates.TemplatesEndpoint;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;
import dev.camelwhatsapp.emulator.webhook.WebhookLog;
import dev.camelwhatsapp.emulator.webhook.WebhookSender;

/**
 * A local emulator of Meta's WhatsApp Cloud API: the Graph API paths an app uses, Meta's rules and error shapes,
 * signed webhooks back to the app, a virtual clock, simulated users and fault injection.
 *
 * <pre>{@code
 * try (WhatsAppCloudEmulator emulator = WhatsAppCloudEmulator.builder()
 *         .webhookUrl("http://127.0.0.1:8080/whatsapp/webhook")
 *         .build()) {
 *     URI base = emulator.start();   // Graph API at base + "/v26.0/..."
 *     emulator.simulateText(WhatsAppCloudEmulator.DEFAULT_USER_WA_ID, "Hello");
 * }
 * }</pre>
 *
 * The Java methods below mirror the HTTP control API under {@code /_emulator/}. All state is in memory and bounded.
 */
public final class WhatsAppCloudEmulator implements AutoCloseable {

    /** The Graph API version the documentation and defaults use; every {@code vX.Y} is accepted. */
    public static final String DEFAULT_API_VERSION = "v26.0";
    /** The access token accepted unless another is configured. */
    public static final String DEFAULT_ACCESS_TOKEN = "emulator-access-token";
    /** The app secret that signs webhooks unless another is configured. */
    public static final String DEFAULT_APP_SECRET = "emulator-app-secret";
    /** The WhatsApp Business Account id. */
    public static final String DEFAULT_WABA_ID = "102290129340398";
    /** The id of the Meta app the token belongs to. */
    public static final String DEFAULT_APP_ID = "1234567890123456";
    /** The phone number id of the default business number. */
    public static final String DEFAULT_PHONE_NUMBER_ID = "106540352242922";
    /** The display number of the default business number. */
    public static final String DEFAULT_DISPLAY_PHONE_NUMBER = "+1 555-555-0100";
    /** The verified business name of numbers configured without one. */
    public static final String DEFAULT_VERIFIED_NAME = "Emulated Business";
    /** The default known WhatsApp user. */
    public static final String DEFAULT_USER_WA_ID = "15551234567";
    /** The profile name of the default user. */
    public static final String DEFAULT_USER_NAME = "Alice";
    /** A second default user, who never reads messages (statuses stop at delivered). */
    public static final String DEFAULT_NON_READING_USER_WA_ID = "15557654321";
    /** The profile name of the second default user. */
    public static final String DEFAULT_NON_READING_USER_NAME = "Bob";
    /** Meta's sample template: en_US, UTILITY, approved, no parameters. */
    public static final String HELLO_WORLD_TEMPLATE = "hello_world";
    /** en_US, UTILITY, approved: body {{1}} (name) {{2}} (order number), one quick-reply button. */
    public static final String ORDER_CONFIRMATION_TEMPLATE = "order_confirmation";
    /** en_US, UTILITY, approved: header {{1}}, body {{1}} {{2}}, URL button with {{1}}. */
    public static final String DELIVERY_UPDATE_TEMPLATE = "delivery_update";
    /** Language of the default templates. */
    public static final String DEFAULT_TEMPLATE_LANGUAGE = "en_US";

    /** The templates every emulator starts with (unless {@link Builder#noDefaultTemplates()}). */
    public static final List<TemplateDefinition> DEFAULT_TEMPLATES = List.of(
            TemplateDefinition.builder(HELLO_WORLD_TEMPLATE, DEFAULT_TEMPLATE_LANGUAGE)
                    .header("Hello World")
                    .body("Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp"
                            + " message notification from the Cloud API, hosted by Meta. Thank you for taking the time"
                            + " to test with us.")
                    .footer("WhatsApp Business Platform sample message")
                    .build(),
            TemplateDefinition.builder(ORDER_CONFIRMATION_TEMPLATE, DEFAULT_TEMPLATE_LANGUAGE)
                    .body("Hi {{1}}, your order {{2}} is confirmed. We will let you know when it ships.")
                    .footer("Reply STOP to opt out")
                    .quickReplyButton("Track my order")
                    .build(),
            TemplateDefinition.builder(DELIVERY_UPDATE_TEMPLATE, DEFAULT_TEMPLATE_LANGUAGE)
                    .header("Order {{1}}")
                    .body("Your order {{1}} will arrive on {{2}}. Reply here if you need any help.")
                    .urlButton("Track", "https://example.com/track/{{1}}")
                    .build());

    private final EmulatorSettings settings;
    private final VirtualClock clock;
    private final VirtualScheduler scheduler;
    private final PhoneNumberRegistry numbers;
    private final UserDirectory users;
    private final ConversationWindows windows;
    private final MarketingPreferences marketing;
    private final TemplateStore templates = new TemplateStore();
    private final FlowStore flows = new FlowStore();
    private final MediaStore media;
    private final BoundedMap<String, SentMessageRecord> sent;
    private final BoundedMap<String, InboundMessage> inbound;
    private final BoundedMap<Long, RecordedRequest> requests;
    private final java.util.concurrent.atomic.AtomicLong requestSequence = new java.util.concurrent.atomic.AtomicLong();
    private final AtomicReference<AccessTokenState> token = new AtomicReference<>(AccessTokenState.SYSTEM_USER);
    private final Subscription subscription;
    private final MessagingRateLimiter rateLimiter;
    private final FaultInjector faults;
    private final WebhookLog webhookLog;
    private final WebhookSender webhooks;
    private final InboundSimulator inboundSimulator;
    private final MessagesEndpoint messagesEndpoint;
    private final GraphApiHandler graphApi;
    private final ControlApiHandler controlApi;
    private final NumberSettingsEndpoints numberSettings;
    private final MediaEndpoint mediaEndpoint;
    private volatile URI webhookUrl;
    private volatile MessagesEndpoint.StatusDelays statusDelays;
    private volatile Duration templateReviewDelay;
    private volatile EmulatorHttpServer server;
    private volatile boolean closed;

    private WhatsAppCloudEmulator(EmulatorSettings settings, java.time.Clock baseClock,
                                  Map<String, String> numberTokens) {
        this.settings = settings;
        this.clock = new VirtualClock(baseClock);
        this.scheduler = new VirtualScheduler(clock);
        this.webhookUrl = settings.webhookUrl();
        int capacity = settings.maxRecords();
        this.numbers = new PhoneNumberRegistry(settings.businessNumbers());
        this.users = new UserDirectory(settings.users(), settings.acceptAnyRecipient(), capacity);
        this.windows = new ConversationWindows(clock, capacity);
        this.marketing = new MarketingPreferences(clock, capacity);
        this.media = new MediaStore(settings.maxMediaBytes());
        this.sent = new BoundedMap<>(capacity);
        this.inbound = new BoundedMap<>(capacity);
        this.requests = new BoundedMap<>(capacity);
        this.subscription = new Subscription(settings.subscribed());
        this.rateLimiter = new MessagingRateLimiter(
                clock, settings.throughputPerSecond(), settings.pairRateBurst(),
                settings.pairRateInterval(), capacity);
        this.faults = new FaultInjector(settings.webhookDelivery().seed());
        this.webhookLog = new WebhookLog(capacity);
        this.webhooks = new WebhookSender(
                settings.wabaId(), () -> webhookUrl, subscription::subscribed,
                settings.appSecret(), webhookLog, settings.webhookDelivery(), capacity);
        this.statusDelays = new MessagesEndpoint.StatusDelays(settings.deliveredDelay(), settings.readDelay());
        this.templateReviewDelay = settings.templateReviewDelay();
        templates.replaceAll(settings.templates());

        this.mediaEndpoint = new MediaEndpoint(media, clock);
        this.inboundSimulator = new InboundSimulator(
                clock, numbers, users, windows, media, inbound,
                webhooks::enqueue, this::inboundMediaUrl);
        this.numberSettings = NumberSettingsEndpoints.create(windows);
        this.messagesEndpoint = new MessagesEndpoint(
                clock, scheduler, webhooks::enqueue, users, windows,
                new TemplateSendValidator(templates), rateLimiter, media, sent, inbound, () -> statusDelays,
                marketing, numberSettings.store()::isBlocked);
        GraphApiHandler.Endpoints endpoints = new GraphApiHandler.Endpoints(
                messagesEndpoint,
                mediaEndpoint,
                new TemplatesEndpoint(templates, scheduler, webhooks::enqueue, () -> templateReviewDelay),
                new PhoneNumbersEndpoint(numbers, rateLimiter, numberSettings.automation()::current),
                new SubscribedAppsEndpoint(subscription, settings.appId(), "WhatsApp Cloud API Emulator app"),
                new DebugTokenEndpoint(settings::accessToken, token::get, settings.appId(), settings.wabaId(), clock),
                new FlowsEndpoint(flows, clock, settings.wabaId()));
        this.graphApi = new GraphApiHandler(
                endpoints, numbers, faults, settings.accessToken(), settings.appId(),
                settings.appSecret(), settings.wabaId(), token::get, clock).withNumberSettings(numberSettings)
                .withNumberTokens(numberTokens)
                .withRequestLog(request -> requests.put(requestSequence.incrementAndGet(), request));
        this.controlApi = new ControlApiHandler(this);
    }

    /** A builder with every default in place: {@code builder().build()} is a working emulator. */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts the HTTP server and returns its base URI, e.g. {@code http://127.0.0.1:54321}; the Graph API is under
     * {@code base + "/v26.0/"} (any version), the control API under {@code base + "/_emulator/"}.
     */
    public synchronized URI start() {
        if (closed) {
            throw new IllegalStateException("This emulator was stopped; build a new one");
        }
        if (server != null) {
            throw new IllegalStateException("Already started at " + server.baseUri());
        }
        try {
            EmulatorHttpServer created = new EmulatorHttpServer(
                    settings.host(), settings.port(),
                    settings.serverThreads(), MediaRules.MAX_UPLOAD_BYTES + 64 * 1024,
                    path -> path.startsWith(ControlApiHandler.PREFIX) ? controlApi : graphApi);
            created.start();
            server = created;
            return created.baseUri();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + settings.host() + ":" + settings.port(), e);
        }
    }

    private Optional<String> inboundMediaUrl(String mediaId) {
        EmulatorHttpServer running = server;
        return running == null ? Optional.empty()
                : Optional.of(mediaEndpoint.downloadUrl(running.baseUri().getAuthority(), mediaId));
    }

    /** Stops the server and every background thread. */
    public synchronized void stop() {
        closed = true;
        if (server != null) {
            server.close();
        }
        webhooks.close();
        scheduler.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** The base URI of the running server. */
    public URI baseUri() {
        EmulatorHttpServer running = server;
        if (running == null) {
            throw new IllegalStateException("The emulator is not started");
        }
        return running.baseUri();
    }

    /** The Graph API base of the running server with the default version, e.g. {@code http://127.0.0.1:54321/v26.0}. */
    public URI graphApiUri() {
        return URI.create(baseUri() + "/" + DEFAULT_API_VERSION);
    }

    /** The configuration the emulator was built with (and returns to on {@link #reset()}). */
    public EmulatorSettings settings() {
        return settings;
    }

    // ---------------------------------------------------------------- webhooks

    /** Sets (or clears, with {@code null}) the app's callback URL; events raised while none is set are dropped. */
    public void setWebhookUrl(URI url) {
        this.webhookUrl = url;
    }

    public Optional<URI> webhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    /** Every delivery attempt so far (bounded), oldest first, with its bytes, signature and the app's answer. */
    public List<DeliveredWebhook> deliveredWebhooks() {
        return webhookLog.all();
    }

    /** Whether no webhook is queued, in flight or waiting for a retry. */
    public boolean webhooksIdle() {
        return webhooks.idle();
    }

    /** Events not delivered because no URL was set, the WABA was unsubscribed, or the queue overflowed. */
    public long droppedWebhookEvents() {
        return webhooks.droppedEvents();
    }

    /** Holds webhook events until {@link #resumeWebhooks()}, e.g. to let them pile up into batches. */
    public void pauseWebhooks() {
        webhooks.pause();
    }

    public void resumeWebhooks() {
        webhooks.resume();
    }

    public boolean webhooksPaused() {
        return webhooks.paused();
    }

    /** Changes batching, duplicates, ordering and retries of webhook delivery. */
    public void setWebhookDelivery(WebhookDeliveryOptions options) {
        webhooks.setOptions(Objects.requireNonNull(options, "options"));
    }

    public WebhookDeliveryOptions webhookDelivery() {
        return webhooks.options();
    }

    /** Subscribes or unsubscribes the WABA from the app, like {@code POST|DELETE /{waba-id}/subscribed_apps}. */
    public void setSubscribed(boolean subscribed) {
        subscription.subscribed(subscribed);
    }

    public boolean subscribed() {
        return subscription.subscribed();
    }

    // ---------------------------------------------------------------- simulated users

    /** A known user writes {@code text} to the first business number; returns the inbound wamid. */
    public String simulateText(String fromWaId, String text) {
        return simulateText(settings.businessNumbers().get(0).phoneNumberId(), fromWaId, text);
    }

    /** A user writes {@code text} to the given business number; returns the inbound wamid. */
    public String simulateText(String phoneNumberId, String fromWaId, String text) {
        ObjectNode request = Json.object();
        request.put("from", fromWaId);
        request.put("phone_number_id", phoneNumberId);
        request.put("type", "text");
        request.putObject("text").put("body", text);
        return simulateInbound(request);
    }

    /**
     * A user sends any message: the JSON is the message as Meta's webhook shows it ({@code from}, {@code type},
     * the type's object, optional {@code context}), plus optional {@code phone_number_id} and {@code profile_name};
     * {@code id} and {@code timestamp} are filled in. Media may carry {@code data_base64}. Returns the wamid.
     */
    public String simulateInbound(String messageJson) {
        return simulateInbound(Json.parse(messageJson));
    }

    /** As {@link #simulateInbound(String)}. */
    public String simulateInbound(JsonNode message) {
        return inboundSimulator.simulate(message);
    }

    /** Messages simulated users sent, oldest first, with whether the app marked them as read. */
    public List<InboundMessage> inboundMessages() {
        return inbound.values();
    }

    /** Adds or replaces a known WhatsApp user. */
    public void addUser(WhatsAppUser user) {
        users.add(user);
    }

    // ---------------------------------------------------------------- clock

    /** Virtual now. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves virtual time forward: windows expire, pending statuses and template reviews that fall due are run
     * before this method returns (their webhooks are then queued for delivery).
     */
    public Instant advanceClock(Duration duration) {
        Instant now = clock.advance(duration);
        scheduler.runDueTasks();
        scheduler.clockChanged();
        return now;
    }

    /**
     * The virtual time as a {@link java.time.Clock}: hand it to the code under test (e.g. the component's
     * {@code clock} option) so that a 24-hour window closes for both sides when {@link #advanceClock} jumps.
     */
    public java.time.Clock clock() {
        return clock;
    }

    /** How far virtual time is ahead of real time. */
    public Duration clockOffset() {
        return clock.offset();
    }

    // ---------------------------------------------------------------- what the app sent

    /** Messages the app sent and the emulator accepted, oldest first, each with its latest status. */
    public List<SentMessage> sentMessages() {
        return sent.values().stream().map(SentMessageRecord::snapshot).toList();
    }

    public Optional<SentMessage> sentMessage(String wamid) {
        return sent.get(wamid).map(SentMessageRecord::snapshot);
    }

    /**
     * Every Graph API request received, oldest first, as the app sent it (faulted and refused ones too; never the
     * control API): for asserting on paths, query parameters, headers and bodies. Tokens are not recorded (see
     * {@link RecordedRequest}). Bounded like the other logs; {@link #reset()} forgets them.
     */
    public List<RecordedRequest> receivedRequests() {
        return requests.values();
    }

    // ---------------------------------------------------------------- faults

    /** Adds a fault for upcoming Graph API requests. */
    public void injectFault(Fault fault) {
        faults.add(Objects.requireNonNull(fault, "fault"));
    }

    public void clearFaults() {
        faults.clear();
    }

    public List<Fault> activeFaults() {
        return faults.active();
    }

    // ---------------------------------------------------------------- limits, templates, numbers, token

    public void setThroughputPerSecond(int messagesPerSecond) {
        rateLimiter.setThroughput(messagesPerSecond);
    }

    public int throughputPerSecond() {
        return rateLimiter.throughputPerSecond();
    }

    /** {@code burst} messages to one user back to back, then one more each {@code interval}. */
    public void setPairRate(int burst, Duration interval) {
        rateLimiter.setPairRate(burst, interval);
    }

    public int pairRateBurst() {
        return rateLimiter.pairBurst();
    }

    public Duration pairRateInterval() {
        return rateLimiter.pairInterval();
    }

    /** Delays from acceptance to {@code delivered} and to {@code read}, on the virtual clock. */
    public void setStatusDelays(Duration delivered, Duration read) {
        if (read.compareTo(delivered) < 0) {
            throw new IllegalArgumentException("read comes after delivered");
        }
        statusDelays = new MessagesEndpoint.StatusDelays(delivered, read);
    }

    /** How long a created template stays PENDING before the review decides, on the virtual clock. */
    public void setTemplateReviewDelay(Duration delay) {
        templateReviewDelay = Objects.requireNonNull(delay, "delay");
    }

    /** Adds or replaces a template (no webhook: this is configuration, not a review). */
    public void addTemplate(TemplateDefinition template) {
        templates.put(template);
    }

    /** The WABA's Flows, as created, edited and published through the Flows API. */
    public List<StoredFlow> flows() {
        return flows.all();
    }

    /** @return the business public key registered for a phone number's Flows, in PEM */
    public Optional<String> businessPublicKey(String phoneNumberId) {
        return flows.publicKey(phoneNumberId);
    }

    /** The WABA's templates as the API lists them. */
    public List<TemplateDefinition> templates() {
        return templates.all().stream().map(t -> t.definition()).toList();
    }

    /**
     * Changes a template's status as a review would, and sends the {@code message_template_status_update}
     * webhook.
     *
     * @throws IllegalArgumentException when no such template exists
     */
    public void setTemplateStatus(String name, String language, TemplateStatus status) {
        var template = templates.find(name, language).orElseThrow(
                () -> new IllegalArgumentException("No template " + name + " in " + language));
        String reason = status == TemplateStatus.REJECTED ? "INVALID_FORMAT" : "NONE";
        templates.changeStatus(template.id(), status, null, reason)
                .ifPresent(updated -> webhooks.enqueue(TemplateEvents.statusUpdate(updated, clock.instant())));
    }

    /**
     * Changes a number's quality rating. As Meta does, a number whose quality drops to {@code RED} is flagged and one
     * that leaves {@code RED} is unflagged, each with a {@code phone_number_quality_update} webhook
     * ({@code FLAGGED} / {@code UNFLAGGED}, with the unchanged {@code current_limit}); moves between {@code GREEN}
     * and {@code YELLOW} are only visible in {@code GET /{phone-number-id}}.
     *
     * @throws IllegalArgumentException for an unknown phone number id
     */
    public void setQualityRating(String phoneNumberId, QualityRating rating) {
        PhoneNumberState number = requireNumber(phoneNumberId);
        QualityRating previous = number.qualityRating();
        number.qualityRating(rating);
        boolean flagged = rating == QualityRating.RED;
        if (flagged != (previous == QualityRating.RED)) {
            qualityUpdate(number, flagged ? "FLAGGED" : "UNFLAGGED");
        }
    }

    // ---------------------------------------------------------------- marketing preferences

    /**
     * A user stops marketing messages from the first business number: a {@code user_preferences} webhook follows,
     * and marketing templates to the user fail with 131050 until the user resumes.
     *
     * @param user the user's wa_id or business-scoped user id
     */
    public void stopMarketing(String user) {
        setMarketingPreference(settings.businessNumbers().get(0).phoneNumberId(), user, true);
    }

    /**
     * A user resumes marketing messages from the first business number, with a {@code user_preferences} webhook.
     *
     * @param user the user's wa_id or business-scoped user id
     */
    public void resumeMarketing(String user) {
        setMarketingPreference(settings.businessNumbers().get(0).phoneNumberId(), user, false);
    }

    /**
     * A user stops or resumes marketing messages from a business number; the app hears of it by a
     * {@code user_preferences} webhook, as from Meta.
     *
     * @param phoneNumberId the business number
     * @param user          the user's wa_id or business-scoped user id
     * @param stop          {@code true} to stop, {@code false} to resume
     */
    public void setMarketingPreference(String phoneNumberId, String user, boolean stop) {
        PhoneNumberState number = numbers.find(phoneNumberId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown phone number id " + phoneNumberId));
        WhatsAppUser known = users.find(user)
                .orElseThrow(() -> new IllegalArgumentException("Unknown user " + user + ": add the user first"));
        marketing.setStopped(phoneNumberId, known.address(), stop);

        ObjectNode value = Json.object();
        value.put("messaging_product", "whatsapp");
        ObjectNode metadata = value.putObject("metadata");
        metadata.put("display_phone_number", number.number().digits());
        metadata.put("phone_number_id", phoneNumberId);
        ObjectNode contact = value.putArray("contacts").addObject();
        contact.putObject("profile").put("name", known.profileName());
        ObjectNode preference = value.putArray("user_preferences").addObject();
        if (known.waId() != null) {
            contact.put("wa_id", known.waId());
            preference.put("wa_id", known.waId());
        }
        contact.put("user_id", known.userId());
        preference.put("user_id", known.userId());
        preference.put("detail", stop ? "User requested to stop marketing messages"
                : "User requested to resume marketing messages");
        preference.put("category", "marketing_messages");
        preference.put("value", stop ? "stop" : "resume");
        preference.put("timestamp", clock.instant().getEpochSecond());
        webhooks.enqueue(WebhookEvent.accountChange("user_preferences", value));
    }

    /**
     * Meta's per-user marketing limit, which it does not publish: a user who got {@code perUser} marketing templates
     * within 24 hours (virtual time) gets no more; the next fails with 131049. 0 (the default) is no limit.
     */
    public void setMarketingLimitPerUser(int perUser) {
        marketing.setPerUserLimit(perUser);
    }

    /**
     * Changes a number's messaging limit tier and sends the {@code phone_number_quality_update} webhook Meta sends
     * for it: {@code UPGRADE} or {@code DOWNGRADE} with the new tier as {@code current_limit}.
     *
     * @throws IllegalArgumentException for an unknown phone number id
     */
    public void setMessagingLimitTier(String phoneNumberId, MessagingLimitTier tier) {
        PhoneNumberState number = requireNumber(phoneNumberId);
        MessagingLimitTier previous = number.messagingLimitTier();
        number.messagingLimitTier(tier);
        if (previous != tier) {
            qualityUpdate(number, tier.ordinal() > previous.ordinal() ? "UPGRADE" : "DOWNGRADE");
        }
    }

    public MessagingLimitTier messagingLimitTier(String phoneNumberId) {
        return requireNumber(phoneNumberId).messagingLimitTier();
    }

    private PhoneNumberState requireNumber(String phoneNumberId) {
        return numbers.find(phoneNumberId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown phone number id " + phoneNumberId));
    }

    private void qualityUpdate(PhoneNumberState number, String event) {
        ObjectNode value = Json.object();
        value.put("display_phone_number", number.number().digits());
        value.put("event", event);
        value.put("current_limit", number.messagingLimitTier().name());
        webhooks.enqueue(WebhookEvent.accountChange("phone_number_quality_update", value));
    }

    public QualityRating qualityRating(String phoneNumberId) {
        return numbers.find(phoneNumberId).map(PhoneNumberState::qualityRating)
                .orElseThrow(() -> new IllegalArgumentException("Unknown phone number id " + phoneNumberId));
    }

    /** Invalidates (or revalidates) the access token: an invalid token gets error 190 everywhere. */
    public void setTokenValid(boolean valid) {
        token.updateAndGet(state -> state.withValid(valid));
    }

    /** Makes the token expire at a virtual instant ({@code null}: never, reported as {@code expires_at: 0}). */
    public void setTokenExpiresAt(Instant expiresAt) {
        token.updateAndGet(state -> state.withExpiresAt(expiresAt));
    }

    /** Replaces the token's scopes; without {@code whatsapp_business_messaging} sends fail with a permission error. */
    public void setTokenScopes(Set<String> scopes) {
        token.updateAndGet(state -> state.withScopes(scopes));
    }

    public AccessTokenState tokenState() {
        return token.get();
    }

    // ---------------------------------------------------------------- reset

    /**
     * Returns to the built configuration: templates, users, number states, token, subscription, limits, delays,
     * delivery options, faults and the clock; forgets windows, records, media, pending statuses and queued
     * webhooks. The webhook URL set at run time is kept (the app under test usually set it once).
     */
    public void reset() {
        scheduler.clear();
        webhooks.clear();
        webhooks.setOptions(settings.webhookDelivery());
        webhooks.resume();
        clock.reset();
        templates.replaceAll(settings.templates());
        flows.clear();
        users.reset(settings.users(), settings.acceptAnyRecipient());
        numbers.reset(settings.businessNumbers());
        windows.clear();
        marketing.clear();
        sent.clear();
        inbound.clear();
        requests.clear();
        media.clear();
        numberSettings.store().clear();
        token.set(AccessTokenState.SYSTEM_USER);
        subscription.subscribed(settings.subscribed());
        rateLimiter.setThroughput(settings.throughputPerSecond());
        rateLimiter.setPairRate(settings.pairRateBurst(), settings.pairRateInterval());
        faults.clear();
        webhookLog.clear();
        statusDelays = new MessagesEndpoint.StatusDelays(settings.deliveredDelay(), settings.readDelay());
        templateReviewDelay = settings.templateReviewDelay();
    }

    @Override
    public String toString() {
        EmulatorHttpServer running = server;
        return "WhatsAppCloudEmulator[" + (running == null ? "not started" : running.baseUri()) + "]";
    }

    /**
     * Configures an emulator. Business numbers and users given here replace the defaults (one number; Alice who
     * reads, Bob who doesn't); templates given here are added to the default ones unless
     * {@link #noDefaultTemplates()}.
     */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String accessToken = DEFAULT_ACCESS_TOKEN;
        private String appSecret = DEFAULT_APP_SECRET;
        private URI webhookUrl;
        private String wabaId = DEFAULT_WABA_ID;
        private String appId = DEFAULT_APP_ID;
        private final Map<String, BusinessNumber> businessNumbers = new LinkedHashMap<>();
        private final Map<String, String> numberTokens = new LinkedHashMap<>();
        private final Map<String, WhatsAppUser> users = new LinkedHashMap<>();
        private final List<TemplateDefinition> templates = new ArrayList<>();
        private boolean defaultTemplates = true;
        private int throughputPerSecond = 80;
        private int pairRateBurst = 45;
        private Duration pairRateInterval = Duration.ofSeconds(6);
        private boolean acceptAnyRecipient;
        private Duration deliveredDelay = Duration.ofMillis(20);
        private Duration readDelay = Duration.ofMillis(40);
        private Duration templateReviewDelay = Duration.ofMinutes(1);
        private boolean subscribed = true;
        private WebhookDeliveryOptions webhookDelivery = WebhookDeliveryOptions.DEFAULTS;
        private int maxRecords = 10_000;
        private long maxMediaBytes = 256L * 1024 * 1024;
        private int serverThreads = 8;
        private java.time.Clock baseClock = java.time.Clock.systemUTC();

        private Builder() {
        }

        /** Interface to bind; {@code 127.0.0.1} by default, so nothing outside the machine can reach it. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** TCP port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Invalid port " + port);
            }
            this.port = port;
            return this;
        }

        /** The Bearer token the API accepts; any other gets error 190. */
        public Builder accessToken(String accessToken) {
            this.accessToken = requireText(accessToken, "accessToken");
            return this;
        }

        /** The app secret that signs webhooks ({@code X-Hub-Signature-256}). */
        public Builder appSecret(String appSecret) {
            this.appSecret = requireText(appSecret, "appSecret");
            return this;
        }

        /** The app's callback URL; may be null and set later with {@link #setWebhookUrl(URI)}. */
        public Builder webhookUrl(URI webhookUrl) {
            this.webhookUrl = webhookUrl;
            return this;
        }

        public Builder webhookUrl(String webhookUrl) {
            return webhookUrl(webhookUrl == null ? null : URI.create(webhookUrl));
        }

        public Builder wabaId(String wabaId) {
            this.wabaId = requireDigits(wabaId, "wabaId");
            return this;
        }

        public Builder appId(String appId) {
            this.appId = requireDigits(appId, "appId");
            return this;
        }

        /** A business number of the WABA (several allowed); replaces the default number. */
        public Builder businessNumber(String phoneNumberId, String displayPhoneNumber) {
            return businessNumber(new BusinessNumber(phoneNumberId, displayPhoneNumber, null));
        }

        /**
         * Gives one business number an access token of its own, as a system-user token assigned to that number
         * only: requests on the number's paths ({@code /{phone-number-id}/...}) must carry it (else 401, 190), and it
         * is refused everywhere else. Other paths keep taking {@link #accessToken(String)}.
         */
        public Builder numberAccessToken(String phoneNumberId, String token) {
            numberTokens.put(requireDigits(phoneNumberId, "phoneNumberId"), requireText(token, "token"));
            return this;
        }

        public Builder businessNumber(BusinessNumber number) {
            businessNumbers.put(number.phoneNumberId(), number);
            return this;
        }

        /** A known WhatsApp user who reads messages; replaces the default users. */
        public Builder user(String waId, String profileName) {
            return user(new WhatsAppUser(waId, profileName));
        }

        public Builder user(WhatsAppUser user) {
            users.put(user.address(), user);
            return this;
        }

        /** A template of the WABA; one with the name and language of a default template replaces it. */
        public Builder template(TemplateDefinition template) {
            templates.add(template);
            return this;
        }

        /** Starts without hello_world, order_confirmation and delivery_update. */
        public Builder noDefaultTemplates() {
            this.defaultTemplates = false;
            return this;
        }

        /** Messages per second per business number before error 130429 (Meta's default is 80). */
        public Builder throughputPerSecond(int messagesPerSecond) {
            this.throughputPerSecond = messagesPerSecond;
            return this;
        }

        /** Pair rate: {@code burst} messages to one user back to back, then one more per {@code interval} (131056). */
        public Builder pairRate(int burst, Duration interval) {
            this.pairRateBurst = burst;
            this.pairRateInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** Treats every well-formed number as a WhatsApp user (load tests); otherwise unknown numbers get 131026. */
        public Builder acceptAnyRecipient(boolean acceptAny) {
            this.acceptAnyRecipient = acceptAny;
            return this;
        }

        /** Virtual delays from acceptance to {@code delivered} and to {@code read} (20 ms and 40 ms by default). */
        public Builder statusDelays(Duration delivered, Duration read) {
            this.deliveredDelay = Objects.requireNonNull(delivered, "delivered");
            this.readDelay = Objects.requireNonNull(read, "read");
            return this;
        }

        /**
         * The clock the virtual clock starts from (the system clock by default): a fixed clock makes what depends on
         * the date, such as which Graph API versions have ended, the same on every run.
         */
        public Builder clock(java.time.Clock clock) {
            this.baseClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a created template stays PENDING (virtual time; one minute by default). */
        public Builder templateReviewDelay(Duration delay) {
            this.templateReviewDelay = Objects.requireNonNull(delay, "delay");
            return this;
        }

        /** Whether the WABA starts subscribed to the app (true by default). */
        public Builder subscribed(boolean subscribed) {
            this.subscribed = subscribed;
            return this;
        }

        public Builder webhookDelivery(WebhookDeliveryOptions options) {
            this.webhookDelivery = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Cap of each record log (sent and inbound messages, webhook attempts, windows); oldest evicted. */
        public Builder maxRecords(int maxRecords) {
            if (maxRecords < 1) {
                throw new IllegalArgumentException("maxRecords must be positive");
            }
            this.maxRecords = maxRecords;
            return this;
        }

        /** Cap of stored media bytes; oldest evicted. */
        public Builder maxMediaBytes(long maxMediaBytes) {
            if (maxMediaBytes < 1) {
                throw new IllegalArgumentException("maxMediaBytes must be positive");
            }
            this.maxMediaBytes = maxMediaBytes;
            return this;
        }

        public Builder serverThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("serverThreads must be positive");
            }
            this.serverThreads = threads;
            return this;
        }

        /** The settings this builder describes. */
        public EmulatorSettings settings() {
            List<BusinessNumber> numbers = businessNumbers.isEmpty()
                    ? List.of(new BusinessNumber(
                            DEFAULT_PHONE_NUMBER_ID, DEFAULT_DISPLAY_PHONE_NUMBER,
                            DEFAULT_VERIFIED_NAME))
                    : List.copyOf(businessNumbers.values());
            List<WhatsAppUser> knownUsers = users.isEmpty()
                    ? List.of(new WhatsAppUser(DEFAULT_USER_WA_ID, DEFAULT_USER_NAME, true),
                            new WhatsAppUser(DEFAULT_NON_READING_USER_WA_ID, DEFAULT_NON_READING_USER_NAME, false))
                    : List.copyOf(users.values());
            Map<String, TemplateDefinition> allTemplates = new LinkedHashMap<>();
            if (defaultTemplates) {
                DEFAULT_TEMPLATES.forEach(t -> allTemplates.put(t.name() + '/' + t.language(), t));
            }
            templates.forEach(t -> allTemplates.put(t.name() + '/' + t.language(), t));
            return new EmulatorSettings(
                    host, port, accessToken, appSecret, webhookUrl, wabaId, appId, numbers,
                    knownUsers, List.copyOf(allTemplates.values()), throughputPerSecond, pairRateBurst,
                    pairRateInterval, acceptAnyRecipient, deliveredDelay, readDelay, templateReviewDelay, subscribed,
                    webhookDelivery, maxRecords, maxMediaBytes, serverThreads);
        }

        /** Builds the emulator; {@link WhatsAppCloudEmulator#start()} then opens the port. */
        public WhatsAppCloudEmulator build() {
            for (String number : numberTokens.keySet()) {
                if (!businessNumbers.containsKey(number)
                        && !(businessNumbers.isEmpty() && number.equals(DEFAULT_PHONE_NUMBER_ID))) {
                    throw new IllegalArgumentException(
                            "A token is given for " + number
                                    + ", which is not a business number of this emulator");
                }
            }
            return new WhatsAppCloudEmulator(settings(), baseClock, numberTokens);
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static String requireDigits(String value, String name) {
            if (value == null || !value.matches("\\d+")) {
                throw new IllegalArgumentException(name + " is numeric: " + value);
            }
            return value;
        }
    }
}
