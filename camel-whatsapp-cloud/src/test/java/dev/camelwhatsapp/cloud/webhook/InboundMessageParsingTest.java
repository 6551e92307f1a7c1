package dev.camelwhatsapp.cloud.webhook;

import java.math.BigDecimal;
import java.time.Instant;

import dev.camelwhatsapp.cloud.model.inbound.ButtonPart;
import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.ContactsPart;
import dev.camelwhatsapp.cloud.model.inbound.EditPart;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart;
import dev.camelwhatsapp.cloud.model.inbound.LocationPart;
import dev.camelwhatsapp.cloud.model.inbound.MediaPart;
import dev.camelwhatsapp.cloud.model.inbound.MessageContext;
import dev.camelwhatsapp.cloud.model.inbound.OrderPart;
import dev.camelwhatsapp.cloud.model.inbound.ReactionPart;
import dev.camelwhatsapp.cloud.model.inbound.Referral;
import dev.camelwhatsapp.cloud.model.inbound.RevokePart;
import dev.camelwhatsapp.cloud.model.inbound.SystemPart;
import dev.camelwhatsapp.cloud.model.inbound.TextPart;
import dev.camelwhatsapp.cloud.model.inbound.UnknownPart;
import dev.camelwhatsapp.cloud.model.inbound.UnsupportedPart;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.webhook.Fixtures.DISPLAY_PHONE_NUMBER;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.PHONE_NUMBER_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.WABA_ID;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.single;
import static dev.camelwhatsapp.cloud.webhook.Fixtures.singleEvent;
import static org.assertj.core.api.Assertions.assertThat;

class InboundMessageParsingTest {

    private static final Contact SHEENA = new Contact("Sheena Nelson", null, "16505551234", null);
    private static final WebhookContext MESSAGES_CONTEXT
            = new WebhookContext(WABA_ID, "messages", PHONE_NUMBER_ID, DISPLAY_PHONE_NUMBER);

    @Test
    void textMessageWithItsEnvelope() {
        WebhookEventEnvelope envelope = single("message-text.json");

        assertThat(envelope.eventType()).isEqualTo("message");
        assertThat(envelope.phoneNumberId()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(envelope.wabaId()).isEqualTo(WABA_ID);
        assertThat(envelope.messageId()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
        assertThat(envelope.messageType()).isEqualTo("text");
        assertThat(envelope.from()).isEqualTo("16505551234");
        assertThat(envelope.userId()).isNull();
        assertThat(envelope.contactName()).isEqualTo("Sheena Nelson");
        assertThat(envelope.status()).isNull();
        assertThat(envelope.recipientId()).isNull();
        assertThat(envelope.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383L));
        assertThat(envelope.errorCode()).isNull();
        assertThat(envelope.callbackData()).isNull();
        assertThat(envelope.dedupKey())
                .isEqualTo("message:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");

        InboundMessage message = (InboundMessage) envelope.event();
        assertThat(message.webhookContext()).isEqualTo(MESSAGES_CONTEXT);
        assertThat(message.id()).isEqualTo(envelope.messageId());
        assertThat(message.from()).isEqualTo("16505551234");
        assertThat(message.fromUserId()).isNull();
        assertThat(message.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383L));
        assertThat(message.type()).isEqualTo("text");
        assertThat(message.contact()).isEqualTo(SHEENA);
        assertThat(message.context()).isNull();
        assertThat(message.referral()).isNull();
        assertThat(message.errors()).isEmpty();
        assertThat(message.part()).isEqualTo(new TextPart("Does it come in another color?"));
        assertThat(message.text().body()).isEqualTo("Does it come in another color?");
        assertThat(message.partAs(TextPart.class).map(TextPart::body)).contains("Does it come in another color?");
        assertThat(message.json().get("text").get("body").asText()).isEqualTo("Does it come in another color?");
    }

    @Test
    void replyAboutACatalogProduct() {
        InboundMessage message = singleEvent("message-text-reply-with-referred-product.json", InboundMessage.class);

        assertThat(message.context()).isEqualTo(new MessageContext(
                "15550783881",
                "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGA9wcm9kdWN0X2lucXVpcnkA", false, false,
                new MessageContext.ReferredProduct("194836987003835", "di9ozbzfi4")));
        assertThat(message.text().body()).isEqualTo("Is this still available?");
    }

