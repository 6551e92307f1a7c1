package dev.camelwhatsapp.cloud;

import java.util.Map;

import dev.camelwhatsapp.cloud.webhook.WebhookDispatchers;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code whatsapp-cloud:} component: sends messages through Meta's WhatsApp Cloud API and receives its webhooks.
 *
 * <p>
 * Options set on the component are the defaults of every endpoint it creates, so a phone number's token can be set
 * once (e.g. {@code camel.component.whatsapp-cloud.access-token}) for all its routes.
 */
@Component("whatsapp-cloud")
public class WhatsAppCloudComponent extends DefaultComponent {

    @Metadata(description = "The options every endpoint starts from.")
    private WhatsAppCloudConfiguration configuration = new WhatsAppCloudConfiguration();

    // consumers of one webhook path share its HTTP endpoint
    private final WebhookDispatchers webhookDispatchers = new WebhookDispatchers();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WhatsAppCloudConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setPhoneNumberId(PhoneNumberIds.check(remaining));
        WhatsAppCloudEndpoint endpoint = new WhatsAppCloudEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    WebhookDispatchers webhookDispatchers() {
        return webhookDispatchers;
    }

    public WhatsAppCloudConfiguration getConfiguration() {
        return configuration;
    }

    /** The options every endpoint starts from. */
    public void setConfiguration(WhatsAppCloudConfiguration configuration) {
        this.configuration = configuration;
    }
}
