package dev.camelwhatsapp.cloud.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertJson;
import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** The exact body sent for every message type and variant. */
class MessageJsonTest {

    @Nested
    class Text {

        @Test
        void plainTextHasNoPreview() {
            assertRequest(ExampleRequests.text(), """
                    "type":"text","text":{"body":"Your order has shipped","preview_url":false}""");
        }

        @Test
        void textWithPreviewUrl() {
            assertRequest(ExampleRequests.textWithPreview(), """
                    "type":"text","text":{"body":"Track it: https://example.com/t/1234","preview_url":true}""");
        }

        @Test
        void replyContextAndCallbackDataFollowTheMessage() {
            assertRequest(ExampleRequests.textReplyWithCallbackData(), """
                    "type":"text","text":{"body":"Thanks!","preview_url":false},
                    "context":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4"},
                    "biz_opaque_callback_data":"order-1234\"""");
        }

        @Test
        void previewWitherReturnsANewMessage() {
            TextMessage plain = TextMessage.of("Hi");
            TextMessage preview = plain.previewUrl(true);
            assertThat(plain.previewUrl()).isFalse();
            assertThat(preview).isEqualTo(new TextMessage("Hi", true));
        }
    }

    @Nested
    class Media {

        @Test
        void imageByLinkWithCaption() {
            assertRequest(ExampleRequests.imageByLink(), """
                    "type":"image","image":{"link":"https://example.com/receipt.png","caption":"Your receipt"}""");
        }

        @Test
        void imageById() {
            assertRequest(ExampleRequests.imageById(), """
                    "type":"image","image":{"id":"1013859600285441"}""");
        }

        @Test
        void audioByLinkAndById() {
            assertRequest(ExampleRequests.audioByLink(), """
                    "type":"audio","audio":{"link":"https://example.com/note.ogg"}""");
            assertRequest(ExampleRequests.audioById(), """
                    "type":"audio","audio":{"id":"1013859600285442"}""");
        }

        @Test
        void videoByLinkAndById() {
            assertRequest(ExampleRequests.videoByLink(), """
                    "type":"video","video":{"link":"https://example.com/howto.mp4","caption":"How to"}""");
            assertRequest(ExampleRequests.videoById(), """
                    "type":"video","video":{"id":"1013859600285443"}""");
        }

        @Test
        void documentWithCaptionAndFilename() {
            assertRequest(ExampleRequests.documentByLink(), """
                    "type":"document","document":{"link":"https://example.com/invoice.pdf","caption":"Invoice",
                    "filename":"invoice-1234.pdf"}""");
            assertRequest(ExampleRequests.documentById(), """
                    "type":"document","document":{"id":"1013859600285444","filename":"invoice-1234.pdf"}""");
        }

        @Test
        void stickerByLinkAndById() {
            assertRequest(ExampleRequests.stickerByLink(), """
                    "type":"sticker","sticker":{"link":"https://example.com/thanks.webp"}""");
            assertRequest(ExampleRequests.stickerById(), """
                    "type":"sticker","sticker":{"id":"1013859600285445"}""");
        }
    }

    @Nested
    class LocationAndContacts {

        @Test
        void locationWithNameAndAddress() {
            assertRequest(ExampleRequests.location(), """
                    "type":"location","location":{"latitude":37.4847,"longitude":-122.1486,"name":"Meta HQ",
                    "address":"1 Hacker Way, Menlo Park, CA 94025"}""");
        }

        @Test
        void locationWithCoordinatesOnly() {
            assertRequest(ExampleRequests.locationWithoutName(), """
                    "type":"location","location":{"latitude":-33.8688,"longitude":151.2093}""");
        }

        @Test
        void fullContactCard() {
            assertRequest(ExampleRequests.contacts(), """
                    "type":"contacts","contacts":[{
                      "addresses":[{"street":"1 Hacker Way","city":"Menlo Park","state":"CA","zip":"94025",
                                    "country":"United States","country_code":"us","type":"HOME"}],
                      "birthday":"2012-08-18",
                      "emails":[{"email":"test@fb.com","type":"WORK"}],
                      "name":{"formatted_name":"John Smith","first_name":"John","last_name":"Smith",
                              "middle_name":"D.","prefix":"Dr","suffix":"Jr"},
                      "org":{"company":"WhatsApp","department":"Design","title":"Manager"},
                      "phones":[{"phone":"+1 (940) 555-1234","type":"HOME"},
                                {"phone":"+1 (650) 555-1234","type":"WORK","wa_id":"16505551234"}],
                      "urls":[{"url":"https://www.facebook.com","type":"WORK"}]}]""");
        }

