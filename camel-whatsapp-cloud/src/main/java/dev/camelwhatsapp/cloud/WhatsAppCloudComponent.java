package dev.camelwhatsapp.cloud;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.cloud.flow.SendMeters;
import dev.camelwhatsapp.cloud.health.WhatsAppCloudReadinessCheck;
import dev.camelwhatsapp.cloud.metrics.WebhookMeters;
import dev.camelwhatsapp.cloud.webhook.internal.WebhookDispatchers;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code whatsapp-cloud:} component: sends messages through Meta's WhatsApp Cloud API and receives its webhooks.
 *
 * <p>
 * Options set on the component are the defaults of every endpoint it creates, so a phone number's token can be set
 * once (e.g. {@code camel.component.whatsapp-cloud.access-token}) for all its routes.
 */
@Component("whatsapp-cloud")
public class WhatsAppCloudComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The options every endpoint starts from.")
    private WhatsAppCloudConfiguration configuration = new WhatsAppCloudConfiguration();

    @Metadata(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters (the camel.ssl options) for the calls to the"
                      + " Graph API of endpoints that set no sslContextParameters of their own.")
    private boolean useGlobalSslContextParameters;

    // consumers of one webhook path share its HTTP endpoint
    private final WebhookDispatchers webhookDispatchers = new WebhookDispatchers();
    // the ids of the registered readiness checks: the repository tells checks apart by id, and hides them while
    // producer checks are disabled
    private final Set<String> readinessCheckIds = new HashSet<>();
    // endpoints of one number share its meters
    private SendMeters sendMeters;
    private WebhookMeters webhookMeters;
    private final Map<String, String> businessNumbers = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppCloudConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setPhoneNumberId(PhoneNumberIds.check(remaining));
        WhatsAppCloudEndpoint endpoint = new WhatsAppCloudEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Every started endpoint that can send has a readiness check in Camel's {@code producers} health-check repository
     * (which Camel runs once enabled, e.g. {@code camel.health.producersEnabled=true}); {@code healthCheckProducerEnabled}
     * switches it off for this component. The id is {@code whatsapp-cloud-<phoneNumberId>}, with {@code -2},
     * {@code -3}… for further endpoints of the same number (e.g. with another token or API version): the repository
     * tells checks apart by id.
     *
     * @return the registered check, to {@link #removeReadinessCheck remove} when the endpoint stops; {@code null} when
     *         the endpoint cannot send or Camel has no such repository
     */
    synchronized WhatsAppCloudReadinessCheck addReadinessCheck(WhatsAppCloudEndpoint endpoint) {
        WhatsAppCloudConfiguration options = endpoint.getConfiguration();
        WritableHealthCheckRepository repository = producerChecks();
        if (!endpoint.canSend() || repository == null) {
            return null;
        }
        String firstId = "whatsapp-cloud-" + options.getPhoneNumberId();
        String id = firstId;
        for (int n = 2; !readinessCheckIds.add(id); n++) {
            id = firstId + "-" + n;
        }
        WhatsAppCloudReadinessCheck check = new WhatsAppCloudReadinessCheck(
                id, options, endpoint::graphApiClient,
                endpoint::isStarted, endpoint.clock());
        check.setEnabled(isHealthCheckProducerEnabled());
        check.setCamelContext(getCamelContext());
        repository.addHealthCheck(check);
        return check;
    }

    /** Takes a stopped endpoint's check out of the repository, so that endpoints come and go without a trace. */
    synchronized void removeReadinessCheck(WhatsAppCloudReadinessCheck check) {
        WritableHealthCheckRepository repository = producerChecks();
        if (repository != null) {
            repository.removeHealthCheck(check);
        }
        readinessCheckIds.remove(check.getId());
    }

    private WritableHealthCheckRepository producerChecks() {
        return HealthCheckHelper.getHealthCheckRepository(getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
    }

    WebhookDispatchers webhookDispatchers() {
        return webhookDispatchers;
    }

    synchronized WebhookMeters webhookMeters() {
        if (webhookMeters == null) {
            webhookMeters = new WebhookMeters(getCamelContext(), webhookDispatchers.statistics());
        }
        return webhookMeters;
    }

    /** Display number (digits) to phone number id, as the webhooks of this component told them. */
    Map<String, String> businessNumbers() {
        return businessNumbers;
    }

    synchronized SendMeters sendMeters() {
        if (sendMeters == null) {
            sendMeters = new SendMeters(getCamelContext());
        }
        return sendMeters;
    }

    public WhatsAppCloudConfiguration getConfiguration() {
        return configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /**
     * Use the CamelContext's global SSLContextParameters ({@code camel.ssl.*}) for the calls to the Graph API of
     * endpoints that set no sslContextParameters of their own.
     */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** The options every endpoint starts from. */
    public void setConfiguration(WhatsAppCloudConfiguration configuration) {
        this.configuration = configuration;
    }
}
