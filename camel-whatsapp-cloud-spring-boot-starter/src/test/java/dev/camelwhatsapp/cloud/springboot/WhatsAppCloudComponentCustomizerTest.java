package dev.camelwhatsapp.cloud.springboot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.camelwhatsapp.cloud.WhatsAppCloudComponent;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * How {@code camel.component.whatsapp-cloud.*} reaches the component, without starting an application.
 */
class WhatsAppCloudComponentCustomizerTest {

    private final MockEnvironment environment = new MockEnvironment();
    private final CamelContext camelContext = new DefaultCamelContext();

    // as on Spring Boot: the customizer is a bean, Camel runs it when it creates the component
    WhatsAppCloudComponentCustomizerTest() {
        camelContext.getRegistry().bind("whatsAppCloudComponentCustomizer",
                new WhatsAppCloudComponentAutoConfiguration().whatsAppCloudComponentCustomizer(environment));
    }

    @AfterEach
    void close() throws Exception {
        camelContext.close();
    }

    @Test
    void dashCaseOptionsPlaceholdersAndBeanReferencesAreApplied() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        camelContext.getRegistry().bind("shopClock", clock);
        environment.withProperty("whatsapp.token", "token-from-the-environment")
                .withProperty("camel.component.whatsapp-cloud.access-token", "${whatsapp.token}")
                .withProperty("camel.component.whatsapp-cloud.max-messages-per-second", "20")
                .withProperty("camel.component.whatsapp-cloud.window-policy", "template")
                .withProperty("camel.component.whatsapp-cloud.clock", "#shopClock");

        WhatsAppCloudComponent component = camelContext.getComponent("whatsapp-cloud", WhatsAppCloudComponent.class);

        assertThat(component.getConfiguration().getAccessToken()).isEqualTo("token-from-the-environment");
        assertThat(component.getConfiguration().getMaxMessagesPerSecond()).isEqualTo(20);
        assertThat(component.getConfiguration().getWindowPolicy()).isEqualTo(WindowPolicy.template);
        assertThat(component.getConfiguration().getClock()).isSameAs(clock);
    }

    @Test
    void theSwitchOfTheAutoConfigurationIsNotTakenForAnOption() {
        environment.withProperty("camel.component.whatsapp-cloud.enabled", "true")
                .withProperty("camel.component.whatsapp-cloud.waba-id", "102290129340398");

        WhatsAppCloudComponent component = camelContext.getComponent("whatsapp-cloud", WhatsAppCloudComponent.class);

        assertThat(component.getConfiguration().getWabaId()).isEqualTo("102290129340398");
    }

    @Test
    void aMisspeltOptionStopsTheStartWithoutQuotingItsValue() {
        environment.withProperty("camel.component.whatsapp-cloud.acces-token", "a-secret-value");

        assertThatException().isThrownBy(() -> camelContext.getComponent("whatsapp-cloud"))
                .satisfies(refused -> assertThat(refused).rootCause().isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("camel.component.whatsapp-cloud.acces-token"))
                .satisfies(refused -> assertThat(messagesOf(refused)).doesNotContain("a-secret-value"));
    }

    private static String messagesOf(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause).append('\n');
        }
        return messages.toString();
    }
}
