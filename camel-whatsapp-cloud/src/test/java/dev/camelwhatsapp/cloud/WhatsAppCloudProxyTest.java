package dev.camelwhatsapp.cloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.test.Relay;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends through an HTTP proxy that asks for Basic credentials, as corporate networks do: the proxy passes requests on to
 * the emulator whatever host they name, so the target host is never resolved and nothing leaves 127.0.0.1.
 */
class WhatsAppCloudProxyTest extends CamelTestSupport {

    private static final String USER = "camel";
    private static final String PASSWORD = "proxyPassword123";
    private static final String GRAPH = "http://graph.example.invalid";

    /** What the proxy was asked to forward, once the client had authenticated. */
    record Forwarded(String method, String target, String bearer) {
    }

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    // the emulator is no proxy: this one asks for credentials, then relays to the emulator
    private static final BlockingQueue<Forwarded> FORWARDED = new LinkedBlockingQueue<>();
    private static HttpServer proxy;

    @BeforeAll
    static void startProxy() throws IOException {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        proxy.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"corporate\"");
                answer(exchange, 407, "text/html", "<html><body>Proxy authentication required</body></html>");
                return;
            }
            FORWARDED.add(new Forwarded(
                    exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Relay.toEmulator(exchange, body, emulator.baseUri());
        });
        proxy.start();
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterAll
    static void stopProxy() {
        proxy.stop(0);
    }

    @BeforeEach
    void forget() {
        FORWARDED.clear();
    }

    Exchange send(String password) {
        return template.request(String.format("whatsapp-cloud:106540352242922?accessToken=%s&windowPolicy=off"
                + "&redelivery=false&baseUri=%s&proxyHost=127.0.0.1&proxyPort=%d"
                + "&proxyAuthUsername=%s&proxyAuthPassword=RAW(%s)",
                DEFAULT_ACCESS_TOKEN, GRAPH, proxy.getAddress().getPort(), USER, password), e -> {
                    e.getMessage().setBody("hi");
                    e.getMessage().setHeader(WhatsAppCloudConstants.TO, "15551234567");
                });
    }

    @Test
    void sendsThroughTheProxyWithItsCredentials() throws InterruptedException {
        Exchange result = send(PASSWORD);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID))
                .isEqualTo(emulator.emulator().sentMessages().get(0).id());
        assertThat(FORWARDED.take()).isEqualTo(new Forwarded(
                "POST",
                GRAPH + "/v26.0/106540352242922/messages", "Bearer " + DEFAULT_ACCESS_TOKEN));
    }

    @Test
    void aRefusingProxyFailsTheExchangeWithItsStatusAndWithoutThePassword() {
        Exchange result = send("wrongPassword456");

        assertThat(result.getException()).isInstanceOfSatisfying(WhatsAppCloudApiException.class,
                refused -> assertThat(refused.getHttpStatus()).isEqualTo(407));
        assertThat(result.getException().getMessage()).doesNotContain("wrongPassword456").doesNotContain("<html>");
        assertThat(FORWARDED).isEmpty();
        assertThat(emulator.emulator().receivedRequests()).isEmpty();
    }
}
