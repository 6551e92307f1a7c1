package dev.camelwhatsapp.cloud.webhook;

import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.DISPLAY_PHONE_NUMBER;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.WABA_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.parse;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

class StatusErrorAndFieldParsingTest {

    private static final WebhookContext MESSAGES_CONTEXT
            = new WebhookContext(WABA_ID, "messages", PHONE_NUMBER_ID, DISPLAY_PHONE_NUMBER);

    @Test
    void statusesOfOneMessageEachBecomeAnEvent() {
        List<WebhookEventEnvelope> events = parse("statuses-lifecycle.json");

        assertThat(events).extracting(WebhookEventEnvelope::eventType).containsOnly("status");
        assertThat(events).extracting(WebhookEventEnvelope::status).containsExactly("sent", "delivered", "read");
        assertThat(events).extracting(WebhookEventEnvelope::dedupKey)
                .containsExactly("status:wamid.OUT01:sent", "status:wamid.OUT01:delivered", "status:wamid.OUT01:read");

        WebhookEventEnvelope sent = events.get(0);
        assertThat(sent.phoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(sent.wabaId()).isEqualTo(WABA_ID);
        assertThat(sent.messageId()).isEqualTo("wamid.OUT01");
        assertThat(sent.messageType()).isNull();
        assertThat(sent.from()).isNull();
        assertThat(sent.contactName()).isNull();
        assertThat(sent.recipientId()).isEqualTo("16505551234");
        assertThat(sent.userId()).isNull();
        assertThat(sent.timestamp()).isEqualTo(Instant.ofEpochSecond(1750098000L));
        assertThat(sent.errorCode()).isNull();
        assertThat(sent.callbackData()).isEqualTo("order-4711");

        MessageStatus status = (MessageStatus) sent.event();
        assertThat(status.webhookContext()).isEqualTo(MESSAGES_CONTEXT);
        assertThat(status.id()).isEqualTo("wamid.OUT01");
        assertThat(status.status()).isEqualTo("sent");
        assertThat(status.failed()).isFalse();
        assertThat(status.timestamp()).isEqualTo(Instant.ofEpochSecond(1750098000L));
        assertThat(status.recipientId()).isEqualTo("16505551234");
        assertThat(status.recipientUserId()).isNull();
        assertThat(status.bizOpaqueCallbackData()).isEqualTo("order-4711");
        assertThat(status.conversation()).isEqualTo(new MessageStatus.Conversation(
                "6ceb9d929c1f4cd0a6bbd9e4d0b1a2c3",
                Instant.ofEpochSecond(1750184400L), "utility"));
        assertThat(status.pricing()).isEqualTo(new MessageStatus.Pricing(true, "PMP", "utility", "regular"));
        assertThat(status.errors()).isEmpty();
        assertThat(status.json().get("status").asText()).isEqualTo("sent");

        MessageStatus delivered = (MessageStatus) events.get(1).event();
        assertThat(delivered.conversation().expirationTimestamp()).isNull();
        MessageStatus read = (MessageStatus) events.get(2).event();
        assertThat(read.conversation()).isNull();
        assertThat(read.pricing()).isNull();
    }

    @Test
    void failedStatusCarriesItsErrors() {
        WebhookEventEnvelope envelope = single("status-failed.json");
        MessageStatus status = (MessageStatus) envelope.event();

        assertThat(status.failed()).isTrue();
        assertThat(status.errors()).containsExactly(new WebhookErrorDetail(
                131047, "Re-engagement message",
                "Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
                "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"));
        assertThat(envelope.errorCode()).isEqualTo(131047);
        assertThat(envelope.callbackData()).isEqualTo("ticket-42");
        assertThat(envelope.dedupKey()).isEqualTo("status:wamid.OUT02:failed");
    }

    @Test
    void valueErrorsEachBecomeAnErrorEvent() {
        List<WebhookEventEnvelope> events = parse("value-errors.json");

        assertThat(events).hasSize(2);
        assertThat(events).extracting(WebhookEventEnvelope::eventType).containsOnly("error");
        assertThat(events).extracting(WebhookEventEnvelope::errorCode).containsExactly(131045, 131000);

        WebhookEventEnvelope first = events.get(0);
        assertThat(first.phoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(first.wabaId()).isEqualTo(WABA_ID);
        assertThat(first.messageId()).isNull();
        assertThat(first.status()).isNull();
        assertThat(first.timestamp()).isNull();
        assertThat(first.dedupKey()).matches("error:106540352242922:131045:[0-9a-f]{64}");

        WebhookError error = (WebhookError) first.event();
        assertThat(error.webhookContext()).isEqualTo(MESSAGES_CONTEXT);
        assertThat(error.code()).isEqualTo(131045);
        assertThat(error.title()).isEqualTo("Incorrect certificate");
        assertThat(error.message()).isEqualTo("Incorrect certificate");
        assertThat(error.details()).isEqualTo("Message failed to send due to a phone number registration error.");
        assertThat(error.href()).isNull();
        assertThat(error.detail()).isEqualTo(new WebhookErrorDetail(
                131045, "Incorrect certificate",
                "Incorrect certificate", "Message failed to send due to a phone number registration error.", null));
        assertThat(error.json().get("code").asInt()).isEqualTo(131045);
    }

    @Test
    void templateStatusUpdate() {
        WebhookEventEnvelope envelope = single("template-status-update.json");
        TemplateStatusUpdate change = (TemplateStatusUpdate) envelope.event();

        assertThat(envelope.eventType()).isEqualTo("message_template_status_update");
        assertThat(envelope.phoneNumberId()).isNull();
        assertThat(envelope.wabaId()).isEqualTo(WABA_ID);
        assertThat(envelope.messageId()).isNull();
        assertThat(envelope.errorCode()).isNull();
        assertThat(envelope.dedupKey()).matches("message_template_status_update:[0-9a-f]{64}");
        assertThat(change.webhookContext())
                .isEqualTo(new WebhookContext(WABA_ID, "message_template_status_update", null, null));
        assertThat(change.field()).isEqualTo("message_template_status_update");
        assertThat(change.event()).isEqualTo("REJECTED");
        assertThat(change.templateId()).isEqualTo("1689556908129832");
        assertThat(change.templateName()).isEqualTo("order_confirmation");
        assertThat(change.language()).isEqualTo("en_US");
        assertThat(change.reason()).isEqualTo("INCORRECT_CATEGORY");
        assertThat(change.text("current_limit")).isNull();
    }

    @Test
    void phoneNumberQualityUpdate() {
        WebhookEventEnvelope envelope = single("phone-number-quality-update.json");
        PhoneNumberQualityUpdate change = (PhoneNumberQualityUpdate) envelope.event();

        assertThat(envelope.eventType()).isEqualTo("phone_number_quality_update");
        assertThat(envelope.phoneNumberId()).isNull();
        assertThat(change.event()).isEqualTo("DOWNGRADE");
        assertThat(change.currentLimit()).isEqualTo("TIER_1K");
        assertThat(change.oldLimit()).isEqualTo("TIER_10K");
        assertThat(change.displayPhoneNumber()).isEqualTo("15550783881");
        assertThat(change.isThroughputUpgrade()).isFalse();
    }

    @Test
    void accountUpdate() {
        WebhookEventEnvelope envelope = single("account-update.json");
        AccountUpdate change = (AccountUpdate) envelope.event();

        assertThat(envelope.eventType()).isEqualTo("account_update");
        assertThat(change.event()).isEqualTo("ACCOUNT_VIOLATION");
        assertThat(change.text("violation_info")).as("structured values are not text").isNull();
        assertThat(change.json().path("violation_info").path("violation_type").asText()).isEqualTo("SCAM");
        assertThat(change.violationType()).isEqualTo("SCAM");
    }

    @Test
    void unknownFieldPassesThroughWithItsJson() {
        WebhookEventEnvelope envelope = single("unknown-field.json");
        FieldChange change = (FieldChange) envelope.event();

        assertThat(envelope.eventType()).isEqualTo("hologram_updates");
        assertThat(envelope.phoneNumberId()).as("read from value.metadata when present").isEqualTo(PHONE_NUMBER_ID);
        assertThat(change.webhookContext())
                .isEqualTo(new WebhookContext(WABA_ID, "hologram_updates", PHONE_NUMBER_ID, DISPLAY_PHONE_NUMBER));
        assertThat(change.json().path("holograms").get(0).path("state").asText()).isEqualTo("ready");
        assertThat(change.event()).isNull();
    }

    @Test
    void businessScopedUserIdsWithoutWaId() {
        List<WebhookEventEnvelope> events = parse("bsuid-without-wa-id.json");
        assertThat(events).hasSize(2);

        WebhookEventEnvelope messageEnvelope = events.get(0);
        InboundMessage message = (InboundMessage) messageEnvelope.event();
        assertThat(message.from()).isNull();
        assertThat(message.fromUserId()).isEqualTo("US.13491208655302741918");
        assertThat(message.contact()).isEqualTo(new Contact("Maria", "@maria.lopez", null, "US.13491208655302741918"));
        assertThat(messageEnvelope.from()).isNull();
        assertThat(messageEnvelope.userId()).isEqualTo("US.13491208655302741918");
        assertThat(messageEnvelope.contactName()).isEqualTo("Maria");
        assertThat(messageEnvelope.dedupKey()).isEqualTo("message:wamid.BSUID01");

        WebhookEventEnvelope statusEnvelope = events.get(1);
        MessageStatus status = (MessageStatus) statusEnvelope.event();
        assertThat(status.recipientId()).isNull();
        assertThat(status.recipientUserId()).isEqualTo("US.13491208655302741918");
        assertThat(statusEnvelope.recipientId()).isNull();
        assertThat(statusEnvelope.userId()).isEqualTo("US.13491208655302741918");
        assertThat(statusEnvelope.dedupKey()).isEqualTo("status:wamid.OUT-BSUID01:delivered");
    }
}
