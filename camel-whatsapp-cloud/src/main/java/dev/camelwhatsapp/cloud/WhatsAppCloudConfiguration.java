package dev.camelwhatsapp.cloud;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
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
                           + " receiver for consumers. A consumer may use `*` to receive the events of every number"
                           + " and the account-level events.")
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

    @UriParam(label = "advanced",
              description = "Where the last inbound message time of each user is kept (the 24-hour customer service"
                            + " window): the consumer records it, the producer reads it. By default one in-memory"
                            + " store per component, shared by its producers and consumers.")
    private ConversationWindowStore conversationWindowStore;

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

    public ConversationWindowStore getConversationWindowStore() {
        return conversationWindowStore;
    }

    public void setConversationWindowStore(ConversationWindowStore conversationWindowStore) {
        this.conversationWindowStore = conversationWindowStore;
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
}
