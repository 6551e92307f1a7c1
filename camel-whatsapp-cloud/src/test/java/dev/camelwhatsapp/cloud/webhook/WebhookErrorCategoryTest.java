package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.camelwhatsapp.cloud.api.ErrorCategory;
import dev.camelwhatsapp.cloud.api.GraphApiError;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error of a failed status or an error event is classified by the rule that classifies a failed call: the same
 * code has the same category whichever way Meta reports it.
 */
class WebhookErrorCategoryTest {

    private static final WebhookPayloadParser PARSER = new WebhookPayloadParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "131047, WINDOW_CLOSED",
            "131026, UNDELIVERABLE",
            "130403, UNDELIVERABLE",
            "130429, RATE_LIMIT",
            "131056, RATE_LIMIT",
            "131048, POLICY",
            "131049, POLICY",
            "131050, POLICY",
            "132001, TEMPLATE",
            "132999, TEMPLATE",
            "131053, BAD_REQUEST",
            "131000, SERVICE",
            "190, TOKEN",
            "424242, UNCLASSIFIED" })
    void aFailedStatusHasTheCategoryOfAFailedCallWithTheSameCode(int code, ErrorCategory expected) {
        WebhookEventEnvelope envelope = parseOne(failedStatus(code));

        MessageStatus status = (MessageStatus) envelope.event();
        assertThat(status.errorCategory()).isEqualTo(expected);
        assertThat(status.errors()).singleElement()
                .satisfies(error -> assertThat(error.category()).isEqualTo(expected));
        assertThat(envelope.errorCategory()).isEqualTo(expected);
        // the same code in the answer to a call
        WhatsAppCloudApiException call = WhatsAppCloudApiException.of(
                new GraphApiError(400, code, null, "OAuthException", "failed", null, null, null, null, null, null));
        assertThat(call.getCategory()).isEqualTo(expected);
    }

    @Test
    void theRecordedFailedStatusIsAClosedWindow() {
        WebhookEventEnvelope envelope = single("status-failed.json");

        assertThat(((MessageStatus) envelope.event()).errorCategory()).isEqualTo(ErrorCategory.WINDOW_CLOSED);
        assertThat(envelope.errorCategory()).isEqualTo(ErrorCategory.WINDOW_CLOSED);
    }

    @Test
    void anErrorOnAReceivedMessageIsClassifiedByItsCode() {
        WebhookEventEnvelope unsupported = single("message-unsupported.json");
        WebhookEventEnvelope text = single("message-text.json");

        // 131051, a message type WhatsApp Cloud cannot deliver to the app
        assertThat(((InboundMessage) unsupported.event()).errorCategory()).isEqualTo(ErrorCategory.UNDELIVERABLE);
        assertThat(unsupported.errorCategory()).isEqualTo(ErrorCategory.UNDELIVERABLE);
        assertThat(((InboundMessage) text.event()).errorCategory()).isNull();
        assertThat(text.errorCategory()).isNull();
    }

    @Test
    void anErrorEventIsClassifiedByItsCode() {
        WebhookEventEnvelope envelope = parseOne(valueError(190));

        assertThat(envelope.event()).isInstanceOfSatisfying(WebhookError.class, error -> {
            assertThat(error.category()).isEqualTo(ErrorCategory.TOKEN);
            assertThat(error.detail().category()).isEqualTo(ErrorCategory.TOKEN);
        });
        assertThat(envelope.errorCategory()).isEqualTo(ErrorCategory.TOKEN);
    }

    @Test
    void aStatusWithoutAnErrorHasNoCategoryAndAnErrorWithoutACodeIsUnclassified() {
        WebhookEventEnvelope delivered = parseOne(status("delivered", ""));

        assertThat(((MessageStatus) delivered.event()).errorCategory()).isNull();
        assertThat(delivered.errorCategory()).isNull();
        assertThat(new WebhookErrorDetail(null, "t", "m", null, null).category()).isEqualTo(ErrorCategory.UNCLASSIFIED);
    }

    private static WebhookEventEnvelope parseOne(String payload) {
        List<WebhookEventEnvelope> events = PARSER.parse(payload.getBytes(StandardCharsets.UTF_8));
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String failedStatus(int code) {
        return status("failed", ",\"errors\":[{\"code\":" + code + ",\"title\":\"t\",\"message\":\"t\","
                + "\"error_data\":{\"details\":\"d\"}}]");
    }

    private static String status(String status, String errors) {
        return messagesValue("\"statuses\":[{\"id\":\"wamid.CAT\",\"status\":\"" + status
                + "\",\"timestamp\":\"1750099000\",\"recipient_id\":\"16505551234\"" + errors + "}]");
    }

    private static String valueError(int code) {
        return messagesValue("\"errors\":[{\"code\":" + code + ",\"title\":\"t\",\"message\":\"t\"}]");
    }

    private static String messagesValue(String content) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + Fixtures.WABA_ID
                + "\",\"changes\":[{\"field\":\"messages\",\"value\":{\"messaging_product\":\"whatsapp\","
                + "\"metadata\":{\"display_phone_number\":\"" + Fixtures.DISPLAY_PHONE_NUMBER
                + "\",\"phone_number_id\":\"" + Fixtures.PHONE_NUMBER_ID + "\"}," + content + "}}]}]}";
    }
}
