package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.api.GraphApiClient;
import dev.camelwhatsapp.cloud.api.HttpClientFactory;
import dev.camelwhatsapp.cloud.api.HttpClientSettings;
import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.util.IOHelper;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * Sends messages through the WhatsApp Cloud API from one business phone number, and receives the webhook events of
 * one number or of all numbers.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "whatsapp-cloud", title = "WhatsApp Cloud",
             syntax = "whatsapp-cloud:phoneNumberId",
             category = { Category.CLOUD, Category.API, Category.CHAT }, headersClass = WhatsAppCloudConstants.class)
public class WhatsAppCloudEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private final WhatsAppCloudConfiguration configuration;

    private final ObjectMapper mapper = new ObjectMapper();
    private CloseableHttpAsyncClient ownedHttpClient;
    private GraphApiClient graphApiClient;
    private ExecutorService completionExecutor;

    WhatsAppCloudEndpoint(String uri, WhatsAppCloudComponent component, WhatsAppCloudConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        if (PhoneNumberIds.ANY.equals(configuration.getPhoneNumberId())) {
            throw new IllegalArgumentException("whatsapp-cloud:* only receives; a producer needs the phone number id it"
                                               + " sends from");
        }
        return new WhatsAppCloudProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        WhatsAppCloudConsumer consumer = new WhatsAppCloudConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public WhatsAppCloudComponent getComponent() {
        return (WhatsAppCloudComponent) super.getComponent();
    }

    /** The endpoint's conversation window store, or the component's shared one. */
    ConversationWindowStore conversationWindowStore() {
        ConversationWindowStore configured = configuration.getConversationWindowStore();
        return configured != null ? configured : getComponent().defaultConversationWindowStore();
    }

    public WhatsAppCloudConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUri();
    }

    @Override
    public String getServiceProtocol() {
        return "https";
    }

    /** The Graph API client, created on first use and shared by this endpoint's producers. */
    synchronized GraphApiClient graphApiClient() {
        if (graphApiClient == null) {
            CloseableHttpAsyncClient http = configuration.getHttpClient();
            if (http == null) {
                ownedHttpClient = HttpClientFactory.create(httpClientSettings());
                http = ownedHttpClient;
            }
            graphApiClient = new GraphApiClient(http, configuration.getBaseUri(), configuration.getApiVersion(),
                    configuration.getAccessToken(), mapper);
        }
        return graphApiClient;
    }

    /**
     * The pool that continues exchanges once Meta has answered, so that route code never runs on (and never blocks)
     * the HTTP client's few I/O threads.
     */
    synchronized ExecutorService completionExecutor() {
        if (completionExecutor == null) {
            completionExecutor = getCamelContext().getExecutorServiceManager()
                    .newDefaultThreadPool(this, "WhatsAppCloudCompletion");
        }
        return completionExecutor;
    }

    private HttpClientSettings httpClientSettings() {
        try {
            return new HttpClientSettings(
                    Duration.ofMillis(configuration.getConnectTimeout()),
                    Duration.ofMillis(configuration.getResponseTimeout()),
                    Duration.ofMillis(configuration.getConnectionRequestTimeout()),
                    configuration.getMaxConnections(),
                    configuration.getProxyHost(), configuration.getProxyPort(),
                    configuration.getProxyAuthUsername(), configuration.getProxyAuthPassword(),
                    configuration.getSslContextParameters() == null
                            ? null : configuration.getSslContextParameters().createSSLContext(getCamelContext()));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the TLS context from sslContextParameters", e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        super.doStop();
        if (completionExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(completionExecutor);
            completionExecutor = null;
        }
        IOHelper.close(ownedHttpClient);
        ownedHttpClient = null;
        graphApiClient = null;
    }
}
