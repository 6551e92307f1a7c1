package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;

import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PATH;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.VERIFY_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta's verification GET on the real HTTP server: the raw challenge for the right token, 403 for anything else, and
 * no signature asked for.
 */
class WebhookVerificationRequestTest {

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&verifyToken=RAW(" + VERIFY_TOKEN + ")")
                    .process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    @Test
    void matchingTokenGetsTheRawChallengeAsPlainText() {
        long verifiedBefore = consumerEndpoint().getWebhookVerifications();

        HttpResponse<String> response = APP.server().get(PATH
                + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token="
                + VERIFY_TOKEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(RECEIVED.count()).as("a verification is no event").isZero();
        assertThat(consumerEndpoint().getWebhookVerifications()).isEqualTo(verifiedBefore + 1);
    }

    @Test
    void parametersAreUrlDecoded() {
        HttpResponse<String> response = APP.server().get(PATH + "?hub.mode=subscribe&hub.verify_token=a%20b%2Bc%26d"
                + "&hub.challenge=x%2By%20z");

        assertThat(response.statusCode()).as("token 'a b+c&d' is not configured").isEqualTo(403);

        HttpResponse<String> encodedToken = APP.server().get(PATH
                + "?hub.verify_token=verify%2Dme%2D7Qz&hub.mode=subscribe"
                + "&hub.challenge=chal%2Blenge%20%C3%A9");
        assertThat(encodedToken.statusCode()).isEqualTo(200);
        assertThat(encodedToken.body()).isEqualTo("chal+lenge é");
    }

    @Test
    void wrongTokenIsForbidden() {
        long verifiedBefore = consumerEndpoint().getWebhookVerifications();

        HttpResponse<String> response = APP.server().get(PATH
                + "?hub.mode=subscribe&hub.challenge=42&hub.verify_token=nope");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("42").doesNotContain(VERIFY_TOKEN);
        assertThat(consumerEndpoint().getWebhookVerifications()).isEqualTo(verifiedBefore);
    }

    private static WhatsAppCloudEndpoint consumerEndpoint() {
        return APP.context().getEndpoints().stream().filter(WhatsAppCloudEndpoint.class::isInstance)
                .map(WhatsAppCloudEndpoint.class::cast).findFirst().orElseThrow();
    }

    @Test
    void wrongOrMissingModeIsForbidden() {
        assertThat(APP.server().get(PATH + "?hub.mode=unsubscribe&hub.challenge=42&hub.verify_token=" + VERIFY_TOKEN)
                .statusCode()).isEqualTo(403);
        assertThat(APP.server().get(PATH + "?hub.challenge=42&hub.verify_token=" + VERIFY_TOKEN).statusCode())
                .isEqualTo(403);
    }

    @Test
    void missingChallengeOrTokenIsForbidden() {
        assertThat(APP.server().get(PATH + "?hub.mode=subscribe&hub.verify_token=" + VERIFY_TOKEN).statusCode())
                .isEqualTo(403);
        assertThat(APP.server().get(PATH + "?hub.mode=subscribe&hub.challenge=42").statusCode()).isEqualTo(403);
        assertThat(APP.server().get(PATH).statusCode()).isEqualTo(403);
    }
}
