package dev.camelwhatsapp.cloud;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.api.ApiVersions;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import dev.camelwhatsapp.cloud.api.internal.HttpClientFactory;
import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.FlowControl;
import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.flow.RateLimit;
import dev.camelwhatsapp.cloud.flow.SendStatistics;
import dev.camelwhatsapp.cloud.flow.ThroughputTiers;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.flow.internal.FallbackTemplate;
import dev.camelwhatsapp.cloud.flow.internal.MarketingGate;
import dev.camelwhatsapp.cloud.flow.internal.RedeliveryPolicy;
import dev.camelwhatsapp.cloud.flow.internal.WindowGate;
import dev.camelwhatsapp.cloud.flows.endpoint.FlowDataConsumer;
import dev.camelwhatsapp.cloud.health.WhatsAppCloudReadinessCheck;
import dev.camelwhatsapp.cloud.metrics.WebhookStatistics;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages through the WhatsApp Cloud API from one business phone number, and receives the webhook events of
 * one number or of all numbers.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "whatsapp-cloud", title = "WhatsApp Cloud",
             syntax = "whatsapp-cloud:phoneNumberId",
             category = { Category.CLOUD, Category.API, Category.CHAT }, headersClass = WhatsAppCloudConstants.class)
@ManagedResource(description = "WhatsApp Cloud endpoint: what its producer sent, retried and held back")
public class WhatsAppCloudEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(WhatsAppCloudEndpoint.class);

    @UriParam
    private final WhatsAppCloudConfiguration configuration;

    private final ObjectMapper mapper = new ObjectMapper();
    private final SendStatistics sendStatistics;
    // the services of a started endpoint that can send, created in doStart and let go in doStop, in reverse order;
    // read by producers, health checks, the dev console and JMX on their own threads
    private volatile AutoCloseable sendMeters;
    private volatile CloseableHttpAsyncClient ownedHttpClient;
    private volatile GraphApiClient graphApiClient;
    private volatile ScheduledExecutorService flowScheduler;
    private volatile ExecutorService ownedWorkerPool;
    private volatile ExecutorService workerPool;
    private volatile MarketingGate marketingGate;
    private volatile FlowControl flowControl;
    private volatile WhatsAppCloudReadinessCheck readinessCheck;

    WhatsAppCloudEndpoint(String uri, WhatsAppCloudComponent component, WhatsAppCloudConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        String number = configuration.getPhoneNumberId();
        this.sendStatistics = PhoneNumberIds.ANY.equals(number)
                ? new SendStatistics() : new SendStatistics(component.sendMeters().statisticsOf(number));
    }

    @Override
    public Producer createProducer() {
        if (PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId())) {
            throw new IllegalArgumentException(
                    "whatsapp-cloud:* only receives; a producer needs the phone number id it"
                            + " sends from");
        }
        return new WhatsAppCloudProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getFlowEndpointPath() != null) {
            FlowDataConsumer flowConsumer = new FlowDataConsumer(this, processor);
            configureConsumer(flowConsumer);
            return flowConsumer;
        }
        WhatsAppCloudConsumer consumer = new WhatsAppCloudConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public WhatsAppCloudComponent getComponent() {
        return (WhatsAppCloudComponent) super.getComponent();
    }

    /** The endpoint's conversation window store, or the one its CamelContext shares between producers and consumers. */
    ConversationWindowStore conversationWindowStore() {
        ConversationWindowStore configured = configuration.getConversationWindowStore();
        return configured != null ? configured : FlowDefaults.conversationWindowStore(getCamelContext(), clock());
    }

    /** The endpoint's marketing opt-out store, or the one its CamelContext shares between producers and consumers. */
    MarketingOptOutStore marketingOptOutStore() {
        MarketingOptOutStore configured = configuration.getMarketingOptOutStore();
        return configured != null ? configured : FlowDefaults.marketingOptOutStore(getCamelContext());
    }

    /** The marketing policy of this endpoint's sends. */
    MarketingGate marketingGate() {
        return started(marketingGate);
    }

    public WhatsAppCloudConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The one wall clock of this endpoint, as the {@code clock} option describes: the {@code clock} option, else UTC.
     */
    Clock clock() {
        return configuration.getClock() != null ? configuration.getClock() : Clock.systemUTC();
    }

    /**
     * Whether this endpoint can send, and so has the services of a sender while it runs (a Graph API client, pools,
     * flow control, a readiness check): a phone number id as path and an {@code accessToken}. A consumer-only endpoint
     * ({@code *}, or without a token) starts none of them.
     */
    boolean canSend() {
        return !PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId()) && configuration.getAccessToken() != null;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUri();
    }

    @Override
    public String getServiceProtocol() {
        // https against Meta; http against a local emulator
        return java.net.URI.create(configuration.getBaseUri()).getScheme();
    }

    /** The Graph API client of this endpoint, shared by its producers, health check and diagnosis. */
    GraphApiClient graphApiClient() {
        return started(graphApiClient);
    }

    /**
     * The pool on which the producer's routes continue once Meta has answered: the {@code workerPool} option, else
     * one of Camel's ExecutorServiceManager, so that its threads are named, profiled and shut down like Camel's own.
     *
     * @throws IllegalStateException when the endpoint is stopped (a late answer is then completed on the thread that
     *                               has it)
     */
    ExecutorService workerPool() {
        return started(workerPool);
    }

    /** The window check, throttling and redelivery of this endpoint's sends. */
    FlowControl flowControl() {
        return started(flowControl);
    }

    /**
     * @return the service, once the endpoint started as a sender
     * @throws IllegalStateException when the endpoint is not started, or cannot send
     */
    private <T> T started(T service) {
        if (service != null) {
            return service;
        }
        if (!canSend()) {
            throw new IllegalStateException(
                    this + " cannot send: "
                            + (PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId())
                                    ? "whatsapp-cloud:* only receives"
                                    : "it has no accessToken"));
        }
        throw new IllegalStateException(this + " is not started");
    }

    /** Fails the start on worker pool sizes that no pool can have, before anything is sent. */
    private void checkWorkerPoolOptions() {
        int core = configuration.getWorkerPoolCoreSize();
        int max = configuration.getWorkerPoolMaxSize();
        if (configuration.getWorkerPool() == null && (core < 1 || max < core)) {
            throw new IllegalArgumentException(
                    "workerPoolCoreSize must be at least 1 and workerPoolMaxSize at least"
                            + " workerPoolCoreSize, not " + core + " and " + max);
        }
    }

    /**
     * The window check, throttling and redelivery of this endpoint's sends, built from its options; an inconsistent
     * option fails the start.
     */
    private FlowControl newFlowControl(ScheduledExecutorService scheduler) {
        WhatsAppCloudConfiguration c = configuration;
        WindowGate gate = new WindowGate(c.getPhoneNumberId(), c.getWindowPolicy(), conversationWindowStore(), clock());
        FallbackTemplate fallback = c.getWindowPolicy() == WindowPolicy.template
                ? FallbackTemplate.of(getCamelContext(), c.getFallbackTemplate(), c.getFallbackTemplateLanguage(),
                        c.getFallbackTemplateParameters())
                : null;
        Duration pairRateInterval = Duration.ofMillis(c.getPairRateInterval());
        RedeliveryPolicy redelivery = c.isRedelivery()
                ? new RedeliveryPolicy(
                        c.getMaximumRedeliveries(), Duration.ofMillis(c.getRedeliveryDelay()),
                        c.getBackOffMultiplier(), Duration.ofMillis(c.getMaximumRedeliveryDelay()), c.getJitter(),
                        pairRateInterval, c.isRedeliverUnanswered())
                : null;
        return new FlowControl(
                gate, fallback, c.getPhoneNumberId(),
                !c.isThrottle() ? null
                        : c.getRateLimiter() != null ? c.getRateLimiter()
                        : FlowDefaults.sendRateLimiter(getCamelContext()),
                throughputOf(c),
                new RateLimit(c.getPairRateBurst(), pairRateInterval),
                Duration.ofMillis(c.getMaxThrottleWait()), redelivery, () -> waitingOn(scheduler), sendStatistics,
                FlowDefaults.arrivalWindows(getCamelContext()), c.getMaxMessagesPerSecond());
    }

    /**
     * The number's throughput: {@code maxMessagesPerSecond}, or the higher level Meta granted since, as recorded in the
     * context's {@link ThroughputTiers}; read before every send.
     */
    private Supplier<RateLimit> throughputOf(WhatsAppCloudConfiguration c) {
        ThroughputTiers tiers = FlowDefaults.throughputTiers(getCamelContext());
        return () -> tiers.throughput(c.getPhoneNumberId(), c.getMaxMessagesPerSecond());
    }

    /** @throws IllegalStateException once the endpoint stopped: a send that would wait is stopped instead */
    private ScheduledExecutorService waitingOn(ScheduledExecutorService scheduler) {
        if (scheduler.isShutdown()) {
            throw new IllegalStateException(this + " is stopped");
        }
        return scheduler;
    }

    /** The scheduler of throttle and redelivery waits: a wait is a scheduled task, never a parked Camel thread. */
    private ScheduledExecutorService newFlowScheduler() {
        // unbounded queue: each task is one waiting send, bounded by maxThrottleWait and the rate already,
        // and a bounded queue would fail sends that are well within their limits
        ThreadPoolProfile profile = new ThreadPoolProfile("WhatsAppCloudFlowControl");
        profile.setPoolSize(1);
        profile.setMaxQueueSize(-1);
        return getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, "WhatsAppCloudFlowControl", profile);
    }

    /** @return the counters of this endpoint's sends */
    public SendStatistics getSendStatistics() {
        return sendStatistics;
    }

    @ManagedAttribute(description = "Messages Meta accepted")
    public long getMessagesSent() {
        return sendStatistics.getSent();
    }

    @ManagedAttribute(description = "Sends that finally failed, after any retries")
    public long getMessagesFailed() {
        return sendStatistics.getFailed();
    }

    @ManagedAttribute(description = "Retries made")
    public long getRedeliveries() {
        return sendStatistics.getRetried();
    }

    @ManagedAttribute(description = "Sends that waited for a throughput or pair-rate slot")
    public long getThrottledSends() {
        return sendStatistics.getThrottled();
    }

    @ManagedAttribute(description = "Total time sends waited for their throughput and pair-rate slots, in ms")
    public long getThrottledWaitMillis() {
        return sendStatistics.getThrottledWait().toMillis();
    }

    @ManagedAttribute(description = "Sends refused because their slot was further away than maxThrottleWait")
    public long getThrottleRefused() {
        return sendStatistics.getThrottleRefused();
    }

    @ManagedAttribute(description = "Free-form sends refused because no 24-hour window was open")
    public long getWindowsRefused() {
        return sendStatistics.getWindowsRefused();
    }

    @ManagedAttribute(description = "Fallback templates sent instead of free-form messages outside the window")
    public long getFallbackTemplatesSent() {
        return sendStatistics.getFallbackTemplates();
    }

    @ManagedAttribute(description = "Final failures by Meta error code (-1: no code), e.g. 131047=2, 131026=1")
    public String getFailuresByErrorCode() {
        return byCode(sendStatistics.getFailedByCode());
    }

    @ManagedAttribute(description = "Retries by the Meta error code that caused them (-1: connection failures)")
    public String getRedeliveriesByErrorCode() {
        return byCode(sendStatistics.getRetriedByCode());
    }

    // ---- webhook statistics (consumer side) ---------------------------------------------------------------------

    @ManagedAttribute(description = "Webhook events routed for this number (all numbers for *)")
    public long getWebhookEvents() {
        return webhookStatistics().sum(WebhookStatistics.Kind.EVENTS, numberFilter());
    }

    @ManagedAttribute(description = "Message statuses routed, by status, e.g. delivered=10, failed=1, read=7, sent=10")
    public String getWebhookStatuses() {
        return webhookCounts(WebhookStatistics.Kind.STATUSES);
    }

    @ManagedAttribute(description = "Failed statuses by Meta error code (-1: none), e.g. 131047=2, 131026=1")
    public String getWebhookFailuresByErrorCode() {
        return webhookCounts(WebhookStatistics.Kind.FAILURES);
    }

    @ManagedAttribute(description = "Billable delivered messages by pricing category/type, e.g. marketing/regular=4")
    public String getWebhookBillable() {
        return webhookCounts(WebhookStatistics.Kind.BILLABLE);
    }

    @ManagedAttribute(description = "Webhook events dropped because they were routed before")
    public long getWebhookDuplicatesDropped() {
        return webhookStatistics().sum(WebhookStatistics.Kind.DUPLICATES, numberFilter());
    }

    @ManagedAttribute(description = "Webhook payloads accepted on this endpoint's webhookPath")
    public long getWebhookPayloads() {
        return webhookStatistics().sum(WebhookStatistics.Kind.PAYLOADS, configuration.getWebhookPath());
    }

    @ManagedAttribute(description = "Events in the payloads accepted on this endpoint's webhookPath")
    public long getWebhookPayloadEvents() {
        return webhookStatistics().sum(WebhookStatistics.Kind.INTAKE_EVENTS, configuration.getWebhookPath());
    }

    @ManagedAttribute(description = "Meta's verification requests on this endpoint's webhookPath answered with the"
            + " challenge")
    public long getWebhookVerifications() {
        return webhookStatistics().sum(WebhookStatistics.Kind.VERIFICATIONS, configuration.getWebhookPath());
    }

    @ManagedAttribute(description = "Webhook requests refused on this endpoint's webhookPath, by reason,"
            + " e.g. signature_mismatch=3, malformed=1")
    public String getWebhookRejections() {
        String path = configuration.getWebhookPath();
        return webhookStatistics().counts(WebhookStatistics.Kind.REJECTIONS, key -> key.labels().get(0).equals(path))
                .entrySet().stream().map(e -> e.getKey().get(1) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private WebhookStatistics webhookStatistics() {
        return getComponent().webhookMeters().statistics();
    }

    /** This endpoint's number, or {@code null} (any) for {@code *}. */
    private String numberFilter() {
        return PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId()) ? null : configuration.getPhoneNumberId();
    }

    /** The counts of the kind for this number, labels after the number joined by {@code /}; summed over numbers. */
    private String webhookCounts(WebhookStatistics.Kind kind) {
        String number = numberFilter();
        Map<String, Long> sums = new java.util.TreeMap<>();
        webhookStatistics().counts(kind, key -> number == null || number.equals(key.labels().get(0)))
                .forEach((labels, count) -> sums.merge(String.join("/", labels.subList(1, labels.size())), count,
                        Long::sum));
        return sums.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    @ManagedAttribute(description = "Sends and retries waiting in this endpoint's flow control for their slot or"
            + " their redelivery delay")
    public int getQueuedSends() {
        // 0 on a stopped endpoint: nothing waits
        ScheduledExecutorService scheduler = flowScheduler;
        return scheduler instanceof java.util.concurrent.ThreadPoolExecutor pool ? pool.getQueue().size() : 0;
    }

    @ManagedAttribute(description = "Conversation windows the in-memory store tracks, -1 for another store")
    public int getConversationWindowsTracked() {
        return conversationWindowStore() instanceof dev.camelwhatsapp.cloud.flow.InMemoryConversationWindowStore memory
                ? memory.size() : -1;
    }

    private static String byCode(Map<Integer, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    ObjectMapper mapper() {
        return mapper;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (canSend()) {
            try {
                startSending();
            } catch (RuntimeException inconsistentOption) {
                // what was created before the failing option goes again, so that a failed start leaks no threads
                stopSending();
                throw inconsistentOption;
            }
        }
        ApiVersions.warning(configuration.getApiVersion(), LocalDate.ofInstant(clock().instant(), ZoneOffset.UTC))
                .ifPresent(warning -> LOG.warn("{}: {}", this, warning));
    }

    /** Creates the services of a sender, in the order {@link #stopSending()} lets them go in reverse. */
    private void startSending() {
        checkWorkerPoolOptions();
        sendMeters = getComponent().sendMeters().publish(configuration.getPhoneNumberId());
        CloseableHttpAsyncClient http = configuration.getHttpClient();
        if (http == null) {
            ownedHttpClient = HttpClientFactory.create(HttpClientSettings.from(configuration,
                    getComponent().retrieveGlobalSslContextParameters(), getCamelContext()));
            http = ownedHttpClient;
        }
        graphApiClient = new GraphApiClient(
                http, configuration.getBaseUri(), configuration.getApiVersion(),
                configuration.getAccessToken(), mapper, clock());
        flowScheduler = newFlowScheduler();
        if (configuration.getWorkerPool() != null) {
            workerPool = configuration.getWorkerPool();
        } else {
            ownedWorkerPool = getCamelContext().getExecutorServiceManager().newThreadPool(this,
                    "WhatsAppCloudWorker[" + configuration.getPhoneNumberId() + "]",
                    configuration.getWorkerPoolCoreSize(), configuration.getWorkerPoolMaxSize());
            workerPool = ownedWorkerPool;
        }
        marketingGate = new MarketingGate(
                configuration.getPhoneNumberId(), configuration.getMarketingPolicy(),
                marketingOptOutStore(), conversationWindowStore(),
                Duration.ofMillis(configuration.getMarketingLimitCooldown()), clock());
        flowControl = newFlowControl(flowScheduler);
        readinessCheck = getComponent().addReadinessCheck(this);
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        stopSending();
    }

    /** Lets the services of a sender go, in the reverse order of {@link #startSending()}. */
    private void stopSending() {
        if (readinessCheck != null) {
            getComponent().removeReadinessCheck(readinessCheck);
            readinessCheck = null;
        }
        if (flowControl != null) {
            // before the pools and the HTTP client go: every waiting send gets its answer
            flowControl.stop();
            flowControl = null;
        }
        marketingGate = null;
        workerPool = null;
        if (ownedWorkerPool != null) {
            // queued continuations still run: each one completes an exchange that Meta has answered
            getCamelContext().getExecutorServiceManager().shutdown(ownedWorkerPool);
            ownedWorkerPool = null;
        }
        if (flowScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdown(flowScheduler);
            flowScheduler = null;
        }
        graphApiClient = null;
        IOHelper.close(ownedHttpClient);
        ownedHttpClient = null;
        if (sendMeters != null) {
            try {
                sendMeters.close();
            } catch (Exception e) {
                LOG.warn("{}: could not unpublish its send meters: {}", this, e.getMessage());
            }
            sendMeters = null;
        }
    }
}
