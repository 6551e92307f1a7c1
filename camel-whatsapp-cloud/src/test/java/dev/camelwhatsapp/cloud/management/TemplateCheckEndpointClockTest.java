package dev.camelwhatsapp.cloud.management;

import java.time.Duration;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudTemplateException;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.emulator.TemplateStatus;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template check's cache expires by the endpoint's {@code clock}, like the window check: with the emulator's
 * virtual clock as that clock, advancing it makes the check read the template again, without waiting in real time.
 */
class TemplateCheckEndpointClockTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    static final long TTL_MILLIS = 60_000;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("virtualClock", emulator.emulator().clock());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:checkedSend").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=%s"
                        + "&templateCheck=true&templateCheckTtl=%d&clock=#virtualClock",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri(), DEFAULT_WABA_ID, TTL_MILLIS);
            }
        };
    }

    @Test
    void aTemplateApprovedMeanwhileIsSeenOnceTheEndpointClockPassedTheTtl() {
        emulator.emulator().setTemplateStatus("hello_world", "en_US", TemplateStatus.PENDING);
        assertThat(checkedSend().getException()).isInstanceOf(WhatsAppCloudTemplateException.class)
                .hasMessageContaining("is PENDING, not APPROVED");

        emulator.emulator().setTemplateStatus("hello_world", "en_US", TemplateStatus.APPROVED);
        emulator.emulator().advanceClock(Duration.ofMillis(TTL_MILLIS - 1_000));
        Exchange withinTtl = checkedSend();
        emulator.emulator().advanceClock(Duration.ofMillis(2_000));
        Exchange pastTtl = checkedSend();

        assertThat(withinTtl.getException()).as("still the cached PENDING").isInstanceOf(
                WhatsAppCloudTemplateException.class);
        assertThat(pastTtl.getException()).isNull();
        assertThat(emulator.emulator().sentMessages()).singleElement().satisfies(sent -> assertThat(sent.id())
                .isEqualTo(pastTtl.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID)));
    }

    private Exchange checkedSend() {
        return template.request("direct:checkedSend", e -> {
            e.getMessage().setBody(TemplateMessage.builder("hello_world", "en_US").build());
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });
    }
}