    @Test
    void forwardedMessage() {
        InboundMessage message = singleEvent("message-text-forwarded.json", InboundMessage.class);

        assertThat(message.context()).isEqualTo(new MessageContext(null, null, true, true, null));
    }

    @Test
    void messageFromAClickToWhatsAppAd() {
        InboundMessage message = singleEvent("message-text-from-ad.json", InboundMessage.class);

        Referral referral = message.referral();
        assertThat(referral.sourceUrl()).isEqualTo("https://fb.me/3cr4Wqqkv");
        assertThat(referral.sourceId()).isEqualTo("120226305854810726");
        assertThat(referral.sourceType()).isEqualTo("ad");
        assertThat(referral.headline()).isEqualTo("Chat with us");
        assertThat(referral.body()).isEqualTo("Summer Succulents are here!");
        assertThat(referral.mediaType()).isEqualTo("image");
        assertThat(referral.imageUrl()).isEqualTo("https://scontent.xx.fbcdn.net/v/t45.1");
        assertThat(referral.videoUrl()).isNull();
        assertThat(referral.thumbnailUrl()).isNull();
        assertThat(referral.ctwaClid()).startsWith("Aff-n8ZTODiE79d22KtAwQ");
        assertThat(referral.json().path("welcome_message").path("text").asText())
                .isEqualTo("Hi there! Let us know how we can help!");
    }

    @Test
    void image() {
        InboundMessage message = singleEvent("message-image.json", InboundMessage.class);

        MediaPart expected = new MediaPart(
                "image", "1003383421387256", "image/jpeg",
                "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=",
                "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003383421387256", "Taj Mahal", null,
                false, false);
        assertThat(message.part()).isEqualTo(expected);
        assertThat(message.image()).isEqualTo(expected);
        assertThat(message.media()).isEqualTo(expected);
        assertThat(message.video()).isNull();
        assertThat(message.text()).isNull();
    }

    @Test
    void voiceNote() {
        InboundMessage message = singleEvent("message-audio-voice.json", InboundMessage.class);

        assertThat(message.audio()).isEqualTo(new MediaPart(
                "audio", "2754859441498128", "audio/ogg; codecs=opus",
                "Hqm8bxRQY7T9m4Vh8KZ2WUpq1z2Kc0r8YxX8O5mZb3U=", null, null, null, true, false));
        assertThat(message.image()).isNull();
    }

    @Test
    void video() {
        InboundMessage message = singleEvent("message-video.json", InboundMessage.class);

        assertThat(message.video()).isEqualTo(new MediaPart(
                "video", "1684743542159891", "video/mp4",
                "c2hhMjU2LXZpZGVvLWhhc2gtZm9yLXRlc3RzLW9ubHk=", null, "Our garden", null, false, false));
    }

    @Test
    void document() {
        InboundMessage message = singleEvent("message-document.json", InboundMessage.class);

        assertThat(message.document()).isEqualTo(new MediaPart(
                "document", "1229145698540298", "application/pdf",
                "ZG9jdW1lbnQtaGFzaC1mb3ItdGVzdHMtb25seQ==", null, "Invoice March", "invoice-2025-03.pdf", false,
                false));
    }

    @Test
    void animatedSticker() {
        InboundMessage message = singleEvent("message-sticker.json", InboundMessage.class);

        assertThat(message.sticker()).isEqualTo(new MediaPart(
                "sticker", "1399341957963237", "image/webp",
                "c3RpY2tlci1oYXNoLWZvci10ZXN0cy1vbmx5", null, null, null, false, true));
    }

    @Test
    void location() {
        InboundMessage message = singleEvent("message-location.json", InboundMessage.class);

        assertThat(message.location()).isEqualTo(new LocationPart(
                37.44221496582, -122.16165924072, "Philz Coffee",
                "101 Forest Ave, Palo Alto, CA 94301", "https://philzcoffee.com/"));
    }

