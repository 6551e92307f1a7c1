package dev.camelwhatsapp.cloud;

import java.util.Map;

import dev.camelwhatsapp.cloud.flow.SendMeters;
import dev.camelwhatsapp.cloud.health.WhatsAppCloudReadinessCheck;
import dev.camelwhatsapp.cloud.webhook.WebhookDispatchers;
import org.apache.camel.Endpoint;
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
public class WhatsAppCloudComponent extends HealthCheckComponent {

    @Metadata(description = "The options every endpoint starts from.")
    private WhatsAppCloudConfiguration configuration = new WhatsAppCloudConfiguration();

    // consumers of one webhook path share its HTTP endpoint
    private final WebhookDispatchers webhookDispatchers = new WebhookDispatchers();
    // endpoints of one number share its meters
    private SendMeters sendMeters;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppCloudConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setPhoneNumberId(PhoneNumberIds.check(remaining));
        WhatsAppCloudEndpoint endpoint = new WhatsAppCloudEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        registerReadinessCheck(endpoint);
        return endpoint;
    }

    /**
     * Every endpoint that can send gets a readiness check in Camel's {@code producers} health-check repository (which
     * Camel runs once enabled, e.g. {@code camel.health.producersEnabled=true}); {@code healthCheckProducerEnabled}
     * switches it off for this component.
     */
    private void registerReadinessCheck(WhatsAppCloudEndpoint endpoint) {
        WhatsAppCloudConfiguration options = endpoint.getConfiguration();
        if (PhoneNumberIds.ANY.equals(options.getPhoneNumberId()) || options.getAccessToken() == null) {
            return;
        }
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(getCamelContext(),
                "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            WhatsAppCloudReadinessCheck check = new WhatsAppCloudReadinessCheck(options, endpoint::graphApiClient,
                    endpoint::isStarted, endpoint.clock());
            check.setEnabled(isHealthCheckProducerEnabled());
            check.setCamelContext(getCamelContext());
            repository.addHealthCheck(check);
        }
    }

    WebhookDispatchers webhookDispatchers() {
        return webhookDispatchers;
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

    /** The options every endpoint starts from. */
    public void setConfiguration(WhatsAppCloudConfiguration configuration) {
        this.configuration = configuration;
    }
}