        @Test
        void minimalContactCardsCarryOnlyWhatWasGiven() {
            assertRequest(ExampleRequests.contactsMinimal(), """
                    "type":"contacts","contacts":[{"name":{"formatted_name":"Support desk"}},
                      {"name":{"formatted_name":"Sales"},"phones":[{"phone":"+44 20 7946 0000"}]}]""");
        }
    }

    @Nested
    class Interactive {

        @Test
        void replyButtonsWithTextHeaderAndFooter() {
            assertRequest(ExampleRequests.interactiveButtons(), """
                    "type":"interactive","interactive":{"type":"button",
                      "header":{"type":"text","text":"Appointment"},
                      "body":{"text":"Keep your 10:00 appointment?"},
                      "footer":{"text":"Reply by 18:00"},
                      "action":{"buttons":[{"type":"reply","reply":{"id":"keep","title":"Keep"}},
                                           {"type":"reply","reply":{"id":"move","title":"Move"}}]}}""");
        }

        @Test
        void mediaHeaders() {
            assertRequest(ExampleRequests.interactiveButtonsWithImageHeader(), """
                    "type":"interactive","interactive":{"type":"button",
                      "header":{"type":"image","image":{"link":"https://example.com/parcel.jpg"}},
                      "body":{"text":"Is this your parcel?"},
                      "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]}}""");
            assertRequest(ExampleRequests.interactiveButtonsWithDocumentHeader(), """
                    "type":"interactive","interactive":{"type":"button",
                      "header":{"type":"document","document":{"id":"1013859600285446"}},
                      "body":{"text":"Please confirm the contract"},
                      "action":{"buttons":[{"type":"reply","reply":{"id":"ok","title":"Confirm"}}]}}""");
            assertRequest(ExampleRequests.interactiveButtonsWithVideoHeader(), """
                    "type":"interactive","interactive":{"type":"button",
                      "header":{"type":"video","video":{"link":"https://example.com/help.mp4"}},
                      "body":{"text":"Did the video help?"},
                      "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}},
                                           {"type":"reply","reply":{"id":"no","title":"No"}},
                                           {"type":"reply","reply":{"id":"human","title":"Talk to us"}}]}}""");
        }

        @Test
        void listWithSections() {
            assertRequest(ExampleRequests.interactiveList(), """
                    "type":"interactive","interactive":{"type":"list",
                      "header":{"type":"text","text":"Book a visit"},
                      "body":{"text":"Pick a time for your visit"},
                      "footer":{"text":"Times are local"},
                      "action":{"button":"Times","sections":[
                        {"title":"Morning","rows":[{"id":"0900","title":"09:00","description":"30 minutes"},
                                                   {"id":"1000","title":"10:00"}]},
                        {"title":"Afternoon","rows":[{"id":"1400","title":"14:00"}]}]}}""");
        }

        @Test
        void singleSectionMayGoWithoutTitle() {
            assertRequest(ExampleRequests.interactiveListSingleSectionWithoutTitle(), """
                    "type":"interactive","interactive":{"type":"list","body":{"text":"Choose a size"},
                      "action":{"button":"Sizes","sections":[
                        {"rows":[{"id":"s","title":"Small"},{"id":"m","title":"Medium"}]}]}}""");
        }

        @Test
        void ctaUrl() {
            assertRequest(ExampleRequests.interactiveCtaUrl(), """
                    "type":"interactive","interactive":{"type":"cta_url",
                      "header":{"type":"text","text":"Invoice"},
                      "body":{"text":"Your invoice is ready"},
                      "footer":{"text":"Valid for 30 days"},
                      "action":{"name":"cta_url",
                                "parameters":{"display_text":"Open invoice","url":"https://example.com/i/1234"}}}""");
        }

