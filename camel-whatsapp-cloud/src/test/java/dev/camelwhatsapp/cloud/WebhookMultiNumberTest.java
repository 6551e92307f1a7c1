package dev.camelwhatsapp.cloud;

import java.nio.charset.StandardCharsets;

import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.signature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several consumers on one webhook path: each number's consumer gets only its number's events, account-level events
 * go to the consumer of their WABA, a {@code *} consumer gets everything it asks for.
 */
class WebhookMultiNumberTest {

    static final String FIRST_NUMBER = "106540352242922";
    static final String FIRST_WABA = "102290129340398";
    static final String SECOND_NUMBER = "207651463353033";

    static final ReceivedEvents SECOND = new ReceivedEvents();
    static final ReceivedEvents STATUSES_OF_ALL = new ReceivedEvents();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(first -> new RouteBuilder() {
        @Override
        public void configure() {
            String secret = "appSecret=RAW(" + APP_SECRET + ")";
            from("whatsapp-cloud:" + FIRST_NUMBER + "?" + secret + "&wabaId=" + FIRST_WABA).routeId("first")
                    .process(first);
            from("whatsapp-cloud:" + SECOND_NUMBER + "?" + secret).routeId("second").process(SECOND);
            from("whatsapp-cloud:*?" + secret + "&webhookPath=/all&events=status, error").routeId("all")
                    .process(STATUSES_OF_ALL);
        }
    });
    static final ReceivedEvents FIRST = APP.received();

    @BeforeEach
    void clear() {
        SECOND.clear();
        STATUSES_OF_ALL.clear();
    }

    @Test
    void eachNumberReceivesOnlyItsOwnEvents() {
        assertThat(APP.postSigned(fixture("batch.json")).statusCode()).isEqualTo(200);

        assertThat(FIRST.all()).extracting(r -> r.header(EVENT_TYPE)).containsExactly("message", "message",
                "message", "status", "status", "message_template_status_update");
        assertThat(FIRST.all()).filteredOn(r -> r.header(PHONE_NUMBER_ID) != null)
                .allSatisfy(r -> assertThat(r.header(PHONE_NUMBER_ID)).isEqualTo(FIRST_NUMBER));
        assertThat(SECOND.all()).extracting(r -> r.header(EVENT_TYPE)).containsExactly("status", "status", "error",
                "error");
        assertThat(SECOND.all()).allSatisfy(r -> assertThat(r.header(PHONE_NUMBER_ID)).isEqualTo(SECOND_NUMBER));
        assertThat(STATUSES_OF_ALL.count()).as("another path").isZero();
    }

    @Test
    void anyNumberConsumerFiltersByEventType() {
        byte[] batch = fixture("batch.json");

        assertThat(APP.server().post("/all", batch, "Content-Type", "application/json", "X-Hub-Signature-256",
                signature(APP_SECRET, batch)).statusCode()).isEqualTo(200);

        assertThat(STATUSES_OF_ALL.all()).extracting(r -> r.header(EVENT_TYPE)).containsExactly("status", "status",
                "status", "status", "error", "error");
        assertThat(FIRST.count() + SECOND.count()).isZero();
    }

    @Test
    void eventsOfAnUnknownNumberAreAcknowledgedAndDropped() {
        byte[] other = fixture("message-text.json", FIRST_NUMBER, "999999999999999");

        assertThat(APP.postSigned(other).statusCode()).isEqualTo(200);
        assertThat(FIRST.count() + SECOND.count()).isZero();
    }

    @Test
    void pathIsServedWhileOneOfItsConsumersRuns() throws Exception {
        // errors carry no id: their content is their identity, so these must differ from the batch's errors
        byte[] forSecond = new String(
                fixture("value-errors.json", FIRST_NUMBER, SECOND_NUMBER),
                StandardCharsets.UTF_8).replace("131045", "131001").replace("131000", "131002")
                .getBytes(StandardCharsets.UTF_8);
        try {
            APP.context().getRouteController().stopRoute("first");
            assertThat(APP.postSigned(forSecond).statusCode()).isEqualTo(200);
            assertThat(SECOND.count()).isEqualTo(2);

            APP.context().getRouteController().stopRoute("second");
            assertThat(APP.postSigned(forSecond).statusCode()).as("no consumer left: not served").isEqualTo(404);
        } finally {
            APP.context().getRouteController().startRoute("first");
            APP.context().getRouteController().startRoute("second");
        }
        assertThat(APP.postSigned(fixture("message-text.json", "wamid.HBgL", "wamid.BACK")).statusCode())
                .isEqualTo(200);
        assertThat(FIRST.count()).isEqualTo(1);
    }
}
