package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.flow.internal.MarketingSignals;
import dev.camelwhatsapp.cloud.management.TemplateChanges;
import dev.camelwhatsapp.cloud.metrics.WebhookStatistics;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import dev.camelwhatsapp.cloud.webhook.UserIdentity;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import dev.camelwhatsapp.cloud.webhook.WebhookSignatureVerifier;
import dev.camelwhatsapp.cloud.webhook.WebhookVerification;
import dev.camelwhatsapp.cloud.webhook.internal.BoundedEventQueue;
import dev.camelwhatsapp.cloud.webhook.internal.EventCallback;
import dev.camelwhatsapp.cloud.webhook.internal.ExactlyOnceGate;
import dev.camelwhatsapp.cloud.webhook.internal.FieldEffects;
import dev.camelwhatsapp.cloud.webhook.internal.WebhookSubscriber;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the WhatsApp Cloud API webhook of one business phone number (or of all, with {@code *}): one exchange per
 * event, its body the typed {@link dev.camelwhatsapp.cloud.model.inbound.WebhookEvent}, its headers the event's
 * routing data ({@link WhatsAppCloudConstants}).
 * <p>
 * The HTTP side (platform-http, signature, size, parsing, answer) is the shared dispatcher of the webhook path
 * ({@link dev.camelwhatsapp.cloud.webhook.internal.WebhookDispatchers}); this consumer registers with it while started,
 * and routes the events addressed to it exactly once per success.
 */
