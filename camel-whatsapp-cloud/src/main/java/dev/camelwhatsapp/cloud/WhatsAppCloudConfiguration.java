package dev.camelwhatsapp.cloud;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.MarketingOptOutStore;
import dev.camelwhatsapp.cloud.flow.MarketingPolicy;
import dev.camelwhatsapp.cloud.flow.SendRateLimiter;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * The options of a {@code whatsapp-cloud:} endpoint. The component holds one instance as the defaults; every endpoint
 * gets its own copy, so that endpoint options never leak into other endpoints.
 */
@UriParams
public class WhatsAppCloudConfiguration implements Cloneable {

    /** The Graph API version the component was written and tested against. */
    public static final String DEFAULT_API_VERSION = "v26.0";
    public static final String DEFAULT_BASE_URI = "https://graph.facebook.com";

    @UriPath(description = "The business phone number id (not the phone number itself): the sender for producers, the"
            + " receiver for consumers. A consumer may use a single asterisk as the path"
            + " (the wildcard) to receive the events of every number and the account-level events.")
    @Metadata(required = true)
    private String phoneNumberId;

    @UriParam(label = "security", secret = true,
              description = "The access token sent as Bearer token; use a System User token, user tokens expire"
                      + " within a day. Required to send, not needed to receive.")
    private String accessToken;

    @UriParam(label = "common", defaultValue = DEFAULT_API_VERSION,
              description = "The Graph API version, e.g. v26.0. Meta keeps a version about two years.")
    private String apiVersion = DEFAULT_API_VERSION;

    @UriParam(label = "common", defaultValue = DEFAULT_BASE_URI,
              description = "The Graph API base URI; override it to use the emulator or a proxy.")
    private String baseUri = DEFAULT_BASE_URI;

