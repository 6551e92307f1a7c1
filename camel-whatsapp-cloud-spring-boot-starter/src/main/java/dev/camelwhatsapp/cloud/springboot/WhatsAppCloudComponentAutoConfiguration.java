package dev.camelwhatsapp.cloud.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.whatsapp-cloud.*} properties to the {@code whatsapp-cloud} component, as Camel's
 * own starters do for theirs.
 *
 * <p>
 * Every property under the prefix is read from the Spring environment (so placeholders, profiles and environment
 * variables work as usual) when Camel creates the component, and bound through the component's generated configurer,
 * as Camel Main binds {@code camel.component.*}: no reflection, {@code #beanName} refers to a bean (e.g. a
 * {@code java.time.Clock} for the {@code clock} option). An unknown option stops the start, naming the property but
 * never its value, which may be a secret. {@code camel.component.whatsapp-cloud.enabled=false} leaves the component as
 * it is.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnProperty(prefix = WhatsAppCloudComponentAutoConfiguration.PREFIX, name = "enabled", matchIfMissing = true)
public class WhatsAppCloudComponentAutoConfiguration {

    /** The prefix of the component's properties. */
    public static final String PREFIX = "camel.component.whatsapp-cloud";

    // the switch of this auto-configuration, not an option of the component
    private static final String ENABLED = "enabled";

    /**
     * @param  environment the application's environment
     * @return             the customizer Camel runs when it creates the component
     */
    @Bean
    public ComponentCustomizer whatsAppCloudComponentCustomizer(Environment environment) {
        // read when the component is created, not when this bean is: every property source is in place by then
        return ComponentCustomizer.forType(WhatsAppCloudComponent.class, component -> bind(component,
                Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, String.class)).orElse(Map.of())));
    }

    private static void bind(WhatsAppCloudComponent component, Map<String, String> properties) {
        PropertyConfigurer configurer = component.getComponentPropertyConfigurer();
        if (!(configurer instanceof PropertyConfigurerGetter known)) {
            // Camel runs customizers once the component is initialised, which resolves its generated configurer
            throw new IllegalStateException("The whatsapp-cloud component is not initialised");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (ENABLED.equals(key)) {
                return;
            }
            String option = StringHelper.dashToCamelCase(key);
            // checked before binding: a binding error would quote the value, and the value may be a secret
            if (known.getOptionType(option, true) == null) {
                throw new IllegalArgumentException(
                        "Unknown option " + PREFIX + "." + key
                                + ": the component's options are listed in its reference");
            }
            options.put(option, value);
        });
        PropertyBindingSupport.build()
                .withCamelContext(component.getCamelContext())
                .withTarget(component)
                .withConfigurer(configurer)
                .withIgnoreCase(true)
                .withMandatory(true)
                .withProperties(options)
                .bind();
    }
}
