package dev.camelwhatsapp.cloud;

import java.io.StringWriter;

import dev.camelwhatsapp.cloud.management.TokenInfo;
import dev.camelwhatsapp.emulator.RecordedRequest;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access token must not leak: not in logs at any level of the component or of Camel, not in exception messages,
 * not in the endpoint's toString, not in the headers an exchange carries on.
 *
 * <p>
 * Apache HttpClient's own wire and header loggers print raw HTTP traffic, Authorization included, when set to DEBUG;
 * that is documented as a debugging-only setting and kept at INFO here.
 */
class SecretMaskingTest extends CamelTestSupport {

    static final String TOKEN = "EAAJBsecretTokenValue0123456789";
    static final String PROXY_PASSWORD = "proxySecretValue987";
    static final StringWriter LOG = new StringWriter();

    /** Takes only {@link #TOKEN}: an answered request carried it. */
    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().accessToken(TOKEN)).resetBeforeEachTest();

    @BeforeAll
    static void captureEverythingAtDebug() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        WriterAppender appender = WriterAppender.newBuilder().setName("capture").setTarget(LOG)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build()).build();
        appender.start();
        configuration.addAppender(appender);
        LoggerConfig root = configuration.getRootLogger();
        root.addAppender(appender, Level.DEBUG, null);
        root.setLevel(Level.DEBUG);
        configuration.addLogger("org.apache.hc.client5.http.wire", new LoggerConfig(
                "org.apache.hc.client5.http.wire", Level.INFO, true));
        configuration.addLogger("org.apache.hc.client5.http.headers", new LoggerConfig(
                "org.apache.hc.client5.http.headers", Level.INFO, true));
        context.updateLoggers();
    }

    @AfterAll
    static void restoreLogging() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender("capture");
        Configurator.setRootLevel(Level.INFO);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("whatsapp-cloud", WhatsAppCloudComponent.class).getConfiguration().setAccessToken(TOKEN);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:uri-token")
                        .toF("whatsapp-cloud:106540352242922?accessToken=RAW(%s)&proxyAuthPassword=%s&windowPolicy=off&baseUri=%s",
                                TOKEN, PROXY_PASSWORD, emulator.baseUri())
                        .to("log:sent?showAll=true");
                from("direct:component-token")
                        .toF("whatsapp-cloud:106540352242922?windowPolicy=off&baseUri=%s", emulator.baseUri())
                        .to("log:sent?showAll=true");
            }
        };
    }

    @Test
    void tokenAppearsNowhere() throws Exception {
        Exchange ok = send("direct:uri-token");
        // the emulator checks the token first, then finds it invalidated: 190 with subcode 467
        emulator.emulator().setTokenValid(false);
        Exchange failed = send("direct:component-token");

        // the token did go out, as a Bearer header, so the test would notice a token that was never used: the
        // emulator answered the first send and refused the second only for the token's invalidation, not its value
        assertThat(ok.getException()).isNull();
        assertThat(ok.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)).startsWith("wamid.");
        assertThat(failed.getException()).isInstanceOfSatisfying(
                dev.camelwhatsapp.cloud.api.WhatsAppCloudTokenException.class,
                e -> assertThat(e.getSubcode()).contains(467));
        assertThat(failed.getException().getMessage()).doesNotContain(TOKEN);
        assertThat(ok.getMessage().getHeaders().toString()).doesNotContain(TOKEN);
        context.getEndpoints().forEach(endpoint -> assertThat(endpoint.toString())
                .doesNotContain(TOKEN).doesNotContain(PROXY_PASSWORD));
        assertThat(LOG.toString())
                .contains("DEBUG") // debug logging did happen
                .doesNotContain(TOKEN)
                .doesNotContain(PROXY_PASSWORD);
    }

    /**
     * Meta documents {@code debug_token} only as a GET with the inspected token in the {@code input_token} query
     * parameter, so that request line holds it. No logger of the component or of Camel prints it; HttpClient's
     * exec-chain loggers print request lines at DEBUG (see docs/production-checklist.md, secrets).
     */
    @Test
    void debugTokenKeepsTheTokenOutOfEveryLogButHttpClientsOwn() throws Exception {
        int from = LOG.getBuffer().length();

        Exchange debugged = template.request("direct:component-token",
                e -> e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.debugToken));

        assertThat(debugged.getException()).isNull();
        RecordedRequest request = emulator.emulator().receivedRequests().get(0);
        assertThat(request.path()).endsWith("/debug_token");
        assertThat(request.query()).containsKey("input_token"); // where Meta wants it
        // the emulator reports the token valid only when input_token is its token
        assertThat(debugged.getMessage().getBody(TokenInfo.class).valid()).isTrue();
        String logged = LOG.getBuffer().substring(from);
        assertThat(logged).contains("debug_token");
        assertThat(logged.lines().filter(line -> !line.contains(" org.apache.hc.")))
                .noneMatch(line -> line.contains(TOKEN));
    }

    private Exchange send(String uri) {
        return template.request(uri, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
        });
    }
}