    @Test
    void sharedContactCardsAreNotTheSender() {
        InboundMessage message = singleEvent("message-contacts.json", InboundMessage.class);

        assertThat(message.contact()).isEqualTo(SHEENA);
        ContactsPart shared = message.contacts();
        assertThat(shared.cards()).hasSize(2);
        ContactsPart.ContactCard lucia = shared.cards().get(0);
        assertThat(lucia.formattedName()).isEqualTo("Lucía Gómez");
        assertThat(lucia.firstName()).isEqualTo("Lucía");
        assertThat(lucia.lastName()).isEqualTo("Gómez");
        assertThat(lucia.phones()).containsExactly(
                new ContactsPart.Phone("+1 (983) 555-2319", "19835552319", "MOBILE"),
                new ContactsPart.Phone("+1 (983) 555-0000", null, "HOME"));
        assertThat(lucia.emails()).containsExactly(new ContactsPart.Email("lucia@example.com", "WORK"));
        assertThat(lucia.json().path("org").path("company").asText()).isEqualTo("Google");
        ContactsPart.ContactCard bob = shared.cards().get(1);
        assertThat(bob.formattedName()).isEqualTo("Bob");
        assertThat(bob.firstName()).isNull();
        assertThat(bob.emails()).isEmpty();
    }

