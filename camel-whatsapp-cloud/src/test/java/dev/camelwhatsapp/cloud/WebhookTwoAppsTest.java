package dev.camelwhatsapp.cloud;

import dev.camelwhatsapp.cloud.test.Payloads;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW(" + SECRET_OF_APP_A + ")").to("mock:appA");
            from("whatsapp-cloud:*?appSecret=RAW(" + SECRET_OF_APP_B + ")").to("mock:appB");
        }
    });

    static int post(byte[] body, String secret) {
        return APP.server().post(PATH, body, "Content-Type", "application/json", "X-Hub-Signature-256",
                signature(secret, body)).statusCode();
    }

    @Test
    void eachAppsConsumerGetsOnlyThePayloadsSignedWithItsSecret() throws InterruptedException {
        byte[] fromA = Payloads.messagesValue("", Payloads.textMessage("wamid.APP-A", "to app A"));
        byte[] fromB = Payloads.messagesValue("", Payloads.textMessage("wamid.APP-B", "to app B"));
        // exactly these, and nothing else
        MockEndpoint.resolve(APP.context(), "mock:appA").expectedHeaderValuesReceivedInAnyOrder(MESSAGE_ID,
                "wamid.APP-A");
        MockEndpoint.resolve(APP.context(), "mock:appB").expectedHeaderValuesReceivedInAnyOrder(MESSAGE_ID,
                "wamid.APP-B");

        assertThat(post(fromA, SECRET_OF_APP_A)).isEqualTo(200);
        assertThat(post(fromB, SECRET_OF_APP_B)).isEqualTo(200);
        assertThat(post(Payloads.messagesValue("", Payloads.textMessage("wamid.APP-C", "?")), "a third app"))
                .isEqualTo(403);

        MockEndpoint.assertIsSatisfied(APP.context());
    }
}
