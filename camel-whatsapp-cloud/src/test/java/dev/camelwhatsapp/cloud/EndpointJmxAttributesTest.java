package dev.camelwhatsapp.cloud;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudUndeliverableException;
import dev.camelwhatsapp.cloud.flow.ConversationWindowClosedException;
import dev.camelwhatsapp.cloud.flow.InMemoryConversationWindowStore;
import dev.camelwhatsapp.cloud.test.CountedSends;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint's send counters as Camel exposes them: attributes of the endpoint's MBean, read through the platform
 * MBeanServer by ObjectName, as JConsole, VisualVM, Jolokia or Hawtio read them.
 */
class EndpointJmxAttributesTest extends CamelTestSupport {

    static final String CONTEXT_NAME = "jmx-attributes";
    static final String NUMBER = CountedSends.NUMBER;
    static final String USER = CountedSends.USER;
    static final Instant NOW = CountedSends.NOW;

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    final InMemoryConversationWindowStore windows = new InMemoryConversationWindowStore();
    final MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();

    EndpointJmxAttributesTest() {
        // camel-test disables JMX unless asked; an application gets it with camel-management on its classpath
        testConfiguration().withJMX(true);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getCamelContextExtension().setName(CONTEXT_NAME);
        CountedSends.bind(context, windows);
        return context;
    }

    static String uri() {
        // one user's sends 200 ms apart, so that a retry and the next send wait for their slot
        return CountedSends.endpoint(emulator, 200, "");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to(uri());
            }
        };
    }

    Exchange send(String text, String to) {
        return template.request("direct:send", e -> {
            e.getMessage().setBody(text);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }

    @Test
    void theSendCountersAreAttributesOfTheEndpointMBean() throws Exception {
        windows.recordInbound(NUMBER, USER, NOW);
        emulator.emulator().injectFault(Fault.graphError(131016));
        assertThat(send("Your order shipped", USER).getException()).isNull();
        emulator.emulator().injectFault(Fault.graphError(131026));
        assertThat(send("Your parcel is waiting", USER).getException())
                .isInstanceOf(WhatsAppCloudUndeliverableException.class);
        assertThat(send("Hello stranger", "15557654321").getException())
                .isInstanceOf(ConversationWindowClosedException.class);

        ObjectName name = endpointMBean();

        assertThat(name.getDomain()).isEqualTo("org.apache.camel");
        assertThat(name.getKeyProperty("context")).isEqualTo(CONTEXT_NAME);
        assertThat(name.getKeyProperty("type")).isEqualTo("endpoints");
        // the endpoint's URI, its secrets masked
        assertThat(ObjectName.unquote(name.getKeyProperty("name")))
                .startsWith("whatsapp-cloud://" + NUMBER + "?accessToken=xxxxxx&");
        assertThat(attribute(name, "MessagesSent")).isEqualTo(1L);
        assertThat(attribute(name, "MessagesFailed")).isEqualTo(1L);
        assertThat(attribute(name, "FailuresByErrorCode")).isEqualTo("131026=1");
        assertThat(attribute(name, "Redeliveries")).isEqualTo(1L);
        assertThat(attribute(name, "RedeliveriesByErrorCode")).isEqualTo("131016=1");
        assertThat((Long) attribute(name, "ThrottledSends")).isPositive();
        assertThat((Long) attribute(name, "ThrottledWaitMillis")).isPositive();
        assertThat(attribute(name, "ThrottleRefused")).isEqualTo(0L);
        assertThat(attribute(name, "WindowsRefused")).isEqualTo(1L);
        assertThat(attribute(name, "FallbackTemplatesSent")).isEqualTo(0L);
    }

    @Test
    void eachAttributeIsDescribedAndReadOnly() throws Exception {
        MBeanAttributeInfo[] attributes = mbeans.getMBeanInfo(endpointMBean()).getAttributes();

        assertThat(Arrays.stream(attributes).filter(a -> Set.of("MessagesSent", "MessagesFailed",
                "FailuresByErrorCode", "Redeliveries", "RedeliveriesByErrorCode", "ThrottledSends",
                "ThrottledWaitMillis", "ThrottleRefused", "WindowsRefused", "FallbackTemplatesSent")
                .contains(a.getName())))
                .hasSize(10)
                .allSatisfy(a -> {
                    assertThat(a.isReadable()).isTrue();
                    assertThat(a.isWritable()).isFalse();
                    assertThat(a.getDescription()).isNotBlank().isNotEqualTo(a.getName());
                });
    }

    /** Found as a monitoring tool finds it: by a pattern of Camel's endpoint ObjectNames. */
    ObjectName endpointMBean() throws Exception {
        Set<ObjectName> names = mbeans.queryNames(
                new ObjectName("org.apache.camel:context=" + CONTEXT_NAME + ",type=endpoints,*"), null);
        assertThat(names).as("endpoint MBeans").isNotEmpty();
        return names.stream()
                .filter(n -> ObjectName.unquote(n.getKeyProperty("name")).startsWith("whatsapp-cloud:"))
                .findFirst().orElseThrow(() -> new AssertionError("no whatsapp-cloud endpoint among " + names));
    }

    Object attribute(ObjectName name, String attribute) throws Exception {
        return mbeans.getAttribute(name, attribute);
    }
}
