package dev.camelwhatsapp.cloud.springboot;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter in a Spring Boot application context, found through its auto-configuration imports. */
class WhatsAppCloudComponentAutoConfigurationTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    WhatsAppCloudComponentAutoConfiguration.class));

    @Test
    void applicationPropertiesConfigureTheComponent() {
        application.withPropertyValues(
                "camel.component.whatsapp-cloud.access-token=token-from-application-properties",
                "camel.component.whatsapp-cloud.window-policy=strict",
                "camel.component.whatsapp-cloud.maxMessagesPerSecond=40")
                .run(context -> {
                    WhatsAppCloudComponent component = context.getBean(CamelContext.class)
                            .getComponent("whatsapp-cloud", WhatsAppCloudComponent.class);

                    assertThat(component.getConfiguration().getAccessToken())
                            .isEqualTo("token-from-application-properties");
                    assertThat(component.getConfiguration().getWindowPolicy()).isEqualTo(WindowPolicy.strict);
                    assertThat(component.getConfiguration().getMaxMessagesPerSecond()).isEqualTo(40);
                });
    }

    @Test
    void springBootFindsItOnTheClasspath() {
        // what @EnableAutoConfiguration reads
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(WhatsAppCloudComponentAutoConfiguration.class.getName());
    }

    @Test
    void enabledFalseLeavesTheComponentAlone() {
        application.withPropertyValues(
                "camel.component.whatsapp-cloud.enabled=false",
                "camel.component.whatsapp-cloud.waba-id=102290129340398")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
                    WhatsAppCloudComponent component = context.getBean(CamelContext.class)
                            .getComponent("whatsapp-cloud", WhatsAppCloudComponent.class);
                    assertThat(component.getConfiguration().getWabaId()).isNull();
                });
    }
}