        @Test
        void flowByIdNavigatingToAScreen() {
            assertRequest(ExampleRequests.interactiveFlowById(), """
                    "type":"interactive","interactive":{"type":"flow","body":{"text":"Book your table"},
                      "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_id":"1234567890",
                        "flow_cta":"Book now","flow_token":"booking-42","flow_action":"navigate",
                        "flow_action_payload":{"screen":"WELCOME","data":{"guests":2,"date":"2026-12-24"}}}}}""");
        }

        @Test
        void draftFlowByNameWithDataExchange() {
            assertRequest(ExampleRequests.interactiveFlowByNameDraftDataExchange(), """
                    "type":"interactive","interactive":{"type":"flow",
                      "header":{"type":"text","text":"Feedback"},
                      "body":{"text":"Tell us what you think"},
                      "footer":{"text":"Takes a minute"},
                      "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"feedback_survey",
                        "flow_cta":"Start","mode":"draft","flow_action":"data_exchange"}}}""");
        }

        @Test
        void locationRequest() {
            assertRequest(ExampleRequests.interactiveLocationRequest(), """
                    "type":"interactive","interactive":{"type":"location_request_message",
                      "body":{"text":"Where should we deliver?"},"action":{"name":"send_location"}}""");
        }

        @Test
        void builderCanBeReusedWithoutChangingBuiltMessages() {
            InteractiveMessage.ButtonsBuilder builder = InteractiveMessage.buttons("Pick one").button("a", "A");
            InteractiveMessage first = builder.build();
            builder.button("b", "B");
            assertThat(((ReplyButtonsAction) first.action()).buttons()).hasSize(1);
            assertThat(((ReplyButtonsAction) builder.build().action()).buttons()).hasSize(2);
        }
    }

    @Nested
    class Reaction {

        @Test
        void reaction() {
            assertRequest(ExampleRequests.reaction(),
                    """
                    "type":"reaction","reaction":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4","emoji":"👍"}""");
        }

        @Test
        void removalSendsAnEmptyEmoji() {
            assertRequest(ExampleRequests.reactionRemoval(),
                    """
                    "type":"reaction","reaction":{"message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4","emoji":""}""");
        }
    }

    @Nested
    class Template {

        @Test
        void withoutParametersHasNoComponents() {
            assertRequest(ExampleRequests.templateWithoutParameters(), """
                    "type":"template","template":{"name":"hello_world","language":{"code":"en_US"}}""");
        }

        @Test
        void headerBodyAndButtons() {
            assertRequest(ExampleRequests.templateFull(), """
                    "type":"template","template":{"name":"order_confirmation","language":{"code":"en_US"},
                      "components":[
                        {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/order.png"}}]},
                        {"type":"body","parameters":[{"type":"text","text":"Ann"},{"type":"text","text":"#1234"},
                          {"type":"currency","currency":{"fallback_value":"$100.99","code":"USD","amount_1000":100990}},
                          {"type":"date_time","date_time":{"fallback_value":"February 25, 1977"}}]},
                        {"type":"button","sub_type":"quick_reply","index":"0",
                          "parameters":[{"type":"payload","payload":"TRACK_1234"}]},
                        {"type":"button","sub_type":"url","index":"1",
                          "parameters":[{"type":"text","text":"order/1234"}]}]}""");
        }

        @Test
        void headerText() {
            assertRequest(ExampleRequests.templateHeaderText(), """
                    "type":"template","template":{"name":"delivery_update","language":{"code":"de"},
                      "components":[{"type":"header","parameters":[{"type":"text","text":"Lieferung 1234"}]},
                                    {"type":"body","parameters":[{"type":"text","text":"Ann"}]}]}""");
        }

        @Test
        void headerVideoDocumentAndLocation() {
            assertRequest(ExampleRequests.templateHeaderVideo(),
                    """
                    "type":"template","template":{"name":"product_launch","language":{"code":"en_GB"},
                      "components":[{"type":"header","parameters":[{"type":"video","video":{"id":"1013859600285447"}}]}]}""");
            assertRequest(ExampleRequests.templateHeaderDocument(), """
                    "type":"template","template":{"name":"invoice_ready","language":{"code":"en_US"},
                      "components":[{"type":"header","parameters":[{"type":"document",
                        "document":{"link":"https://example.com/invoice.pdf","filename":"invoice-1234.pdf"}}]}]}""");
            assertRequest(ExampleRequests.templateHeaderLocation(),
                    """
                    "type":"template","template":{"name":"pickup_point","language":{"code":"en_US"},
                      "components":[{"type":"header","parameters":[{"type":"location","location":{
                        "latitude":52.52,"longitude":13.405,"name":"Pick-up point","address":"Alexanderplatz 1, Berlin"}}]}]}""");
        }

