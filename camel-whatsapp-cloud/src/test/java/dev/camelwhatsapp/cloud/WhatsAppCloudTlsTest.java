package dev.camelwhatsapp.cloud;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.camelwhatsapp.cloud.test.Relay;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends to a Graph API over TLS whose certificate is self-signed: trusted through sslContextParameters, or through the
 * CamelContext's global ones, and refused otherwise. The server's key and the trust store are test resources
 * ({@code tls/}, password {@code test-only}, valid until 2126).
 */
class WhatsAppCloudTlsTest extends CamelTestSupport {

    private static final String PASSWORD = "test-only";
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    // the emulator speaks plain HTTP only: this server is the TLS front, relaying to the emulator
    private static HttpsServer graph;

    @BeforeAll
    static void startGraphApiOverTls() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = WhatsAppCloudTlsTest.class.getResourceAsStream("/tls/graph-stub.p12")) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);

        graph = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        graph.setHttpsConfigurator(new HttpsConfigurator(tls));
        graph.createContext("/", exchange -> {
            REQUESTS.incrementAndGet();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Relay.toEmulator(exchange, body, emulator.baseUri());
        });
        graph.start();
    }

    @AfterAll
    static void stopGraphApi() {
        graph.stop(0);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("graphTls", trustingTheGraphStub());
        WhatsAppCloudComponent global = new WhatsAppCloudComponent();
        global.setUseGlobalSslContextParameters(true);
        context.addComponent("whatsapp-cloud-global-tls", global);
        return context;
    }

    static SSLContextParameters trustingTheGraphStub() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("classpath:tls/graph-stub-trust.p12");
        trustStore.setType("PKCS12");
        trustStore.setPassword(PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }

    Exchange send(String scheme, String options) {
        return template.request(String.format("%s:106540352242922?accessToken=%s&windowPolicy=off&redelivery=false"
                + "&baseUri=https://127.0.0.1:%d%s",
                scheme, DEFAULT_ACCESS_TOKEN, graph.getAddress().getPort(), options), e -> {
                    e.getMessage().setBody("hi");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
                });
    }

    @Test
    void sslContextParametersTrustTheServer() {
        Exchange result = send("whatsapp-cloud", "&sslContextParameters=#graphTls");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID))
                .isEqualTo(emulator.emulator().sentMessages().get(0).id());
    }

    @Test
    void aServerTheJvmDoesNotTrustIsRefusedBeforeAnyRequest() {
        int before = REQUESTS.get();

        Exchange result = send("whatsapp-cloud", "");

        // PKIX path building failed: no trust anchor for the self-signed certificate
        assertThat(result.getException()).isInstanceOf(SSLHandshakeException.class)
                .hasRootCauseInstanceOf(CertPathBuilderException.class);
        assertThat(REQUESTS.get()).isEqualTo(before);
    }

    @Test
    void theContextsGlobalParametersServeEndpointsWithoutTheirOwn() {
        context.setSSLContextParameters(trustingTheGraphStub());

        Exchange result = send("whatsapp-cloud-global-tls", "");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID))
                .isEqualTo(emulator.emulator().sentMessages().get(0).id());
    }

    @Test
    void globalParametersAreIgnoredUnlessTheComponentIsToldToUseThem() {
        context.setSSLContextParameters(trustingTheGraphStub());

        Exchange result = send("whatsapp-cloud", "");

        assertThat(result.getException()).isInstanceOf(SSLHandshakeException.class);
    }
}