public class WhatsAppCloudConsumer extends DefaultConsumer implements WebhookSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppCloudConsumer.class);

    /** The size of the in-memory idempotent repository used when none is configured. */
    public static final int DEFAULT_IDEMPOTENT_CACHE_SIZE = 10_000;

    private final WhatsAppCloudEndpoint endpoint;
    private final WhatsAppCloudConfiguration configuration;
    private final Set<String> eventTypes;
    private final String keyPrefix;
    private IdempotentRepository repository;
    private boolean ownsRepository;
    private ExactlyOnceGate gate;
    private WebhookSignatureVerifier verifier;
    private ConversationWindowStore windowStore;
    private MarketingOptOutStore marketingStore;
    private ExecutorService immediateExecutor;
    private BoundedEventQueue immediateQueue;
    private boolean registered;
    private FieldEffects fieldEffects;
    private WebhookStatistics statistics;
    private AutoCloseable webhookMeters;

    WhatsAppCloudConsumer(WhatsAppCloudEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.eventTypes = parseEventTypes(configuration.getEvents());
        // One repository may serve several consumers (a `*` route and a number's route both receive an event):
        // the path keeps their keys apart, and is the same for every replica of one route.
        this.keyPrefix = configuration.getPhoneNumberId() + "|";
    }

    @Override
    public WhatsAppCloudEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        String path = configuration.getWebhookPath();
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("webhookPath must start with /, was " + path);
        }
        if (configuration.getMaxBodySize() <= 0) {
            throw new IllegalArgumentException("maxBodySize must be positive, was " + configuration.getMaxBodySize());
        }
        if (configuration.getAckMode() == AckMode.immediate
                && (configuration.getImmediateThreads() <= 0 || configuration.getImmediateQueueSize() < 0)) {
            throw new IllegalArgumentException(
                    "ackMode=immediate needs immediateThreads > 0 and immediateQueueSize >= 0");
        }
        repository = configuration.getIdempotentRepository();
        ownsRepository = repository == null;
        if (ownsRepository) {
            // created once, so the keys survive a stop and start of the route
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_IDEMPOTENT_CACHE_SIZE);
        }
        gate = new ExactlyOnceGate(repository, configuration.getClaimRepository());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        verifier = WebhookSignatureVerifier.forReceiver(configuration.getAppSecret(),
                configuration.isAllowUnsignedWebhooks(),
                () -> LOG.warn("{} accepts unsigned webhooks: anyone who reaches {} can inject events. Set appSecret.",
                        endpoint, configuration.getWebhookPath()),
                () -> "whatsapp-cloud:" + configuration.getPhoneNumberId() + " cannot receive webhooks without"
                        + " appSecret (Meta app secret, used to check X-Hub-Signature-256); set"
                        + " allowUnsignedWebhooks=true only for local experiments")
                .orElse(null);
        if (configuration.getVerifyToken() == null || configuration.getVerifyToken().isEmpty()) {
            LOG.info("{} has no verifyToken: Meta's verification GET on {} will be refused", endpoint,
                    configuration.getWebhookPath());
        }
        ServiceHelper.startService(repository, configuration.getClaimRepository());
        windowStore = endpoint.conversationWindowStore();
        marketingStore = endpoint.marketingOptOutStore();
        if (configuration.getAckMode() == AckMode.immediate) {
            int threads = configuration.getImmediateThreads();
            immediateExecutor = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newFixedThreadPool(this, "WhatsAppCloudWebhook", threads);
            immediateQueue = new BoundedEventQueue(immediateExecutor, threads + configuration.getImmediateQueueSize());
        }
        fieldEffects = new FieldEffects(
                configuration.isApplyThroughputUpgrades() ? FlowDefaults.throughputTiers(endpoint.getCamelContext())
                        : null,
                configuration.isApplyTemplateUpdates() ? TemplateChanges.of(endpoint.getCamelContext()) : null,
                endpoint.clock(), endpoint.getComponent().businessNumbers());
        statistics = endpoint.getComponent().webhookMeters().statistics();
        endpoint.getComponent().webhookDispatchers()
                .register(getEndpoint().getCamelContext(), configuration.getWebhookPath(), this);
        registered = true;
        webhookMeters = endpoint.getComponent().webhookMeters().publish();
    }

    @Override
    protected void doStop() throws Exception {
        if (registered) {
            endpoint.getComponent().webhookDispatchers().unregister(configuration.getWebhookPath(), this);
            registered = false;
        }
        if (webhookMeters != null) {
            webhookMeters.close();
            webhookMeters = null;
        }
        if (immediateExecutor != null) {
            drainAcknowledgedEvents();
            immediateExecutor = null;
            immediateQueue = null;
        }
        super.doStop();
    }

    /**
     * Events already acknowledged to Meta are never delivered again: they are finished before the route stops, for
     * as long as the context's shutdown timeout allows (new payloads are refused with 503 from the moment this
     * consumer left the path). Only what is still queued after that is dropped, and said so.
     */
    private void drainAcknowledgedEvents() throws InterruptedException {
        long timeoutMillis = getEndpoint().getCamelContext().getShutdownStrategy().getTimeUnit()
                .toMillis(getEndpoint().getCamelContext().getShutdownStrategy().getTimeout());
        int queued = immediateQueue.capacity() - immediateQueue.available();
        if (queued > 0) {
            LOG.info("{} finishing {} acknowledged webhook events before stopping", endpoint, queued);
        }
        int left = immediateQueue.drain(timeoutMillis);
        getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(immediateExecutor);
        if (left > 0) {
            LOG.error("{} stopped with {} webhook events acknowledged to Meta and not processed: they are lost",
                    endpoint, left);
        }
    }

    @Override
    protected void doShutdown() throws Exception {
        if (ownsRepository) {
            ServiceHelper.stopAndShutdownService(repository);
        }
        super.doShutdown();
    }

    /** @return the repository of the events already routed, which makes redeliveries by Meta no-ops */
    public IdempotentRepository getIdempotentRepository() {
        return repository;
    }

    // ---- WebhookSubscriber ------------------------------------------------------------------------------------

    @Override
    public String phoneNumberId() {
        return configuration.getPhoneNumberId();
    }

    @Override
    public String wabaId() {
        return configuration.getWabaId();
    }

    @Override
    public boolean acceptsEventType(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    @Override
    public boolean trusts(byte[] rawBody, String signatureHeader) {
        return verifier == null ? configuration.isAllowUnsignedWebhooks() : verifier.verify(rawBody, signatureHeader);
    }

    @Override
    public WebhookVerification verify(String mode, String token, String challenge) {
        return WebhookVerification.answer(mode, token, challenge, configuration.getVerifyToken());
    }

    @Override
    public long maxBodySize() {
        return configuration.getMaxBodySize();
    }

    @Override
    public long requestTimeout() {
        return configuration.getWebhookRequestTimeout();
    }

    @Override
    public AckMode ackMode() {
        return configuration.getAckMode();
    }

    @Override
    public BoundedEventQueue immediateQueue() {
        return immediateQueue;
    }

    @Override
    public boolean process(WebhookEventEnvelope event, EventCallback callback) {
        if (configuration.getAckMode() != AckMode.immediate && (!isRunAllowed() || isSuspendingOrSuspended())) {
            // Stopping: the event in the route is finished, the rest of the payload is not started. The payload is
            // answered as failed and Meta delivers it again, to this instance once back or to another one.
            // Immediate events were acknowledged already: they are finished instead (drainAcknowledgedEvents).
            LOG.debug("{} is stopping: {} event not routed, the payload will be delivered again", endpoint,
                    event.eventType());
            callback.done(false, true);
            return true;
        }
        try {
            AtomicBoolean routed = new AtomicBoolean();
            return gate.process(keyPrefix + event.dedupKey(), routeCallback -> {
                routed.set(true);
                return route(event, routeCallback);
            }, (succeeded, doneSync) -> {
                try {
                    count(event, routed.get(), succeeded);
                } catch (RuntimeException notCounted) {
                    // counting must never keep Meta's request unanswered
                    LOG.warn("Could not count a {} event: {}", event.eventType(), notCounted.toString());
                } finally {
                    callback.done(succeeded, doneSync);
                }
            });
        } catch (RuntimeException notExpected) {
            getExceptionHandler().handleException("Failed to process a " + event.eventType() + " event", notExpected);
            callback.done(false, true);
            return true;
        }
    }

    /**
     * An event that succeeded without being routed by this call was routed before (or is being routed by a duplicate
     * delivery): it is dropped, and counted as such rather than again.
     */
    private void count(WebhookEventEnvelope event, boolean routed, boolean succeeded) {
        if (!succeeded) {
            return;
        }
        if (routed) {
            statistics.routed(event);
        } else {
            statistics.duplicate(event);
        }
    }

    // ---- routing ------------------------------------------------------------------------------------------------

    private boolean route(WebhookEventEnvelope event, EventCallback callback) {
        Exchange exchange = createExchange(false);
        try {
            recordConversationWindow(event);
            // a user who stopped marketing messages must not get the next campaign: recorded before the route runs
            MarketingSignals.record(marketingStore, event.event(),
                    Duration.ofMillis(configuration.getMarketingLimitCooldown()), endpoint.clock());
        } catch (RuntimeException storeDown) {
            // Without the window the producer could refuse a reply the user is entitled to, without the opt-out it
            // could send a campaign to a user who said stop: fail, Meta redelivers.
            getExceptionHandler().handleException("Cannot record the conversation window or marketing preference of"
                    + " an event", exchange,
                    storeDown);
            releaseExchange(exchange, false);
            callback.done(false, true);
            return true;
        }
        fieldEffects.apply(event);
        populate(exchange.getIn(), event);
        return getAsyncProcessor().process(exchange, doneSync -> {
            boolean succeeded = !exchange.isFailed() && !exchange.isRollbackOnly();
            if (!succeeded && configuration.getAckMode() == AckMode.immediate) {
                // already acknowledged: Meta will not deliver it again, so make the loss visible
                getExceptionHandler().handleException("Event acknowledged to Meta failed in the route", exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
            callback.done(succeeded, doneSync);
        });
    }

    /**
     * A user's message opens (or extends) the 24-hour customer service window of that user with that number. System
     * messages (a user changed number) are notices from WhatsApp, not the user writing, so they open nothing.
     */
    private void recordConversationWindow(WebhookEventEnvelope event) {
        if (event.phoneNumberId() == null) {
            return;
        }
        UserIdentity user = UserIdentity.of(event.event());
        if (user.linksPhoneAndUserId()) {
            // a message or status that names both ids is how a later reply to either id finds the one window
            windowStore.linkUserIds(event.phoneNumberId(), user.waId(), user.userId());
        }
        if (!WebhookEventEnvelope.MESSAGE.equals(event.eventType()) || "system".equals(event.messageType())) {
            return;
        }
        Instant at = event.timestamp() != null ? event.timestamp() : endpoint.clock().instant();
        if (user.waId() != null) {
            windowStore.recordInbound(event.phoneNumberId(), user.waId(), at);
        }
        if (user.userId() != null) {
            windowStore.recordInbound(event.phoneNumberId(), user.userId(), at);
        }
    }

    private static void populate(Message message, WebhookEventEnvelope event) {
        message.setBody(event.event());
        message.setHeader(WhatsAppCloudConstants.EVENT_TYPE, event.eventType());
        setIfPresent(message, WhatsAppCloudConstants.PHONE_NUMBER_ID, event.phoneNumberId());
        setIfPresent(message, WhatsAppCloudConstants.WABA_ID, event.wabaId());
        setIfPresent(message, WhatsAppCloudConstants.MESSAGE_ID, event.messageId());
        setIfPresent(message, WhatsAppCloudConstants.MESSAGE_TYPE, event.messageType());
        setIfPresent(message, WhatsAppCloudConstants.FROM, event.from());
        setIfPresent(message, WhatsAppCloudConstants.USER_ID, event.userId());
        setIfPresent(message, WhatsAppCloudConstants.CONTACT_NAME, event.contactName());
        setIfPresent(message, WhatsAppCloudConstants.STATUS, event.status());
        setIfPresent(message, WhatsAppCloudConstants.RECIPIENT_ID, event.recipientId());
        setIfPresent(message, WhatsAppCloudConstants.TIMESTAMP, event.timestamp());
        setIfPresent(message, WhatsAppCloudConstants.ERROR_CODE, event.errorCode());
        setIfPresent(message, WhatsAppCloudConstants.ERROR_CATEGORY, event.errorCategory());
        setIfPresent(message, WhatsAppCloudConstants.CALLBACK_DATA, event.callbackData());
        UserIdentity user = UserIdentity.of(event.event());
        setIfPresent(message, WhatsAppCloudConstants.PARENT_USER_ID, user.parentUserId());
        setIfPresent(message, WhatsAppCloudConstants.USERNAME, user.username());
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }

    private static Set<String> parseEventTypes(String events) {
        if (events == null || events.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(events.split(",")).map(String::trim).filter(type -> !type.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
