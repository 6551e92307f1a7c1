package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.util.List;

import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.flow.ThroughputTiers;
import dev.camelwhatsapp.cloud.model.inbound.field.MessageEcho;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status webhooks counted per number (states, failure codes, billable messages), webhook intake counted per path, and
 * the fields that change the component's behaviour: real payloads POSTed, signed, to consumers on platform-http.
 */
class WebhookStatisticsAndEffectsTest {

    static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            bindToRegistry("metricsRegistry", METERS);
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&applyThroughputUpgrades=true")
                    .process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    private static void post(String fixture) {
        HttpResponse<String> response = APP.postSigned(fixture(fixture));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static WhatsAppCloudEndpoint endpoint(String uri) {
        return APP.context().getEndpoint(uri, WhatsAppCloudEndpoint.class);
    }

    @Test
    void statusesFailuresBillableIntakeAndDuplicatesAreCounted() {
        WhatsAppCloudEndpoint number = endpoint("whatsapp-cloud:" + PHONE_NUMBER_ID + "?accessToken=t");
        long payloadsBefore = number.getWebhookPayloads();

        post("statuses-lifecycle.json");
        post("status-failed.json");
        post("statuses-lifecycle.json"); // Meta delivers again: routed once, counted once
        HttpResponse<String> forged = APP.server().post(WebhookTestServer.PATH, fixture("status-failed.json"),
                "Content-Type", "application/json", "X-Hub-Signature-256", "sha256=" + "0".repeat(64));
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(number.getWebhookStatuses()).contains("delivered=1", "failed=1", "read=1", "sent=1");
        assertThat(number.getWebhookFailuresByErrorCode()).isEqualTo("131047=1");
        assertThat(number.getWebhookBillable()).as("billed once, on delivery").isEqualTo("utility/regular=1");
        assertThat(number.getWebhookDuplicatesDropped()).isEqualTo(3);
        assertThat(number.getWebhookPayloads() - payloadsBefore).isEqualTo(3);
        assertThat(number.getWebhookRejections()).contains("signature_mismatch=1");

        io.micrometer.core.instrument.search.Search delivered = METERS.find("whatsapp.cloud.webhook.statuses")
                .tags("phoneNumberId", PHONE_NUMBER_ID, "status", "delivered");
        assertThat(delivered.functionCounter().count()).isEqualTo(1.0);
        assertThat(METERS.find("whatsapp.cloud.webhook.failures").tags("code", "131047").functionCounter().count())
                .isEqualTo(1.0);
        assertThat(METERS.find("whatsapp.cloud.webhook.billable")
                .tags("category", "utility", "pricingType", "regular").functionCounter().count()).isEqualTo(1.0);
        assertThat(METERS.find("whatsapp.cloud.webhook.rejections").tags("reason", "signature_mismatch")
                .functionCounter().count()).isEqualTo(1.0);
        assertThat(METERS.find("whatsapp.cloud.webhook.duplicates").functionCounter().count()).isEqualTo(3.0);
    }

    @Test
    void throughputUpgradeRaisesTheNumbersThroughputOnceItsIdIsKnown() {
        ThroughputTiers tiers = FlowDefaults.throughputTiers(APP.context());

        post("message-text.json"); // its metadata pairs the display number with the phone number id
        post("fields/phone_number_quality_update-throughput-upgrade.json");

        assertThat(tiers.messagesPerSecond(PHONE_NUMBER_ID)).hasValue(ThroughputTiers.HIGHER_THROUGHPUT);
        assertThat(tiers.throughput(PHONE_NUMBER_ID, 80).interval()).isEqualTo(java.time.Duration.ofMillis(1));
    }

    @Test
    void echoesArriveTypedWithoutOpeningAWindow() {
        RECEIVED.clear();
        post("fields/smb_message_echoes.json");

        List<ReceivedEvents.Received> echoes = RECEIVED.all();
        assertThat(echoes).hasSize(2);
        assertThat(echoes.get(0).body()).isInstanceOf(MessageEcho.class);
        assertThat(echoes.get(0).headers()).containsEntry(WhatsAppCloudConstants.EVENT_TYPE, "smb_message_echoes")
                .doesNotContainKey(WhatsAppCloudConstants.FROM);
        assertThat(FlowDefaults.conversationWindowStore(APP.context())
                .lastInbound(PHONE_NUMBER_ID, "16505550000")).isEmpty();
    }
}
