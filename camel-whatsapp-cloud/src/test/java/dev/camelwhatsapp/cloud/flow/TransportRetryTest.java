package dev.camelwhatsapp.cloud.flow;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.WhatsAppCloudEndpoint;
import dev.camelwhatsapp.cloud.flow.internal.TransportFailures;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Requests that provably never left are sent again by the producer's redelivery: a Graph API that is restarting
 * refuses connections, and the requests queued on a connection it closed are reported as not executed.
 */
class TransportRetryTest extends CamelTestSupport {

    @Test
    void aRequestReportedAsNotExecutedProvablyNeverLeft() {
        assertThat(TransportFailures.provablyUnsent(new RequestNotExecutedException())).isTrue();
        assertThat(TransportFailures.unanswered(new RequestNotExecutedException())).isFalse();
        // a connection closed in any other way may have carried the request
        assertThat(TransportFailures.provablyUnsent(new ConnectionClosedException())).isFalse();
        assertThat(TransportFailures.unanswered(new ConnectionClosedException())).isTrue();
    }

    @Test
    void aSendDuringARestartOfTheServerIsRetriedAndGoesOutOnce() throws Exception {
        int port = freePort();
        String uri = "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken=" + DEFAULT_ACCESS_TOKEN
                + "&windowPolicy=off&redeliveryDelay=100&jitter=0&maximumRedeliveries=50"
                + "&maximumRedeliveryDelay=200&baseUri=http://127.0.0.1:" + port;
        WhatsAppCloudEmulator before = WhatsAppCloudEmulator.builder().port(port).acceptAnyRecipient(true).build();
        before.start();
        assertThat(send(uri, "15550001000").getException()).isNull(); // a pooled keep-alive connection now exists
        before.stop();

        CompletableFuture<Exchange> duringRestart = CompletableFuture.supplyAsync(() -> send(uri, "15550002000"));
        WhatsAppCloudEndpoint endpoint = context.getEndpoint(uri, WhatsAppCloudEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> endpoint.getRedeliveries() >= 1);
        try (WhatsAppCloudEmulator after = WhatsAppCloudEmulator.builder().port(port).acceptAnyRecipient(true)
                .build()) {
            after.start();

            Exchange sent = duringRestart.get(20, TimeUnit.SECONDS);

            assertThat(sent.getException()).isNull();
            assertThat(sent.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class)).startsWith(
                    "wamid.");
            assertThat(after.sentMessages()).hasSize(1);
            assertThat(endpoint.getMessagesFailed()).isZero();
        }
    }

    Exchange send(String uri, String to) {
        return template.request(uri, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, to);
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