    @Test
    void interactiveButtonReply() {
        InboundMessage message = singleEvent("message-interactive-button-reply.json", InboundMessage.class);

        assertThat(message.interactive()).isEqualTo(new InteractivePart(
                "button_reply",
                new InteractivePart.ButtonReply("cancel-button", "Cancel"), null, null, null));
        assertThat(message.context().id()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA");
        assertThat(message.context().from()).isEqualTo("15550783881");
    }

    @Test
    void interactiveListReply() {
        InboundMessage message = singleEvent("message-interactive-list-reply.json", InboundMessage.class);

        assertThat(message.interactive()).isEqualTo(new InteractivePart(
                "list_reply", null,
                new InteractivePart.ListReply("priority_express", "Priority Mail Express", "Next Day to 2 Days"),
                null, null));
    }

    @Test
    void flowReplyHasItsResponseParsed() {
        InboundMessage message = singleEvent("message-interactive-nfm-reply.json", InboundMessage.class);

        InteractivePart interactive = message.interactive();
        assertThat(interactive.type()).isEqualTo("nfm_reply");
        assertThat(interactive.buttonReply()).isNull();
        InteractivePart.NfmReply flow = interactive.nfmReply();
        assertThat(flow.name()).isEqualTo("flow");
        assertThat(flow.body()).isEqualTo("Sent");
        assertThat(flow.responseJson())
                .isEqualTo("{\"flow_token\":\"ORDER-4711\",\"delivery_date\":\"2025-07-01\",\"quantity\":3}");
        assertThat(flow.response().get("flow_token").asText()).isEqualTo("ORDER-4711");
        assertThat(flow.response().get("quantity").asInt()).isEqualTo(3);
    }

    @Test
    void addressReplyIsReadAsAnAddress() {
        InboundMessage message = singleEvent("message-interactive-address-reply.json", InboundMessage.class);

        InteractivePart.NfmReply reply = message.interactive().nfmReply();
        assertThat(reply.name()).isEqualTo("address_message");
        assertThat(reply.address().savedAddressId()).isNull();
        assertThat(reply.address().values()).containsEntry("in_pin_code", "400063").containsEntry("city", "Mumbai")
                .hasSize(6);
        assertThat(singleEvent("message-interactive-nfm-reply.json", InboundMessage.class).interactive().nfmReply()
                .address()).isNull();
    }

    @Test
    void callPermissionReply() {
        InboundMessage message = singleEvent("message-interactive-call-permission-reply.json", InboundMessage.class);

        assertThat(message.interactive()).isEqualTo(new InteractivePart(
                "call_permission_reply", null, null, null,
                new InteractivePart.CallPermissionReply(
                        "accept", false, Instant.ofEpochSecond(1750635800L),
                        "user_action")));
    }

    @Test
    void templateQuickReplyButton() {
        InboundMessage message = singleEvent("message-button.json", InboundMessage.class);

        assertThat(message.button()).isEqualTo(new ButtonPart("Unsubscribe", "Unsubscribe"));
        assertThat(message.context().id()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJFNjk2OTMwNEZCQjhGMzUyQUYA");
    }

    @Test
    void reactionAndItsRemoval() {
        InboundMessage added = singleEvent("message-reaction.json", InboundMessage.class);
        InboundMessage removed = singleEvent("message-reaction-removed.json", InboundMessage.class);

        assertThat(added.reaction())
                .isEqualTo(new ReactionPart(
                        "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA", "\uD83D\uDC4D"));
        assertThat(added.reaction().removed()).isFalse();
        assertThat(removed.reaction().emoji()).isEmpty();
        assertThat(removed.reaction().removed()).isTrue();
    }

    @Test
    void orderKeepsExactPrices() {
        InboundMessage message = singleEvent("message-order.json", InboundMessage.class);

        OrderPart order = message.order();
        assertThat(order.catalogId()).isEqualTo("194836987003835");
        assertThat(order.text()).isEmpty();
        assertThat(order.productItems()).containsExactly(
                new OrderPart.ProductItem("di9ozbzfi4", 2, new BigDecimal("30.00"), "USD"),
                new OrderPart.ProductItem("nqryix03ez", 1, new BigDecimal("25.5"), "USD"));
    }

    @Test
    void systemMessageHasNoContact() {
        WebhookEventEnvelope envelope = single("message-system.json");
        InboundMessage message = (InboundMessage) envelope.event();

        assertThat(message.system()).isEqualTo(new SystemPart(
                "user_changed_number",
                "User Sheena Nelson changed from 16505551234 to 12195555358", "12195555358", null));
        assertThat(message.contact()).isNull();
        assertThat(envelope.contactName()).isNull();
        assertThat(envelope.messageType()).isEqualTo("system");
    }

    @Test
    void editCarriesTheNewContent() {
        InboundMessage message = singleEvent("message-edit.json", InboundMessage.class);

        assertThat(message.edit())
                .isEqualTo(new EditPart("wamid.ORIGINAL01", "text", new TextPart("Corrected: see you at 10")));
        assertThat(message.text()).isNull();
    }

    @Test
    void revoke() {
        InboundMessage message = singleEvent("message-revoke.json", InboundMessage.class);

        assertThat(message.revoke()).isEqualTo(new RevokePart("wamid.ORIGINAL02"));
    }

    @Test
    void unsupportedMessageCarriesItsError() {
        WebhookEventEnvelope envelope = single("message-unsupported.json");
        InboundMessage message = (InboundMessage) envelope.event();

        assertThat(message.unsupported()).isEqualTo(new UnsupportedPart("poll_creation"));
        assertThat(message.errors()).containsExactly(new WebhookErrorDetail(
                131051, "Message type unknown",
                "Message type unknown", "Message type is currently not supported.", null));
        assertThat(envelope.errorCode()).isEqualTo(131051);
    }

    @Test
    void legacyUnknownMessageIsUnsupported() {
        InboundMessage message = singleEvent("message-unknown-legacy.json", InboundMessage.class);

        assertThat(message.unsupported()).isEqualTo(new UnsupportedPart(null));
        assertThat(message.errors()).extracting(WebhookErrorDetail::code).containsExactly(131051);
        assertThat(message.errors().get(0).title()).isEqualTo("Unsupported message type");
    }

    @Test
    void futureMessageTypePassesThroughWithItsJson() {
        WebhookEventEnvelope envelope = single("message-future-type.json");
        InboundMessage message = (InboundMessage) envelope.event();

        assertThat(envelope.messageType()).isEqualTo("hologram");
        assertThat(envelope.dedupKey()).isEqualTo("message:wamid.FUTURE01");
        assertThat(message.part()).isInstanceOf(UnknownPart.class);
        UnknownPart unknown = (UnknownPart) message.part();
        assertThat(unknown.type()).isEqualTo("hologram");
        assertThat(unknown.json().get("label").asText()).isEqualTo("3D wave");
        assertThat(unknown.json().get("frames")).hasSize(3);
        assertThat(message.contact()).isEqualTo(SHEENA);
    }
}
