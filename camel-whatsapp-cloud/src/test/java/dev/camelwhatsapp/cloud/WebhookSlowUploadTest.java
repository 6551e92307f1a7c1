package dev.camelwhatsapp.cloud;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that announces a body and never finishes sending it does not hold the server: the webhook route's request
 * timeout answers it.
 */
class WebhookSlowUploadTest {

    @Test
    void aStalledUploadIsAnswered503AfterTheRequestTimeout() throws Exception {
        ReceivedEvents received = new ReceivedEvents();
        try (WebhookTestServer server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&webhookRequestTimeout=500")
                        .process(received);
            }
        }); Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.uri("/").getPort()), 5_000);
            socket.setSoTimeout(10_000); // far beyond the request timeout: the answer must come from the server
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + WebhookTestServer.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"object\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            InputStream in = socket.getInputStream();
            byte[] statusLine = in.readNBytes(12);

            assertThat(new String(statusLine, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 503");
            assertThat(received.count()).isZero();
        }
    }
}