    @UriParam(label = "common",
              description = "The WhatsApp Business Account id; needed for templates and subscribed apps, and used to"
                      + " route account-level webhook events.")
    private String wabaId;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Before a template send, check (once per TTL) that the template exists in that language,"
                      + " is APPROVED and takes the parameters given; a mismatch fails the exchange with a"
                      + " WhatsAppCloudTemplateException (132001 / 132000) without sending. Needs wabaId.")
    private boolean templateCheck;

    @UriParam(label = "producer", defaultValue = "600000", javaType = "java.time.Duration",
              description = "How long the template check trusts what it read about a template.")
    private long templateCheckTtl = 600_000;

    @UriParam(label = "health", defaultValue = "60000", javaType = "java.time.Duration",
              description = "How long a readiness check result is reused before Meta is asked again.")
    private long healthCheckTtl = 60_000;

    @UriParam(label = "health", defaultValue = "604800000", javaType = "java.time.Duration",
              description = "A token expiring within this time is reported: degraded by the health check, a warning"
                      + " by diagnose.")
    private long expiryWarning = 604_800_000;

    @UriParam(label = "producer", defaultValue = "sendMessage",
              description = "What the producer does; the CamelWhatsAppCloudOperation header overrides it.")
    private WhatsAppCloudOperation operation = WhatsAppCloudOperation.sendMessage;

    // ---- consumer: the webhook ------------------------------------------------------------------------------------

    /** The HTTP path the webhook is served on unless {@code webhookPath} says otherwise. */
    public static final String DEFAULT_WEBHOOK_PATH = "/whatsapp/webhook";
    /** Meta's largest webhook payload, 3 MB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 3L * 1024 * 1024;

    @UriParam(label = "consumer,security", secret = true,
              description = "The Meta app secret (App Dashboard > App settings > Basic). Every webhook POST must carry"
                      + " a matching X-Hub-Signature-256 header; others are answered 403 and never reach the"
                      + " route. Required to receive, unless allowUnsignedWebhooks is set.")
    private String appSecret;

    @UriParam(label = "consumer,security", secret = true,
              description = "The verify token entered in the App Dashboard when subscribing the callback URL; Meta's"
                      + " verification GET is answered with the challenge only when it matches.")
    private String verifyToken;

    @UriParam(label = "consumer,security", defaultValue = "false",
              description = "Accept webhook POSTs without checking their signature, for local experiments only: anyone"
                      + " who can reach the URL can then inject events. Without appSecret and without this"
                      + " option the consumer does not start.")
    private boolean allowUnsignedWebhooks;

    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "The HTTP path of the webhook, served through camel-platform-http. Consumers of several"
                      + " phone numbers may share one path; events are dispatched by phone number id.")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;

    @UriParam(label = "consumer",
              description = "Comma-separated event types this consumer receives: message, status, error, or webhook"
                      + " field names such as message_template_status_update. All when not set.")
    private String events;

    @UriParam(label = "consumer", defaultValue = "3145728",
              description = "The largest webhook body accepted, in bytes; larger ones are answered 413. Meta sends at"
                      + " most 3 MB.")
    private long maxBodySize = DEFAULT_MAX_BODY_SIZE;

    @UriParam(label = "consumer,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest a webhook request may take from its headers to its answer, body upload"
                      + " included; past it the HTTP engine answers 503 (Meta delivers again). Bounds slow or"
                      + " stalled uploads holding the server. Set on the platform-http route the component"
                      + " registers (its requestTimeout); 0 for none. Slow request headers are the HTTP server's"
                      + " own idle timeout: see the receiving guide for each runtime.")
    private long webhookRequestTimeout = 30_000;

    @UriParam(label = "consumer", defaultValue = "afterProcessing",
              description = "When Meta gets its answer. afterProcessing: 200 once every event of the payload went"
                      + " through the route, 500 if one failed so Meta delivers the payload again. immediate: 200"
                      + " as soon as the events are queued for a bounded pool, 503 when it is full; failures are"
                      + " then not redelivered.")
    private AckMode ackMode = AckMode.afterProcessing;

    @UriParam(label = "consumer,advanced", defaultValue = "10",
              description = "ackMode=immediate: the threads that process queued events.")
    private int immediateThreads = 10;

    @UriParam(label = "consumer,advanced", defaultValue = "1000",
              description = "ackMode=immediate: how many events may wait for a thread; a payload that does not fit is"
                      + " answered 503 and Meta delivers it again later.")
    private int immediateQueueSize = 1000;

    @UriParam(label = "consumer,advanced",
              description = "Where the keys of processed events are remembered, so that an event Meta delivers again is"
                      + " not routed twice. Any Camel IdempotentRepository (JDBC, Infinispan, Redis, ...) shared"
                      + " by replicas; by default an in-memory LRU of 10000 keys per consumer.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer", defaultValue = "false",
              description = "Whether a THROUGHPUT_UPGRADE (phone_number_quality_update webhook) raises the number's"
                      + " throughput to the higher level (1000 messages per second) for the producers of this"
                      + " CamelContext, above maxMessagesPerSecond, without a restart.")
    private boolean applyThroughputUpgrades;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Whether template webhooks (a template paused, disabled, rejected, reinstated or"
                      + " recategorised) update what the producers' templateCheck cached, so the next send sees"
                      + " the change instead of waiting for templateCheckTtl.")
    private boolean applyTemplateUpdates = true;

    // ---- consumer: the WhatsApp Flows data endpoint -----------------------------------------------------------------

    @UriParam(label = "consumer,flows",
              description = "Serve the data endpoint of WhatsApp Flows on this HTTP path (through camel-platform-http)"
                      + " instead of receiving webhooks: each decrypted request is one exchange whose body is a"
                      + " FlowDataRequest, and the route's FlowDataResponse is encrypted back. Needs"
                      + " flowPrivateKey; appSecret checks the X-Hub-Signature-256 header.")
    private String flowEndpointPath;

    @UriParam(label = "consumer,flows,security", secret = true,
              description = "The RSA private key of the Flow data endpoint, whose public key is registered with"
                      + " setBusinessEncryptionKey: PEM text, or a file: or classpath: resource holding it"
                      + " (file:/etc/keys/flows.pem). PKCS#8 (plain or encrypted) and traditional PKCS#1 PEM are"
                      + " read.")
    private String flowPrivateKey;

    @UriParam(label = "consumer,flows,security", secret = true,
              description = "The passphrase of an encrypted flowPrivateKey.")
    private String flowPrivateKeyPassphrase;

    @UriParam(label = "consumer,advanced",
              description = "Several instances behind one webhook URL: where an instance claims an event before routing"
                      + " it, shared by all instances, so that the same event delivered to two of them at once is"
                      + " routed by one; the other answers it as failed and Meta delivers it again later. The"
                      + " claim is removed once the event is remembered in idempotentRepository or has failed;"
                      + " use a store whose entries expire (PostgreSqlClaimRepository),"
                      + " so that the claim of an instance that died while routing frees the event. By default"
                      + " claims are held in this JVM only.")
    private IdempotentRepository claimRepository;

    @UriParam(label = "producer,advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for a TCP connection to the Graph API.")
    private long connectTimeout = 10_000;

    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for the Graph API's response once the request is sent; the exchange"
                      + " fails with a timeout after it.")
    private long responseTimeout = 30_000;

    @UriParam(label = "producer,advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long a request may wait for a free pooled connection before it fails.")
    private long connectionRequestTimeout = 10_000;

    @UriParam(label = "producer,advanced", defaultValue = "64",
              description = "The most connections kept open to the Graph API by this endpoint.")
    private int maxConnections = 64;

    @UriParam(label = "proxy", description = "An HTTP proxy host for the calls to the Graph API.")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port.")
    private Integer proxyPort;

    @UriParam(label = "proxy", secret = true, description = "The user name for the HTTP proxy, if it asks for one.")
    private String proxyAuthUsername;

    @UriParam(label = "proxy", secret = true, description = "The password for the HTTP proxy.")
    private String proxyAuthPassword;

    @UriParam(label = "security", description = "TLS settings (trust store, key store, protocols) for the calls to"
            + " the Graph API, Camel's SSLContextParameters.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "advanced",
              description = "An Apache HttpClient 5 async client to use instead of the one the endpoint builds; the"
                      + " endpoint neither configures nor closes it.")
    private CloseableHttpAsyncClient httpClient;

    // ---- flow control: the 24-hour window, throughput and pair-rate throttling, redelivery ----------------------

    @UriParam(label = "producer", defaultValue = "strict",
              description = "What to do with a free-form (non-template) message to a recipient whose 24-hour customer"
                      + " service window is not known to be open: `strict` fails the exchange before any HTTP"
                      + " call, `template` sends the `fallbackTemplate` instead, `off` sends anyway.")
    private WindowPolicy windowPolicy = WindowPolicy.strict;

    @UriParam(label = "producer",
              description = "The approved template sent instead of a free-form message outside the 24-hour window,"
                      + " when `windowPolicy=template`.")
    private String fallbackTemplate;

    @UriParam(label = "producer", description = "The language code of the `fallbackTemplate`, e.g. `en_US`.")
    private String fallbackTemplateLanguage;

    @UriParam(label = "producer",
              description = "The body parameters of the `fallbackTemplate`: comma-separated Simple expressions, one"
                      + " per positional parameter, e.g. `${header.firstName},${body}`. The"
                      + " CamelWhatsAppCloudFallbackParameters header (a List or Map) overrides them.")
    private String fallbackTemplateParameters;

    @UriParam(label = "advanced",
              description = "Where the 24-hour windows are known: the webhook consumer records users' messages, the"
                      + " producer reads them. By default the only such bean in the registry, else one"
                      + " in-memory store per CamelContext; bind a JdbcConversationWindowStore to share windows"
                      + " between replicas.")
    private ConversationWindowStore conversationWindowStore;

    // ---- marketing policy: opt-outs and Meta's per-user marketing limit -------------------------------------------

    @UriParam(label = "producer", defaultValue = "refuse",
              description = "What to do with a MARKETING template to a user who stopped marketing messages, or whom"
                      + " Meta's per-user marketing limit (131049) refused within `marketingLimitCooldown`:"
                      + " `refuse` fails the exchange with MarketingBlockedException before any HTTP call, `skip`"
                      + " completes it unsent with the CamelWhatsAppCloudMarketingSkipped header, `off` sends"
                      + " anyway. The category comes from the CamelWhatsAppCloudTemplateCategory header or the"
                      + " template check's cache.")
    private MarketingPolicy marketingPolicy = MarketingPolicy.refuse;

    @UriParam(label = "producer", defaultValue = "86400000", javaType = "java.time.Duration",
              description = "How long after Meta's per-user marketing limit refused a template (131049) no marketing"
                      + " template is sent to that user.")
    private long marketingLimitCooldown = 86_400_000;

    @UriParam(label = "advanced",
              description = "Where users' marketing opt-outs and per-user limits are known: the webhook consumer"
                      + " records user_preferences changes and failed statuses, the producer its send answers"
                      + " and reads it before a marketing template. By default the only such bean in the"
                      + " registry, else one in-memory store per CamelContext; bind a JdbcMarketingOptOutStore"
                      + " to share it between replicas.")
    private MarketingOptOutStore marketingOptOutStore;

    @UriParam(label = "advanced",
              description = "The endpoint's one wall clock, UTC when not set. It drives: the 24-hour window check (and"
                      + " so the fallback template) and the default in-memory window store; the windows and"
                      + " marketing refusals recorded from webhooks, and the time of events without a timestamp;"
                      + " the marketing policy's cooldowns; the template check's cache expiry and the template"
                      + " changes recorded from webhooks; the readiness check's `healthCheckTtl` and, with"
                      + " `diagnose`, the token expiry (`expiryWarning`) and the API version's end; the API"
                      + " version warning at start and the dates of Meta's version signals; a `Retry-After` date."
                      + " Tests align it with an emulator's virtual clock.")
    private Clock clock;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether sends are held to `maxMessagesPerSecond` and the pair rate, so that Meta never"
                      + " answers 130429 or 131056.")
    private boolean throttle = true;

    @UriParam(label = "producer", defaultValue = "80",
              description = "The most messages per second sent from this business phone number, evenly spaced: 80"
                      + " is Meta's default throughput; raise it to 1000 once Meta has upgraded the number.")
    private int maxMessagesPerSecond = 80;

    @UriParam(label = "producer", defaultValue = "10",
              description = "How many messages may go to one recipient back to back before the pair rate spaces"
                      + " them by `pairRateInterval`. Meta tolerates short bursts (it documents up to 45); 10"
                      + " covers a conversation's flurry of replies with room to spare.")
    private int pairRateBurst = 10;

    @UriParam(label = "producer", defaultValue = "6000", javaType = "java.time.Duration",
              description = "The sustained spacing of messages to one recipient: Meta's pair rate is one message"
                      + " every 6 seconds. Waiting for it delays only that recipient's messages.")
    private long pairRateInterval = 6_000;

    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest a send waits for its throughput and pair-rate slots; a send whose slot is"
                      + " further away fails at once with ThrottleWaitExceededException, and nothing is sent.")
    private long maxThrottleWait = 30_000;

    @UriParam(label = "advanced",
              description = "The limiter that hands out send slots; by default one in-memory limiter per"
                      + " CamelContext. Several replicas sending from one number need a shared one.")
    private SendRateLimiter rateLimiter;

    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether the producer retries what Meta says is transient (rate limits, service errors,"
                      + " HTTP 5xx) and connection failures that provably sent nothing. With false every"
                      + " failure goes to the route's error handler at once.")
    private boolean redelivery = true;

    @UriParam(label = "producer", defaultValue = "5", description = "How many times a send is retried at most.")
    private int maximumRedeliveries = 5;

    @UriParam(label = "producer", defaultValue = "1000", javaType = "java.time.Duration",
              description = "The delay before the first retry.")
    private long redeliveryDelay = 1_000;

    @UriParam(label = "producer", defaultValue = "2.0",
              description = "How much longer each retry waits than the one before.")
    private double backOffMultiplier = 2.0;

    @UriParam(label = "producer", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest delay before a retry. When Meta asks for a longer wait (Retry-After,"
                      + " X-Business-Use-Case-Usage), the send fails at once with the exception, which carries"
                      + " the wait.")
    private long maximumRedeliveryDelay = 60_000;

    @UriParam(label = "producer", defaultValue = "0.2",
              description = "The fraction by which a retry delay is randomly shortened or lengthened, so that sends"
                      + " that failed together do not retry together.")
    private double jitter = 0.2;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Also retry a send that got no answer (connection closed after the request was written,"
                      + " response timeout). Meta may have accepted such a message, so a retry can deliver it"
                      + " twice: enable only where a duplicate is better than a failed exchange.")
    private boolean redeliverUnanswered;

    @UriParam(label = "producer,advanced",
              description = "The pool on which the route continues once Meta has answered a send or a management"
                      + " operation, so that the HTTP client's I/O threads never run route steps. By default"
                      + " each endpoint creates one from Camel's ExecutorServiceManager, sized by"
                      + " workerPoolCoreSize and workerPoolMaxSize; a pool given here is not shut down by the"
                      + " endpoint.")
    private ExecutorService workerPool;

    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Sets whether synchronous processing should be strictly used: the calling thread waits"
                      + " for Meta's answer and the route goes on on it, with no hand-over to the worker pool."
                      + " For routes whose caller waits anyway (ProducerTemplate, timer, file); never for"
                      + " routes on an event loop.")
    private boolean synchronous;

    @UriParam(label = "producer,advanced", defaultValue = "10",
              description = "The core size of the endpoint's own worker pool.")
    private int workerPoolCoreSize = 10;

    @UriParam(label = "producer,advanced", defaultValue = "20",
              description = "The maximum size of the endpoint's own worker pool.")
    private int workerPoolMaxSize = 20;

    public String getFlowEndpointPath() {
        return flowEndpointPath;
    }

    /**
     * Serve the data endpoint of WhatsApp Flows on this HTTP path (through camel-platform-http) instead of receiving
     * webhooks.
     */
    public void setFlowEndpointPath(String flowEndpointPath) {
        this.flowEndpointPath = flowEndpointPath;
    }

    public String getFlowPrivateKey() {
        return flowPrivateKey;
    }

    /** The RSA private key of the Flow data endpoint: PEM text, or a resource (file:, classpath:) holding it. */
    public void setFlowPrivateKey(String flowPrivateKey) {
        this.flowPrivateKey = flowPrivateKey;
    }

    public String getFlowPrivateKeyPassphrase() {
        return flowPrivateKeyPassphrase;
    }

    /** The passphrase of an encrypted flowPrivateKey. */
    public void setFlowPrivateKeyPassphrase(String flowPrivateKeyPassphrase) {
        this.flowPrivateKeyPassphrase = flowPrivateKeyPassphrase;
    }

    /** @return a copy, so that an endpoint can change its options without touching the component's defaults */
    public WhatsAppCloudConfiguration copy() {
        try {
            return (WhatsAppCloudConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(String phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getBaseUri() {
        return baseUri;
    }

    public void setBaseUri(String baseUri) {
        this.baseUri = baseUri;
    }

    public String getWabaId() {
        return wabaId;
    }

    public void setWabaId(String wabaId) {
        this.wabaId = wabaId;
    }

    public boolean isTemplateCheck() {
        return templateCheck;
    }

    public void setTemplateCheck(boolean templateCheck) {
        this.templateCheck = templateCheck;
    }

    public long getTemplateCheckTtl() {
        return templateCheckTtl;
    }

    public void setTemplateCheckTtl(long templateCheckTtl) {
        this.templateCheckTtl = templateCheckTtl;
    }

    public long getHealthCheckTtl() {
        return healthCheckTtl;
    }

    public void setHealthCheckTtl(long healthCheckTtl) {
        this.healthCheckTtl = healthCheckTtl;
    }

    public long getExpiryWarning() {
        return expiryWarning;
    }

    public void setExpiryWarning(long expiryWarning) {
        this.expiryWarning = expiryWarning;
    }

    public WhatsAppCloudOperation getOperation() {
        return operation;
    }

    public void setOperation(WhatsAppCloudOperation operation) {
        this.operation = operation;
    }

    public String getAppSecret() {
        return appSecret;
    }

    public void setAppSecret(String appSecret) {
        this.appSecret = appSecret;
    }

    public String getVerifyToken() {
        return verifyToken;
    }

    public void setVerifyToken(String verifyToken) {
        this.verifyToken = verifyToken;
    }

    public boolean isAllowUnsignedWebhooks() {
        return allowUnsignedWebhooks;
    }

    public void setAllowUnsignedWebhooks(boolean allowUnsignedWebhooks) {
        this.allowUnsignedWebhooks = allowUnsignedWebhooks;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public long getWebhookRequestTimeout() {
        return webhookRequestTimeout;
    }

    public void setWebhookRequestTimeout(long webhookRequestTimeout) {
        this.webhookRequestTimeout = webhookRequestTimeout;
    }

    public AckMode getAckMode() {
        return ackMode;
    }

    public void setAckMode(AckMode ackMode) {
        this.ackMode = ackMode;
    }

    public int getImmediateThreads() {
        return immediateThreads;
    }

    public void setImmediateThreads(int immediateThreads) {
        this.immediateThreads = immediateThreads;
    }

    public int getImmediateQueueSize() {
        return immediateQueueSize;
    }

    public void setImmediateQueueSize(int immediateQueueSize) {
        this.immediateQueueSize = immediateQueueSize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isApplyThroughputUpgrades() {
        return applyThroughputUpgrades;
    }

    public void setApplyThroughputUpgrades(boolean applyThroughputUpgrades) {
        this.applyThroughputUpgrades = applyThroughputUpgrades;
    }

    public boolean isApplyTemplateUpdates() {
        return applyTemplateUpdates;
    }

    public void setApplyTemplateUpdates(boolean applyTemplateUpdates) {
        this.applyTemplateUpdates = applyTemplateUpdates;
    }

    public IdempotentRepository getClaimRepository() {
        return claimRepository;
    }

    public void setClaimRepository(IdempotentRepository claimRepository) {
        this.claimRepository = claimRepository;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(long connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public CloseableHttpAsyncClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(CloseableHttpAsyncClient httpClient) {
        this.httpClient = httpClient;
    }

    // ---- flow control ---------------------------------------------------------------------------------------------

    public WindowPolicy getWindowPolicy() {
        return windowPolicy;
    }

    public void setWindowPolicy(WindowPolicy windowPolicy) {
        this.windowPolicy = windowPolicy;
    }

    public String getFallbackTemplate() {
        return fallbackTemplate;
    }

    public void setFallbackTemplate(String fallbackTemplate) {
        this.fallbackTemplate = fallbackTemplate;
    }

    public String getFallbackTemplateLanguage() {
        return fallbackTemplateLanguage;
    }

    public void setFallbackTemplateLanguage(String fallbackTemplateLanguage) {
        this.fallbackTemplateLanguage = fallbackTemplateLanguage;
    }

    public String getFallbackTemplateParameters() {
        return fallbackTemplateParameters;
    }

    public void setFallbackTemplateParameters(String fallbackTemplateParameters) {
        this.fallbackTemplateParameters = fallbackTemplateParameters;
    }

    public ConversationWindowStore getConversationWindowStore() {
        return conversationWindowStore;
    }

    public void setConversationWindowStore(ConversationWindowStore conversationWindowStore) {
        this.conversationWindowStore = conversationWindowStore;
    }

    public MarketingPolicy getMarketingPolicy() {
        return marketingPolicy;
    }

    public void setMarketingPolicy(MarketingPolicy marketingPolicy) {
        this.marketingPolicy = marketingPolicy;
    }

    public long getMarketingLimitCooldown() {
        return marketingLimitCooldown;
    }

    public void setMarketingLimitCooldown(long marketingLimitCooldown) {
        this.marketingLimitCooldown = marketingLimitCooldown;
    }

    public MarketingOptOutStore getMarketingOptOutStore() {
        return marketingOptOutStore;
    }

    public void setMarketingOptOutStore(MarketingOptOutStore marketingOptOutStore) {
        this.marketingOptOutStore = marketingOptOutStore;
    }

    public Clock getClock() {
        return clock;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public boolean isThrottle() {
        return throttle;
    }

    public void setThrottle(boolean throttle) {
        this.throttle = throttle;
    }

    public int getMaxMessagesPerSecond() {
        return maxMessagesPerSecond;
    }

    public void setMaxMessagesPerSecond(int maxMessagesPerSecond) {
        this.maxMessagesPerSecond = maxMessagesPerSecond;
    }

    public int getPairRateBurst() {
        return pairRateBurst;
    }

    public void setPairRateBurst(int pairRateBurst) {
        this.pairRateBurst = pairRateBurst;
    }

    public long getPairRateInterval() {
        return pairRateInterval;
    }

    public void setPairRateInterval(long pairRateInterval) {
        this.pairRateInterval = pairRateInterval;
    }

    public long getMaxThrottleWait() {
        return maxThrottleWait;
    }

    public void setMaxThrottleWait(long maxThrottleWait) {
        this.maxThrottleWait = maxThrottleWait;
    }

    public SendRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(SendRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public boolean isRedelivery() {
        return redelivery;
    }

    public void setRedelivery(boolean redelivery) {
        this.redelivery = redelivery;
    }

    public int getMaximumRedeliveries() {
        return maximumRedeliveries;
    }

    public void setMaximumRedeliveries(int maximumRedeliveries) {
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public long getRedeliveryDelay() {
        return redeliveryDelay;
    }

    public void setRedeliveryDelay(long redeliveryDelay) {
        this.redeliveryDelay = redeliveryDelay;
    }

    public double getBackOffMultiplier() {
        return backOffMultiplier;
    }

    public void setBackOffMultiplier(double backOffMultiplier) {
        this.backOffMultiplier = backOffMultiplier;
    }

    public long getMaximumRedeliveryDelay() {
        return maximumRedeliveryDelay;
    }

    public void setMaximumRedeliveryDelay(long maximumRedeliveryDelay) {
        this.maximumRedeliveryDelay = maximumRedeliveryDelay;
    }

    public double getJitter() {
        return jitter;
    }

    public void setJitter(double jitter) {
        this.jitter = jitter;
    }

    public boolean isRedeliverUnanswered() {
        return redeliverUnanswered;
    }

    public void setRedeliverUnanswered(boolean redeliverUnanswered) {
        this.redeliverUnanswered = redeliverUnanswered;
    }

    public ExecutorService getWorkerPool() {
        return workerPool;
    }

    public void setWorkerPool(ExecutorService workerPool) {
        this.workerPool = workerPool;
    }

    public int getWorkerPoolCoreSize() {
        return workerPoolCoreSize;
    }

    public void setWorkerPoolCoreSize(int workerPoolCoreSize) {
        this.workerPoolCoreSize = workerPoolCoreSize;
    }

    public int getWorkerPoolMaxSize() {
        return workerPoolMaxSize;
    }

    public void setWorkerPoolMaxSize(int workerPoolMaxSize) {
        this.workerPoolMaxSize = workerPoolMaxSize;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }
}
