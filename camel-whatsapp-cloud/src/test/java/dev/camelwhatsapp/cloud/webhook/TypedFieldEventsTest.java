package dev.camelwhatsapp.cloud.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.MediaPart;
import dev.camelwhatsapp.cloud.model.inbound.TextPart;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountAlert;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountReviewUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.AppStateSync;
import dev.camelwhatsapp.cloud.model.inbound.field.AutomaticEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.BusinessCapabilityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.CallEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.CallStatus;
import dev.camelwhatsapp.cloud.model.inbound.field.GroupUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.HistoryChunk;
import dev.camelwhatsapp.cloud.model.inbound.field.MessageEcho;
import dev.camelwhatsapp.cloud.model.inbound.field.PartnerSolutionUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PaymentConfigurationUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberNameUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.SecurityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateCategoryUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateComponentsUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.DISPLAY_PHONE_NUMBER;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.WABA_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every webhook field Meta documents becomes its typed record, with the event type its field name and the raw JSON
 * kept; payloads in {@code src/test/resources/webhook/fields}, in the shape of Meta's webhook reference.
 */
class TypedFieldEventsTest {

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("message_template_status_update", TemplateStatusUpdate.class, 1),
                Arguments.of("message_template_status_update-paused", TemplateStatusUpdate.class, 1),
                Arguments.of("template_category_update", TemplateCategoryUpdate.class, 1),
                Arguments.of("message_template_quality_update", TemplateQualityUpdate.class, 1),
                Arguments.of("message_template_components_update", TemplateComponentsUpdate.class, 1),
                Arguments.of("phone_number_quality_update-throughput-upgrade", PhoneNumberQualityUpdate.class, 1),
                Arguments.of("phone_number_name_update", PhoneNumberNameUpdate.class, 1),
                Arguments.of("account_update-violation", AccountUpdate.class, 1),
                Arguments.of("account_update-offboarded", AccountUpdate.class, 1),
                Arguments.of("account_update-volume-tier", AccountUpdate.class, 1),
                Arguments.of("account_alerts", AccountAlert.class, 1),
                Arguments.of("account_review_update", AccountReviewUpdate.class, 1),
                Arguments.of("business_capability_update", BusinessCapabilityUpdate.class, 1),
                Arguments.of("security", SecurityUpdate.class, 1),
                Arguments.of("smb_message_echoes", MessageEcho.class, 2),
                Arguments.of("smb_app_state_sync", AppStateSync.class, 2),
                Arguments.of("history", HistoryChunk.class, 1),
                Arguments.of("history-declined", HistoryChunk.class, 1),
                Arguments.of("group_lifecycle_update", GroupUpdate.class, 1),
                Arguments.of("group_participants_update", GroupUpdate.class, 1),
                Arguments.of("partner_solutions", PartnerSolutionUpdate.class, 1),
                Arguments.of("payment_configuration_update", PaymentConfigurationUpdate.class, 1),
                Arguments.of("automatic_events", AutomaticEvent.class, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void eachDocumentedFieldIsTyped(String fixture, Class<? extends FieldEvent> type, int count) {
        List<WebhookEventEnvelope> events = parse("fields/" + fixture + ".json");
        String field = fixture.contains("-") ? fixture.substring(0, fixture.indexOf('-')) : fixture;

        assertThat(events).hasSize(count);
        assertThat(events).allSatisfy(envelope -> {
            assertThat(envelope.event()).isInstanceOf(type);
            assertThat(envelope.eventType()).isEqualTo(field);
            assertThat(envelope.wabaId()).isEqualTo(WABA_ID);
            FieldEvent event = (FieldEvent) envelope.event();
            assertThat(event.field()).isEqualTo(field);
            assertThat(event.json().isObject()).isTrue();
            // echoes and history are no message from a user: nothing to reply to
            assertThat(envelope.from()).isNull();
        });
        assertThat(events).extracting(WebhookEventEnvelope::dedupKey).doesNotHaveDuplicates();
    }

    @Test
    void unknownFieldsStayFieldChanges() {
        WebhookEvent event = Fixtures.single("unknown-field.json").event();

        assertThat(event).isInstanceOf(FieldChange.class);
    }

    @Test
    void templateStatusUpdateReadsRejectionAndCategory() {
        TemplateStatusUpdate update = only("message_template_status_update", TemplateStatusUpdate.class);

        assertThat(update.event()).isEqualTo("REJECTED");
        assertThat(update.templateId()).isEqualTo("1689556908129832");
        assertThat(update.templateName()).isEqualTo("order_confirmation");
        assertThat(update.language()).isEqualTo("en_US");
        assertThat(update.category()).isEqualTo("MARKETING");
        assertThat(update.reason()).isEqualTo("INCORRECT_CATEGORY");
        assertThat(update.rejectionInfo().recommendation()).startsWith("Choose the UTILITY");
        assertThat(update.blocksSending()).isTrue();

        TemplateStatusUpdate paused = only("message_template_status_update-paused", TemplateStatusUpdate.class);
        assertThat(paused.otherInfo().title()).isEqualTo("FIRST_PAUSE");
        assertThat(paused.reason()).isNull();
        assertThat(paused.blocksSending()).isTrue();
    }

    @Test
    void templateFieldsReadTheirAttributes() {
        TemplateCategoryUpdate category = only("template_category_update", TemplateCategoryUpdate.class);
        assertThat(category.previousCategory()).isEqualTo("UTILITY");
        assertThat(category.newCategory()).isEqualTo("MARKETING");

        TemplateQualityUpdate quality = only("message_template_quality_update", TemplateQualityUpdate.class);
        assertThat(quality.previousQualityScore()).isEqualTo("GREEN");
        assertThat(quality.newQualityScore()).isEqualTo("YELLOW");

        TemplateComponentsUpdate components = only("message_template_components_update",
                TemplateComponentsUpdate.class);
        assertThat(components.body()).isEqualTo("Your order {{1}} ships today.");
        assertThat(components.buttons()).containsExactly(
                new TemplateComponentsUpdate.Button("URL", "Track", "https://example.com/track/{{1}}", null),
                new TemplateComponentsUpdate.Button("PHONE_NUMBER", "Call us", null, "+15550783881"));
    }

    @Test
    void phoneNumberAndAccountFieldsReadTheirAttributes() {
        PhoneNumberQualityUpdate quality = only("phone_number_quality_update-throughput-upgrade",
                PhoneNumberQualityUpdate.class);
        assertThat(quality.isThroughputUpgrade()).isTrue();
        assertThat(quality.displayPhoneNumber()).isEqualTo(DISPLAY_PHONE_NUMBER);
        assertThat(quality.currentLimit()).isEqualTo("TIER_UNLIMITED");
        assertThat(quality.maxDailyConversationsPerBusiness()).isEqualTo("TIER_2K");

        AccountUpdate violation = only("account_update-violation", AccountUpdate.class);
        assertThat(violation.violationType()).isEqualTo("SCAM");
        assertThat(violation.restrictions()).containsExactly(
                new AccountUpdate.Restriction("RESTRICTED_BIZ_INITIATED_MESSAGING", "2026-12-13T13:59:20+0000"));
        assertThat(only("account_update-offboarded", AccountUpdate.class).isOffboarding()).isTrue();
        assertThat(only("account_update-volume-tier", AccountUpdate.class).volumeTierInfo().path("tier").asText())
                .isEqualTo("25000001:50000000");

        AccountAlert alert = only("account_alerts", AccountAlert.class);
        assertThat(alert.alertSeverity()).isEqualTo("WARNING");
        assertThat(alert.alertType()).isEqualTo("INCREASED_CAPABILITIES_ELIGIBILITY_FAILED");
        assertThat(only("account_review_update", AccountReviewUpdate.class).decision()).isEqualTo("APPROVED");
        assertThat(only("business_capability_update", BusinessCapabilityUpdate.class).maxDailyConversationPerPhone())
                .isEqualTo("2000");
        assertThat(only("security", SecurityUpdate.class).event()).isEqualTo("PIN_CHANGED");
        assertThat(only("phone_number_name_update", PhoneNumberNameUpdate.class).rejectionReason())
                .isEqualTo("NAME_FORMAT_UNACCEPTABLE");
        assertThat(only("partner_solutions", PartnerSolutionUpdate.class).solutionStatus())
                .isEqualTo("PENDING_ACTIVATION");
        PaymentConfigurationUpdate payment = only("payment_configuration_update", PaymentConfigurationUpdate.class);
        assertThat(payment.providerName()).isEqualTo("razorpay");
        assertThat(payment.updatedAt()).isEqualTo(Instant.ofEpochSecond(1764979260L));
    }

    @Test
    void callsYieldOneEventPerCallAndPerStatus() {
        List<WebhookEventEnvelope> events = parse("fields/calls.json");

        assertThat(events).extracting(e -> (Object) e.event().getClass()).containsExactly(CallEvent.class,
                CallEvent.class,
                CallStatus.class);
        assertThat(events).extracting(WebhookEventEnvelope::phoneNumberId).containsOnly(PHONE_NUMBER_ID);
        CallEvent connect = (CallEvent) events.get(0).event();
        assertThat(connect.event()).isEqualTo("connect");
        assertThat(connect.sdpType()).isEqualTo("offer");
        assertThat(((CallEvent) events.get(1).event()).duration()).isEqualTo(55);
        CallStatus ringing = (CallStatus) events.get(2).event();
        assertThat(ringing.status()).isEqualTo("RINGING");
        assertThat(ringing.bizOpaqueCallbackData()).isEqualTo("callback-7");
    }

    @Test
    void echoesStateSyncAndHistoryAreReadPerItem() {
        List<WebhookEventEnvelope> echoes = parse("fields/smb_message_echoes.json");
        MessageEcho text = (MessageEcho) echoes.get(0).event();
        assertThat(text.id()).isEqualTo("wamid.ECHO01");
        assertThat(text.to()).isEqualTo("16505550000");
        assertThat(text.part()).isEqualTo(new TextPart("Your table is ready."));
        MessageEcho image = (MessageEcho) echoes.get(1).event();
        assertThat(image.type()).isEqualTo("image");
        assertThat(((MediaPart) image.part()).caption()).isEqualTo("Menu");

        List<WebhookEventEnvelope> sync = parse("fields/smb_app_state_sync.json");
        assertThat(sync).extracting(e -> ((AppStateSync) e.event()).action()).containsExactly("add", "remove");
        assertThat(((AppStateSync) sync.get(0).event()).fullName()).isEqualTo("Sheena Nelson");

        HistoryChunk chunk = only("history", HistoryChunk.class);
        assertThat(chunk.phase()).isZero();
        assertThat(chunk.progress()).isEqualTo(55);
        assertThat(chunk.threads()).hasSize(1);
        assertThat(chunk.threads().get(0).messages()).extracting(HistoryChunk.HistoryMessage::status)
                .containsExactly("READ", "DELIVERED");
        assertThat(chunk.threads().get(0).messages().get(0).part()).isEqualTo(new TextPart(
                "Do you deliver on Sundays?"));

        HistoryChunk declined = only("history-declined", HistoryChunk.class);
        assertThat(declined.threads()).isEmpty();
        assertThat(declined.errors()).extracting(e -> e.code()).containsExactly(2593109);
    }

    @Test
    void groupsAndAutomaticEventsAreReadPerItem() {
        GroupUpdate created = only("group_lifecycle_update", GroupUpdate.class);
        assertThat(created.type()).isEqualTo("group_create");
        assertThat(created.subject()).isEqualTo("Spring launch");
        assertThat(only("group_participants_update", GroupUpdate.class).participants())
                .containsExactly("16505551234", "16505557777");

        List<WebhookEventEnvelope> automatic = parse("fields/automatic_events.json");
        AutomaticEvent purchase = (AutomaticEvent) automatic.get(0).event();
        assertThat(purchase.eventName()).isEqualTo("Purchase");
        assertThat(purchase.value()).isEqualByComparingTo(new BigDecimal("25.5"));
        assertThat(purchase.currency()).isEqualTo("USD");
        assertThat(((AutomaticEvent) automatic.get(1).event()).value()).isNull();
    }

    @Test
    void messagesWithValueErrorsYieldAnEventPerItemAndEveryMessageItsType() {
        List<WebhookEventEnvelope> events = parse("messages-with-value-errors.json");

        assertThat(events).extracting(WebhookEventEnvelope::eventType)
                .containsExactly("message", "message", "error", "error");
        assertThat(events).extracting(WebhookEventEnvelope::messageType)
                .containsExactly("interactive", "unsupported", null, null);
        assertThat(events).extracting(WebhookEventEnvelope::errorCode).containsExactly(131051, 131000, 131000, 131051);
        assertThat(events).extracting(WebhookEventEnvelope::dedupKey).doesNotHaveDuplicates();
    }

    private static <T extends FieldEvent> T only(String fixture, Class<T> type) {
        List<WebhookEventEnvelope> events = parse("fields/" + fixture + ".json");
        assertThat(events).hasSize(1);
        return type.cast(events.get(0).event());
    }
}
