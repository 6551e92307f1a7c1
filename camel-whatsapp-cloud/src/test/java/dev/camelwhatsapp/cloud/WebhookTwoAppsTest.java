package dev.camelwhatsapp.cloud;

import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Meta apps deliver to one webhook path of one application: each app's consumer receives only what its own app
 * secret signed, even when both would receive the event's number.
 */
class WebhookTwoAppsTest {

    static final String SECRET_OF_APP_A = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
    static final String SECRET_OF_APP_B = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
    static final ReceivedEvents APP_A = new ReceivedEvents();
    static final ReceivedEvents APP_B = new ReceivedEvents();
    static WebhookTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebhookTestServer.start(new RouteBuilder() {
            @Override
            public void configure() {
                from("whatsapp-cloud:*?appSecret=RAW(" + SECRET_OF_APP_A + ")").process(APP_A);
                from("whatsapp-cloud:*?appSecret=RAW(" + SECRET_OF_APP_B + ")").process(APP_B);
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static int post(byte[] body, String secret) {
        return server.post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256",
                signature(secret, body)).statusCode();
    }

    @Test
    void eachAppsConsumerGetsOnlyThePayloadsSignedWithItsSecret() {
        byte[] fromA = Payloads.messagesValue("", Payloads.textMessage("wamid.APP-A", "to app A"));
        byte[] fromB = Payloads.messagesValue("", Payloads.textMessage("wamid.APP-B", "to app B"));

        assertThat(post(fromA, SECRET_OF_APP_A)).isEqualTo(200);
        assertThat(post(fromB, SECRET_OF_APP_B)).isEqualTo(200);
        assertThat(post(Payloads.messagesValue("", Payloads.textMessage("wamid.APP-C", "?")), "a third app"))
                .isEqualTo(403);

        assertThat(APP_A.all()).extracting(received -> received.header(MESSAGE_ID)).containsExactly("wamid.APP-A");
        assertThat(APP_B.all()).extracting(received -> received.header(MESSAGE_ID)).containsExactly("wamid.APP-B");
    }
}
