package dev.camelwhatsapp.cloud;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudBadRequestException;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudWindowClosedException;
import dev.camelwhatsapp.cloud.flow.ConversationWindowClosedException;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One root for the component's exceptions, and one {@code onException} clause for a closed window whether the
 * component found it out before sending or Meta answered 131047 — with a catch-all clause present, which must not
 * take either.
 */
class ExceptionHierarchyTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().acceptAnyRecipient(true)).resetBeforeEachTest();

    static String uri(String options) {
        return "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN + "&baseUri="
                + emulator.baseUri() + options;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(WhatsAppCloudException.class).onWhen(WindowClosed.CAUGHT).handled(true)
                        .to("mock:windowClosed");
                onException(WhatsAppCloudException.class).handled(true).to("mock:componentFailure");
                onException(Exception.class).handled(true).to("mock:anyOtherFailure");

                from("direct:windowChecked").to(uri(""));
                from("direct:windowUnchecked").to(uri("&windowPolicy=off"));
            }
        };
    }

    private Exchange text(String route) {
        return template.request(route, e -> {
            e.getMessage().setBody("Your order has shipped");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
        });
    }

    private static Object caught(MockEndpoint mock, int index) {
        return mock.getReceivedExchanges().get(index).getProperty(Exchange.EXCEPTION_CAUGHT);
    }

    @Test
    void oneClauseCatchesAWindowClosedFoundByTheComponentAndOneReportedByMeta() throws Exception {
        MockEndpoint windowClosed = getMockEndpoint("mock:windowClosed");
        windowClosed.expectedMessageCount(2);
        getMockEndpoint("mock:componentFailure").expectedMessageCount(0);
        getMockEndpoint("mock:anyOtherFailure").expectedMessageCount(0);

        text("direct:windowChecked");
        emulator.emulator().injectFault(Fault.graphError(131047));
        text("direct:windowUnchecked");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(caught(windowClosed, 0)).isInstanceOf(ConversationWindowClosedException.class);
        assertThat(caught(windowClosed, 1)).isInstanceOf(WhatsAppCloudWindowClosedException.class);
        assertThat(emulator.emulator().sentMessages()).isEmpty();
    }

    @Test
    void theRootCatchesEveryOtherFailureOfTheComponent() throws Exception {
        MockEndpoint componentFailure = getMockEndpoint("mock:componentFailure");
        componentFailure.expectedMessageCount(1);
        getMockEndpoint("mock:windowClosed").expectedMessageCount(0);
        getMockEndpoint("mock:anyOtherFailure").expectedMessageCount(0);

        emulator.emulator().injectFault(Fault.graphError(100));
        text("direct:windowUnchecked");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(caught(componentFailure, 0)).isInstanceOf(WhatsAppCloudBadRequestException.class);
    }

    @Test
    void invalidInputStaysAnIllegalArgumentExceptionMarkedAsTheComponents() {
        assertThat(new InvalidMessageException("to", "to: must be a phone number", -1, -1))
                .isInstanceOf(IllegalArgumentException.class).isInstanceOf(WhatsAppCloudFailure.class)
                .isNotInstanceOf(WhatsAppCloudException.class);
    }

    @Test
    void everyPublicExceptionOfTheComponentIsMarkedAndAllButInvalidInputShareTheRoot() throws Exception {
        List<Class<?>> exceptions = publicExceptionClasses();

        assertThat(exceptions).hasSizeGreaterThan(15);
        assertThat(exceptions).allSatisfy(type -> assertThat(WhatsAppCloudFailure.class).isAssignableFrom(type));
        assertThat(exceptions).filteredOn(type -> !WhatsAppCloudException.class.isAssignableFrom(type))
                .allSatisfy(type -> assertThat(IllegalArgumentException.class).isAssignableFrom(type));
    }

    private static List<Class<?>> publicExceptionClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(WhatsAppCloudException.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(".class", "")
                            .replace(file.getFileSystem().getSeparator(), "."))
                    .map(ExceptionHierarchyTest::load)
                    .filter(type -> Throwable.class.isAssignableFrom(type) && Modifier.isPublic(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ExceptionHierarchyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