        @Test
        void positionalParametersFromAListAreSentAsText() {
            assertRequest(ExampleRequests.templatePositionalFromList(),
                    """
                    "type":"template","template":{"name":"order_shipped","language":{"code":"en_US"},
                      "components":[{"type":"body","parameters":[{"type":"text","text":"Ann"},{"type":"text","text":"1234"}]}]}""");
        }

        @Test
        void namedParametersFromAMapCarryParameterName() {
            assertRequest(ExampleRequests.templateNamedFromMap(),
                    """
                    "type":"template","template":{"name":"payment_due","language":{"code":"en_US"},
                      "components":[{"type":"body","parameters":[
                        {"type":"text","parameter_name":"first_name","text":"Ann"},
                        {"type":"currency","parameter_name":"total","currency":{"fallback_value":"€12.50","code":"EUR","amount_1000":12500}},
                        {"type":"date_time","parameter_name":"due","date_time":{"fallback_value":"24 December"}}]}]}""");
        }

        @Test
        void copyCodeButton() {
            assertRequest(ExampleRequests.templateCopyCode(), """
                    "type":"template","template":{"name":"winter_sale","language":{"code":"en_US"},
                      "components":[{"type":"body","parameters":[{"type":"text","text":"20%"}]},
                        {"type":"button","sub_type":"copy_code","index":"0",
                          "parameters":[{"type":"coupon_code","coupon_code":"SAVE20"}]}]}""");
        }

        @Test
        void flowButton() {
            assertRequest(ExampleRequests.templateFlowButton(),
                    """
                    "type":"template","template":{"name":"book_table","language":{"code":"en_US"},
                      "components":[{"type":"button","sub_type":"flow","index":"0",
                        "parameters":[{"type":"action","action":{"flow_token":"booking-42","flow_action_data":{"guests":2}}}]}]}""");
        }

        @Test
        void namedMediaParameterIsRefused() {
            Map<String, Object> parameters = Map.of("logo", TemplateParameter.image(MediaSource.id("1")));
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> TemplateMessage.withNamedBodyParameters("brand", "en_US", parameters))
                    .isInstanceOf(InvalidMessageException.class)
                    .hasMessageContaining("logo");
        }
    }

    @Nested
    class Envelope {

        @Test
        void recipientIsNormalisedOnCreation() {
            assertThat(ExampleRequests.text().to()).isEqualTo("16505551234");
        }

        @Test
        void toGraphJsonReturnsAFreshTreeEachTime() {
            MessageRequest request = ExampleRequests.text();
            ObjectNode first = request.toGraphJson();
            first.put("to", "changed");
            assertThat(request.toGraphJson().get("to").asText()).isEqualTo("16505551234");
        }

        @Test
        void listsAreCopiedOnCreation() {
            List<TemplateParameter> body = new ArrayList<>(List.of(TemplateParameter.text("Ann")));
            TemplateMessage message = new TemplateMessage("greeting", "en", List.of(), body, List.of());
            body.add(TemplateParameter.text("Bob"));
            assertThat(message.bodyParameters()).hasSize(1);
        }

        @Test
        void flowDataIsCopiedOnCreation() {
            Map<String, Object> data = new HashMap<>(Map.of("guests", 2));
            FlowAction flow = FlowAction.byId("1", "Book").navigate("WELCOME", data);
            data.put("guests", 3);
            assertThat(flow.data()).containsEntry("guests", 2);
        }
    }

    @Nested
    class MarkAsRead {

        @Test
        void readReceipt() {
            assertJson(ReadReceipt.of(ExampleRequests.WAMID).toGraphJson(), """
                    {"messaging_product":"whatsapp","status":"read",
                     "message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4"}""");
        }

        @Test
        void readReceiptWithTypingIndicator() {
            assertJson(ReadReceipt.of(ExampleRequests.WAMID).typingIndicator(true).toGraphJson(), """
                    {"messaging_product":"whatsapp","status":"read",
                     "message_id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4","typing_indicator":{"type":"text"}}""");
        }
    }
}
