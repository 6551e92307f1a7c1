package dev.camelwhatsapp.cloud.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules that are not size limits (those are in {@link MessageLimitsTest}): one failing case each. */
class MessageRulesTest {

    private static final String TO = "16505551234";

    private static InvalidMessageException refused(ThrowingCallable call, String field) {
        InvalidMessageException[] caught = new InvalidMessageException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidMessageException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field);
            caught[0] = e;
        });
        return caught[0];
    }

    private static RawMessage raw(String type, Object content) {
        return RawMessage.of(Map.of("type", type, type, content));
    }

    @Nested
    class Recipients {

        @ParameterizedTest
        @ValueSource(strings = {
                "+1 (650) 555-1234", "16505551234", "1-650-555-1234", "1.650.555.1234", " +16505551234 " })
        void writtenFormsAreNormalisedToDigits(String written) {
            assertThat(Recipient.normalize(written)).isEqualTo("16505551234");
        }

        @ParameterizedTest
        @ValueSource(strings = { "", "   " })
        void missingRecipientIsRefused(String blank) {
            refused(() -> Recipient.normalize(blank), "to");
            refused(() -> Recipient.normalize(null), "to");
        }

        @ParameterizedTest
        @ValueSource(strings = { "+1 650 CALL NOW", "1650555123x", "1+6505551234", "++16505551234", "1/650/5551234" })
        void characterOtherThanDigitsAndSeparatorsIsRefused(String written) {
            InvalidMessageException e = refused(() -> Recipient.normalize(written), "to");
            assertThat(e.getMessage()).doesNotContain(written.strip());
        }

        @Test
        void leadingZeroIsATrunkPrefixNotACountryCode() {
            refused(() -> Recipient.normalize("0049 170 1234567"), "to");
            refused(() -> Recipient.normalize("0170 1234567"), "to");
        }

        @Test
        void requestWithoutRecipientIsRefused() {
            refused(() -> new MessageRequest(null, TextMessage.of("Hi"), null, null), "to");
        }
    }

    @Nested
    class Envelope {

        @Test
        void emptyReplyToIsRefused() {
            refused(() -> MessageRequest.of(TO, TextMessage.of("Hi")).replyTo(" "), "context.message_id");
        }

        @Test
        void messageIsRequired() {
            assertThatThrownBy(() -> MessageRequest.of(TO, null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void requestBodyMustBeAnObjectWithAType() {
            refused(() -> MessageValidator.validateRequest(MAPPER.createArrayNode()), "request");
            ObjectNode noType = MAPPER.createObjectNode().put("messaging_product", "whatsapp").put("to", TO);
            refused(() -> MessageValidator.validateRequest(noType), "type");
            refused(() -> MessageValidator.validateRequest(noType.put("type", "")), "type");
            refused(() -> MessageValidator.validateRequest(noType.put("type", "text")), "text");
            ObjectNode noProduct = MAPPER.createObjectNode().put("to", TO).put("type", "text");
            refused(() -> MessageValidator.validateRequest(noProduct), "messaging_product");
        }
    }

    @Nested
    class Text {

        @Test
        void bodyIsRequired() {
            refused(() -> TextMessage.of(null), "text.body");
            refused(() -> TextMessage.builder().build(), "text.body");
        }

        @Test
        void emptyBodyIsRefused() {
            InvalidMessageException e = refused(() -> TextMessage.of(""), "text.body");
            assertThat(e.limit()).isEqualTo(1);
        }

        @Test
        void previewUrlMustBeABoolean() {
            refused(() -> raw("text", Map.of("body", "Hi", "preview_url", "yes")), "text.preview_url");
        }
    }

    @Nested
    class Media {

        @Test
        void exactlyOneOfIdOrLink() {
            refused(() -> MediaMessage.image(new MediaSource("1", "https://example.com/a.png")), "image");
            refused(() -> MediaMessage.video(new MediaSource(null, null)), "video");
            refused(() -> MediaMessage.audio(MediaSource.id(" ")), "audio.id");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "http://example.com/a.png", "ftp://example.com/a.png", "example.com/a.png",
                "file:///tmp/a.png" })
        void linksMustBeHttps(String link) {
            InvalidMessageException e = refused(() -> MediaMessage.image(MediaSource.link(link)), "image.link");
            assertThat(e.getMessage()).contains("https");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "https://bit.ly/3abc", "https://BIT.LY/3abc", "https://tinyurl.com/y3x", "https://t.co/x",
                "https://goo.gl/x", "https://ow.ly/x", "https://is.gd/x", "https://buff.ly/x", "https://rebrand.ly/x",
                "https://cutt.ly/x", "https://shorturl.at/x", "https://go.bit.ly/x" })
        void urlShortenersAreRefused(String link) {
            InvalidMessageException e = refused(() -> MediaMessage.document(MediaSource.link(link)), "document.link");
            assertThat(e.getMessage()).contains("shortener");
        }

        @Test
        void hostThatMerelyEndsLikeAShortenerIsAccepted() {
            assertThat(MediaMessage.image(MediaSource.link("https://robot.co/a.png")).source().link())
                    .isEqualTo("https://robot.co/a.png");
        }

        @Test
        void malformedOrHostlessLinksAreRefused() {
            refused(() -> MediaMessage.image(MediaSource.link("https://exa mple.com/a.png")), "image.link");
            refused(() -> MediaMessage.image(MediaSource.link("https:///a.png")), "image.link");
        }

        @Test
        void captionIsNotAllowedOnAudioOrSticker() {
            refused(() -> MediaMessage.audio(MediaSource.id("1")).caption("Listen"), "audio.caption");
            refused(() -> MediaMessage.sticker(MediaSource.id("1")).caption("Ha"), "sticker.caption");
        }

        @Test
        void filenameIsForDocumentsOnly() {
            refused(() -> MediaMessage.image(MediaSource.id("1")).filename("a.png"), "image.filename");
            refused(() -> MediaMessage.video(MediaSource.id("1")).filename("a.mp4"), "video.filename");
        }

        @Test
        void interactiveAndTemplateMediaFollowTheSameLinkRules() {
            refused(() -> InteractiveMessage.buttons("Hi").button("a", "A")
                    .header(InteractiveHeader.image(MediaSource.link("http://example.com/a.png"))).build(),
                    "interactive.header.image.link");
            refused(() -> TemplateMessage.builder("promo", "en").headerVideo(MediaSource.link("https://bit.ly/v"))
                    .build(),
                    "template.components[0].parameters[0].video.link");
        }
    }

    @Nested
    class LocationContactsReaction {

        @Test
        void coordinatesAreRequiredAndNumeric() {
            refused(() -> raw("location", Map.of("longitude", 1)), "location.latitude");
            refused(() -> raw("location", Map.of("latitude", "north", "longitude", 1)), "location.latitude");
            assertThat(raw("location", Map.of("latitude", "37.48", "longitude", "-122.14")).type()).isEqualTo(
                    "location");
            refused(() -> LocationMessage.of(Double.NaN, 0), "location.latitude");
        }

        @Test
        void contactNeedsFormattedName() {
            refused(() -> ContactsMessage.of(Contact.builder(null).build()), "contacts[0].name.formatted_name");
            refused(() -> ContactsMessage.of(Contact.builder("A").build(), Contact.builder(" ").build()),
                    "contacts[1].name.formatted_name");
            refused(() -> raw("contacts", Map.of("name", "A")), "contacts");
        }

        @Test
        void contactEntriesNeedTheirValue() {
            refused(() -> ContactsMessage.of(Contact.builder("A").phone(null, Contact.Label.WORK).build()),
                    "contacts[0].phones[0].phone");
            refused(() -> ContactsMessage.of(Contact.builder("A").email("a@example.com", null).email("", null).build()),
                    "contacts[0].emails[1].email");
            refused(() -> ContactsMessage.of(Contact.builder("A").url(null, null).build()), "contacts[0].urls[0].url");
        }

        @Test
        void reactionNeedsMessageIdAndEmoji() {
            refused(() -> ReactionMessage.react(null, "👍"), "reaction.message_id");
            refused(() -> ReactionMessage.remove(""), "reaction.message_id");
            refused(() -> ReactionMessage.react("wamid.1", null), "reaction.emoji");
        }
    }

    @Nested
    class Interactive {

        @Test
        void bodyIsRequiredForEveryModelledType() {
            refused(() -> InteractiveMessage.buttons(null).button("a", "A").build(), "interactive.body");
            refused(() -> InteractiveMessage.list(null, "Open").section(null, ListRow.of("a", "A")).build(),
                    "interactive.body");
            refused(() -> InteractiveMessage.ctaUrl(null, "Open", "https://example.com"), "interactive.body");
            refused(() -> InteractiveMessage.flow(null, FlowAction.byId("1", "Go")), "interactive.body");
            refused(() -> InteractiveMessage.locationRequest(null), "interactive.body");
        }

        @Test
        void listHeaderMustBeText() {
            refused(() -> new InteractiveMessage(
                    InteractiveHeader.image(MediaSource.id("1")), "Pick", null,
                    new ListAction("Open", List.of(ListSection.of(null, ListRow.of("a", "A"))))),
                    "interactive.header.type");
        }

        @Test
        void headerTypeMustBeKnown() {
            refused(() -> new InteractiveMessage(
                    new InteractiveHeader("gif", null, null), "Hi", null,
                    new LocationRequestAction()), "interactive.header.type");
            refused(() -> InteractiveMessage.locationRequest("Hi").header(InteractiveHeader.text(null)),
                    "interactive.header.text");
        }

        @Test
        void buttonIdsAndTitlesAreUnique() {
            refused(() -> InteractiveMessage.buttons("Pick").button("a", "Yes").button("a", "No").build(),
                    "interactive.action.buttons[1].reply.id");
            refused(() -> InteractiveMessage.buttons("Pick").button("a", "Yes").button("b", "Yes").build(),
                    "interactive.action.buttons[1].reply.title");
        }

        @Test
        void buttonNeedsIdTitleAndReplyType() {
            refused(() -> InteractiveMessage.buttons("Pick").button(null, "Yes").build(),
                    "interactive.action.buttons[0].reply.id");
            refused(() -> InteractiveMessage.buttons("Pick").button("a", " ").build(),
                    "interactive.action.buttons[0].reply.title");
            refused(() -> raw("interactive", Map.of("type", "button", "body", Map.of("text", "Pick"), "action",
                    Map.of("buttons", List.of(Map.of("type", "url", "reply", Map.of("id", "a", "title", "A")))))),
                    "interactive.action.buttons[0].type");
        }

        @Test
        void severalSectionsNeedTitlesAndRowIdsAreUnique() {
            refused(() -> InteractiveMessage.list("Pick", "Open").section("One", ListRow.of("a", "A"))
                    .section(null, ListRow.of("b", "B")).build(), "interactive.action.sections[1].title");
            refused(() -> InteractiveMessage.list("Pick", "Open").section("One", ListRow.of("a", "A"))
                    .section("Two", ListRow.of("a", "B")).build(), "interactive.action.sections[1].rows[0].id");
            refused(() -> InteractiveMessage.list("Pick", "Open").section(null, ListRow.of("a", null)).build(),
                    "interactive.action.sections[0].rows[0].title");
            refused(() -> InteractiveMessage.list("Pick", null).section(null, ListRow.of("a", "A")).build(),
                    "interactive.action.button");
        }

        @Test
        void ctaUrlNeedsTextAndUrl() {
            refused(() -> InteractiveMessage.ctaUrl("Hi", "Open", null), "interactive.action.parameters.url");
            refused(() -> InteractiveMessage.ctaUrl("Hi", null, "https://example.com"),
                    "interactive.action.parameters.display_text");
        }

        @Test
        void flowNeedsExactlyOneOfIdOrName() {
            refused(() -> InteractiveMessage.flow("Go", new FlowAction(
                    "1", "survey", "Start", false, null, null, null,
                    null)), "interactive.action.parameters");
            refused(() -> InteractiveMessage.flow("Go", FlowAction.byId(null, "Start")),
                    "interactive.action.parameters");
        }

        @Test
        void flowParametersFollowMetasValues() {
            Map<String, Object> parameters = Map.of("flow_message_version", "2", "flow_id", "1", "flow_cta", "Go");
            refused(() -> raw("interactive", Map.of("type", "flow", "body", Map.of("text", "Hi"),
                    "action", Map.of("name", "flow", "parameters", parameters))),
                    "interactive.action.parameters.flow_message_version");
            refused(() -> InteractiveMessage.flow("Go", new FlowAction(
                    "1", null, "Start", false, null, "jump", null,
                    null)), "interactive.action.parameters.flow_action");
            refused(() -> raw("interactive", Map.of("type", "flow", "body", Map.of("text", "Hi"),
                    "action", Map.of("name", "flow", "parameters", Map.of("flow_message_version", "3", "flow_id", "1",
                            "flow_cta", "Go", "mode", "test")))), "interactive.action.parameters.mode");
        }

        @Test
        void actionNameMustMatchTheType() {
            refused(() -> raw("interactive", Map.of("type", "location_request_message", "body", Map.of("text", "Hi"),
                    "action", Map.of("name", "cta_url"))), "interactive.action.name");
            refused(() -> raw("interactive", Map.of("type", "cta_url", "body", Map.of("text", "Hi"),
                    "action", Map.of("name", "send_location"))), "interactive.action.name");
            refused(() -> raw("interactive", Map.of("type", "button", "body", Map.of("text", "Hi"))),
                    "interactive.action");
        }

        @Test
        void unmodelledInteractiveTypesStillHaveTheirTextLimits() {
            refused(() -> raw("interactive", Map.of("type", "product", "body", Map.of("text", "x".repeat(1025)),
                    "action", Map.of("catalog_id", "1", "product_retailer_id", "sku"))), "interactive.body.text");
        }
    }

    @Nested
    class Template {

        @ParameterizedTest
        @ValueSource(strings = {
                "Order_Confirmation", "order-confirmation", "order confirmation", "bestellbestätigung" })
        void nameIsLowerCaseLettersDigitsAndUnderscores(String name) {
            refused(() -> TemplateMessage.builder(name, "en_US").build(), "template.name");
        }

        @Test
        void nameAndLanguageAreRequired() {
            refused(() -> TemplateMessage.builder(null, "en_US").build(), "template.name");
            refused(() -> TemplateMessage.builder("hello_world", null).build(), "template.language.code");
            refused(() -> TemplateMessage.builder("hello_world", "").build(), "template.language.code");
        }

        @ParameterizedTest
        @ValueSource(strings = { "Ann\nSmith", "Ann\tSmith", "Ann\r\nSmith" })
        void textParametersHaveNoNewLinesOrTabs(String text) {
            refused(() -> TemplateMessage.builder("greeting", "en").bodyText(text).build(),
                    "template.components[0].parameters[0].text");
            refused(() -> TemplateMessage.builder("greeting", "en").headerText(text).build(),
                    "template.components[0].parameters[0].text");
        }

        @Test
        void textParameterIsRequired() {
            refused(() -> TemplateMessage.withBodyParameters("greeting", "en", java.util.Arrays.asList("Ann", null)),
                    "template.components[0].parameters[1].text");
        }

        @ParameterizedTest
        @ValueSource(strings = { "First Name", "firstName", "first-name", "" })
        void parameterNamesAreLowerCaseLettersDigitsAndUnderscores(String name) {
            refused(() -> TemplateMessage.withNamedBodyParameters("greeting", "en", Map.of(name, "Ann")),
                    "template.components[0].parameters[0].parameter_name");
        }

        @Test
        void currencyAndDateTimeNeedTheirFields() {
            refused(() -> TemplateMessage.builder("bill", "en").body(TemplateParameter.currency(null, "USD", 1))
                    .build(),
                    "template.components[0].parameters[0].currency.fallback_value");
            refused(() -> TemplateMessage.builder("bill", "en").body(TemplateParameter.currency("$1", null, 1)).build(),
                    "template.components[0].parameters[0].currency.code");
            refused(() -> TemplateMessage.builder("bill", "en").body(TemplateParameter.dateTime(" ")).build(),
                    "template.components[0].parameters[0].date_time.fallback_value");
            refused(() -> raw("template", Map.of("name", "bill", "language", Map.of("code", "en"), "components",
                    List.of(Map.of("type", "body", "parameters", List.of(Map.of("type", "currency", "currency",
                            Map.of("fallback_value", "$1", "code", "USD", "amount_1000", 1.5))))))),
                    "template.components[0].parameters[0].currency.amount_1000");
        }

        @Test
        void buttonsNeedIndexAndTheirParameter() {
            Map<String, Object> noIndex = Map.of("type", "button", "sub_type", "quick_reply",
                    "parameters", List.of(Map.of("type", "payload", "payload", "p")));
            refused(() -> raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(noIndex))), "template.components[0].index");
            Map<String, Object> badIndex = Map.of("type", "button", "sub_type", "quick_reply", "index", "first",
                    "parameters", List.of(Map.of("type", "payload", "payload", "p")));
            refused(() -> raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(badIndex))), "template.components[0].index");
            Map<String, Object> wrongType = Map.of("type", "button", "sub_type", "url", "index", "0",
                    "parameters", List.of(Map.of("type", "payload", "payload", "p")));
            refused(() -> raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(wrongType))), "template.components[0].parameters[0].type");
            Map<String, Object> noParameters = Map.of("type", "button", "sub_type", "flow", "index", "0",
                    "parameters", List.of());
            refused(() -> raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(noParameters))), "template.components[0].parameters[0]");
            refused(() -> TemplateMessage.builder("t", "en").button(TemplateButton.quickReply(0, null)).build(),
                    "template.components[0].parameters[0].payload");
            refused(() -> TemplateMessage.builder("t", "en").button(TemplateButton.url(1, "")).build(),
                    "template.components[0].parameters[0].text");
        }

        @Test
        void quickReplyMayAnswerWithTextAsInMetasExamples() {
            Map<String, Object> textReply = Map.of("type", "button", "sub_type", "quick_reply", "index", 0,
                    "parameters", List.of(Map.of("type", "text", "text", "yes")));
            assertThat(raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(textReply))).type()).isEqualTo("template");
        }

        @Test
        void unknownComponentsAndParameterTypesPassThrough() {
            Map<String, Object> later = Map.of("type", "order_status", "parameters", List.of());
            Map<String, Object> orderDetails = Map.of("type", "button", "sub_type", "order_details", "index", 0,
                    "parameters", List.of(Map.of("type", "action", "action", Map.of())));
            assertThat(raw("template", Map.of("name", "t", "language", Map.of("code", "en"),
                    "components", List.of(later, orderDetails))).type()).isEqualTo("template");
        }
    }

    @Nested
    class MarkAsRead {

        @Test
        void messageIdIsRequired() {
            refused(() -> ReadReceipt.of(null), "message_id");
            refused(() -> ReadReceipt.of(""), "message_id");
        }

        @Test
        void statusAndTypingIndicatorAreFixedValues() {
            ObjectNode receipt = ReadReceipt.of("wamid.1").typingIndicator(true).toGraphJson();
            refused(() -> MessageValidator.validateReadReceipt(receipt.deepCopy().put("status", "delivered")),
                    "status");
            receipt.with("typing_indicator").put("type", "audio");
            refused(() -> MessageValidator.validateReadReceipt(receipt), "typing_indicator.type");
        }
    }
}
