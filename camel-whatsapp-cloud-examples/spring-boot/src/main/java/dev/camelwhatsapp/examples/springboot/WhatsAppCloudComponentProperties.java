package dev.camelwhatsapp.examples.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Applies the {@code camel.component.whatsapp-cloud.*} properties to the component.
 * <p>
 * camel-spring-boot applies {@code camel.component.<name>.*} only through a component's generated Spring Boot starter
 * (its {@code @ConfigurationProperties} class and customizer); for a component without one the properties are
 * silently ignored. This customizer does the same job generically: it reads every property under the prefix from the
 * Spring environment (so placeholders, profiles and environment variables work as usual) and binds it through the
 * component's generated configurer, as Camel Main does. {@code #beanName} values refer to beans, e.g. a
 * {@code java.time.Clock} for the {@code clock} option.
 */
@Configuration(proxyBeanMethods = false)
public class WhatsAppCloudComponentProperties {

    static final String PREFIX = "camel.component.whatsapp-cloud";

    @Bean
    ComponentCustomizer whatsAppCloudComponentCustomizer(Environment environment) {
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
            String option = StringHelper.dashToCamelCase(key);
            // checked before binding: a binding error would quote the value, and the value may be a secret
            if (known.getOptionType(option, true) == null) {
                throw new IllegalArgumentException("Unknown option " + PREFIX + "." + key
                                                   + ": see the component options in docs/reference.md");
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
