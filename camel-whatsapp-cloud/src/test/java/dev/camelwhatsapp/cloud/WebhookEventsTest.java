package dev.camelwhatsapp.cloud;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.field.AccountUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.PhoneNumberQualityUpdate;
import dev.camelwhatsapp.cloud.model.inbound.field.TemplateStatusUpdate;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.ReceivedEvents.Received;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CALLBACK_DATA;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CONTACT_NAME;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.ERROR_CODE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FROM;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.RECIPIENT_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.STATUS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TIMESTAMP;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.USER_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.WABA_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Meta payloads POSTed, signed, to a {@code whatsapp-cloud:*} route on platform-http-main: one typed exchange
 * per event with its headers, nothing dropped.
 */
class WebhookEventsTest {

    // cleared before each test: several fixtures share message ids, which a redelivery must not route again
    static final MemoryIdempotentRepository PROCESSED = new MemoryIdempotentRepository();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            bindToRegistry("processed", PROCESSED);
            from("whatsapp-cloud:*?appSecret=RAW(" + APP_SECRET + ")&idempotentRepository=#processed")
                    .process(received);
        }
    });
    static final ReceivedEvents RECEIVED = APP.received();

    @BeforeEach
    void clear() {
        RECEIVED.clear();
        PROCESSED.clear();
    }

    private List<Received> post(byte[] payload) {
        HttpResponse<String> response = APP.postSigned(payload);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RECEIVED.all();
    }

    @Test
    void textMessageArrivesTypedWithItsHeaders() {
        Received received = post(fixture("message-text.json")).get(0);

        assertThat(received.body()).isInstanceOf(InboundMessage.class);
        InboundMessage message = (InboundMessage) received.body();
        assertThat(message.text().body()).isEqualTo("Does it come in another color?");
        assertThat(received.headers())
                .containsEntry(EVENT_TYPE, "message")
                .containsEntry(PHONE_NUMBER_ID, "106540352242922")
                .containsEntry(WABA_ID, "102290129340398")
                .containsEntry(MESSAGE_ID, "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=")
                .containsEntry(MESSAGE_TYPE, "text")
                .containsEntry(FROM, "16505551234")
                .containsEntry(CONTACT_NAME, "Sheena Nelson")
                .containsEntry(TIMESTAMP, Instant.ofEpochSecond(1749416383))
                .doesNotContainKeys(STATUS, RECIPIENT_ID, ERROR_CODE, CALLBACK_DATA, USER_ID);
        assertThat(received.headers()).as("nothing of the HTTP request leaks into the event")
                .doesNotContainKeys("X-Hub-Signature-256", "CamelHttpMethod", "Content-Type");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "message-image.json, image",
            "message-audio-voice.json, audio",
            "message-video.json, video",
            "message-document.json, document",
            "message-sticker.json, sticker",
            "message-location.json, location",
            "message-contacts.json, contacts",
            "message-interactive-button-reply.json, interactive",
            "message-interactive-list-reply.json, interactive",
            "message-interactive-nfm-reply.json, interactive",
            "message-interactive-call-permission-reply.json, interactive",
            "message-button.json, button",
            "message-reaction.json, reaction",
            "message-reaction-removed.json, reaction",
            "message-order.json, order",
            "message-system.json, system",
            "message-edit.json, edit",
            "message-revoke.json, revoke",
            "message-unsupported.json, unsupported",
            "message-unknown-legacy.json, unknown",
            "message-text-forwarded.json, text",
            "message-text-from-ad.json, text",
            "message-text-reply-with-referred-product.json, text",
            "message-future-type.json, hologram" })
    void everyMessageTypeArrivesAsOneTypedMessage(String fixture, String type) {
        List<Received> received = post(fixture(fixture));

        assertThat(received).hasSize(1);
        assertThat(received.get(0).body()).isInstanceOfSatisfying(InboundMessage.class,
                message -> assertThat(message.type()).isEqualTo(type));
        assertThat(received.get(0).headers()).containsEntry(EVENT_TYPE, "message").containsEntry(MESSAGE_TYPE, type)
                .containsKey(MESSAGE_ID);
    }

    @Test
    void futureMessageTypeKeepsItsJson() {
        InboundMessage message = (InboundMessage) post(fixture("message-future-type.json")).get(0).body();

        assertThat(message.json().path("hologram").path("label").asText()).isEqualTo("3D wave");
    }

    @Test
    void statusLifecycleArrivesAsOneExchangePerStatus() {
        List<Received> received = post(fixture("statuses-lifecycle.json"));

        assertThat(received).extracting(r -> r.header(STATUS)).containsExactly("sent", "delivered", "read");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.body()).isInstanceOf(MessageStatus.class);
            assertThat(r.headers()).containsEntry(EVENT_TYPE, "status").containsEntry(MESSAGE_ID, "wamid.OUT01")
                    .containsEntry(RECIPIENT_ID, "16505551234").containsEntry(CALLBACK_DATA, "order-4711")
                    .containsKey(TIMESTAMP);
        });
    }

    @Test
    void failedStatusCarriesItsErrorCode() {
        Received received = post(fixture("status-failed.json")).get(0);

        assertThat(received.headers()).containsEntry(STATUS, "failed").containsEntry(ERROR_CODE, 131047)
                .containsEntry(CALLBACK_DATA, "ticket-42");
        assertThat(((MessageStatus) received.body()).failed()).isTrue();
    }

    @Test
    void eachValueErrorIsAnEvent() {
        List<Received> received = post(fixture("value-errors.json"));

        assertThat(received).extracting(r -> r.header(ERROR_CODE)).containsExactly(131045, 131000);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.body()).isInstanceOf(WebhookError.class);
            assertThat(r.headers()).containsEntry(EVENT_TYPE, "error").containsEntry(PHONE_NUMBER_ID,
                    "106540352242922");
        });
    }

    @Test
    void templateAndAccountUpdatesArriveAsTheirTypedRecords() {
        Received template = post(fixture("template-status-update.json")).get(0);
        RECEIVED.clear();
        Received account = post(fixture("account-update.json")).get(0);
        RECEIVED.clear();
        Received quality = post(fixture("phone-number-quality-update.json")).get(0);

        assertThat(template.headers()).containsEntry(EVENT_TYPE, "message_template_status_update")
                .containsEntry(WABA_ID, "102290129340398").doesNotContainKey(PHONE_NUMBER_ID);
        assertThat(((TemplateStatusUpdate) template.body()).event()).isEqualTo("REJECTED");
        assertThat(account.headers()).containsEntry(EVENT_TYPE, "account_update");
        assertThat(account.body()).isInstanceOf(AccountUpdate.class);
        assertThat(quality.headers()).containsEntry(EVENT_TYPE, "phone_number_quality_update");
        assertThat(quality.body()).isInstanceOf(PhoneNumberQualityUpdate.class);
    }

    @Test
    void unknownFieldPassesThroughWithItsJson() {
        Received received = post(fixture("unknown-field.json")).get(0);

        assertThat(received.headers()).containsEntry(EVENT_TYPE, "hologram_updates");
        assertThat(((FieldChange) received.body()).json().path("holograms").get(0).path("state").asText())
                .isEqualTo("ready");
    }

    @Test
    void businessScopedUserIdsAreKept() {
        List<Received> received = post(fixture("bsuid-without-wa-id.json"));

        assertThat(received).hasSize(2);
        assertThat(received.get(0).headers()).containsEntry(USER_ID, "US.13491208655302741918")
                .containsEntry(CONTACT_NAME, "Maria").doesNotContainKey(FROM);
        assertThat(received.get(1).headers()).containsEntry(USER_ID, "US.13491208655302741918")
                .containsEntry(STATUS, "delivered").doesNotContainKey(RECIPIENT_ID);
    }

    @Test
    void batchedPayloadYieldsEveryEventInOrder() {
        List<Received> received = post(fixture("batch.json"));

        assertThat(received).extracting(r -> r.header(EVENT_TYPE)).containsExactly(
                "message", "message", "message", "status", "status", "message_template_status_update",
                "status", "status", "error", "error");
        assertThat(received).extracting(r -> r.header(MESSAGE_ID)).startsWith("wamid.B1", "wamid.B2", "wamid.B3");
        assertThat(received).extracting(r -> r.header(PHONE_NUMBER_ID)).contains("106540352242922",
                "207651463353033");
    }

    @Test
    void unicodeAndEscapedBodiesVerifyOverTheirRawBytes() {
        InboundMessage unicode = (InboundMessage) post(fixture("signed-unicode.json")).get(0).body();
        RECEIVED.clear();
        InboundMessage escaped = (InboundMessage) post(fixture("signed-escapes.json")).get(0).body();

        assertThat(unicode.text().body()).isEqualTo("Café 😀 — déjà vu, Ελληνικά, 日本語");
        assertThat(escaped.text().body()).isEqualTo("Café 😀 at https://example.com/menu — déjà vu");
    }

    @Test
    void userMessagesOpenTheConversationWindowStatusesDoNot() {
        ConversationWindowStore windows = FlowDefaults.conversationWindowStore(APP.context());

        // users of their own: other tests' messages open windows in the same store
        post(fixture("message-text.json", "16505551234", "19995550001"));
        post(fixture("statuses-lifecycle.json", "16505551234", "19995550002"));
        post(fixture("message-system.json", "16505551234", "19995550003"));

        assertThat(windows.lastInbound("106540352242922", "19995550001"))
                .contains(Instant.ofEpochSecond(1749416383));
        assertThat(windows.lastInbound("106540352242922", "19995550002")).as("statuses open nothing").isEmpty();
        assertThat(windows.lastInbound("106540352242922", "19995550003")).as("system notices open nothing")
                .isEmpty();
    }
}
