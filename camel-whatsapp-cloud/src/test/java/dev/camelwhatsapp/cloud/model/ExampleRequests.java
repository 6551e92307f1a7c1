package dev.camelwhatsapp.cloud.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * One request per message type and variant the model can produce. The exact-JSON tests assert each of
 * them field by field; the schema test checks all of them (found by reflection, so a new example
 * cannot be forgotten there).
 */
public final class ExampleRequests {

    static final String TO = "+1 (650) 555-1234";
    static final String WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4";

    private ExampleRequests() {
    }

    public static Stream<Arguments> all() {
        return Arrays.stream(ExampleRequests.class.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getReturnType() == MessageRequest.class && method.getParameterCount() == 0)
                .sorted(Comparator.comparing(Method::getName))
                .map(method -> Arguments.of(method.getName(), invoke(method)));
    }

    private static MessageRequest invoke(Method method) {
        try {
            return (MessageRequest) method.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageRequest to(OutgoingMessage message) {
        return MessageRequest.of(TO, message);
    }

    static MessageRequest text() {
        return to(TextMessage.of("Your order has shipped"));
    }

    static MessageRequest textWithPreview() {
        return to(TextMessage.builder().body("Track it: https://example.com/t/1234").previewUrl(true).build());
    }

    static MessageRequest textReplyWithCallbackData() {
        return to(TextMessage.of("Thanks!")).replyTo(WAMID).callbackData("order-1234");
    }

    static MessageRequest imageByLink() {
        return to(MediaMessage.image(MediaSource.link("https://example.com/receipt.png")).caption("Your receipt"));
    }

    static MessageRequest imageById() {
        return to(MediaMessage.image(MediaSource.id("1013859600285441")));
    }

    static MessageRequest audioByLink() {
        return to(MediaMessage.audio(MediaSource.link("https://example.com/note.ogg")));
    }

    static MessageRequest audioById() {
        return to(MediaMessage.audio(MediaSource.id("1013859600285442")));
    }

    static MessageRequest videoByLink() {
        return to(MediaMessage.video(MediaSource.link("https://example.com/howto.mp4")).caption("How to"));
    }

    static MessageRequest videoById() {
        return to(MediaMessage.video(MediaSource.id("1013859600285443")));
    }

    static MessageRequest documentByLink() {
        return to(MediaMessage.document(MediaSource.link("https://example.com/invoice.pdf"))
                .caption("Invoice").filename("invoice-1234.pdf"));
    }

    static MessageRequest documentById() {
        return to(MediaMessage.document(MediaSource.id("1013859600285444")).filename("invoice-1234.pdf"));
    }

    static MessageRequest stickerByLink() {
        return to(MediaMessage.sticker(MediaSource.link("https://example.com/thanks.webp")));
    }

    static MessageRequest stickerById() {
        return to(MediaMessage.sticker(MediaSource.id("1013859600285445")));
    }

    static MessageRequest location() {
        return to(LocationMessage.of(37.4847, -122.1486).name("Meta HQ").address("1 Hacker Way, Menlo Park, CA 94025"));
    }

    static MessageRequest locationWithoutName() {
        return to(LocationMessage.of(-33.8688, 151.2093));
    }

    static MessageRequest contacts() {
        return to(ContactsMessage.of(Contact.builder("John Smith")
                .firstName("John").lastName("Smith").middleName("D.").prefix("Dr").suffix("Jr")
                .birthday(LocalDate.of(2012, 8, 18))
                .address(new Contact.Address(
                        "1 Hacker Way", "Menlo Park", "CA", "94025", "United States", "us",
                        Contact.Label.HOME))
                .email("test@fb.com", Contact.Label.WORK)
                .organization("WhatsApp", "Design", "Manager")
                .phone("+1 (940) 555-1234", Contact.Label.HOME)
                .phone("+1 (650) 555-1234", Contact.Label.WORK, "16505551234")
                .url("https://www.facebook.com", Contact.Label.WORK)
                .build()));
    }

    static MessageRequest contactsMinimal() {
        return to(ContactsMessage.of(Contact.builder("Support desk").build(),
                Contact.builder("Sales").phone("+44 20 7946 0000", null).build()));
    }

    static MessageRequest interactiveButtons() {
        return to(InteractiveMessage.buttons("Keep your 10:00 appointment?")
                .header(InteractiveHeader.text("Appointment"))
                .footer("Reply by 18:00")
                .button("keep", "Keep")
                .button("move", "Move")
                .build());
    }

    static MessageRequest interactiveButtonsWithImageHeader() {
        return to(InteractiveMessage.buttons("Is this your parcel?")
                .header(InteractiveHeader.image(MediaSource.link("https://example.com/parcel.jpg")))
                .button("yes", "Yes")
                .build());
    }

    static MessageRequest interactiveButtonsWithDocumentHeader() {
        return to(InteractiveMessage.buttons("Please confirm the contract")
                .header(InteractiveHeader.document(MediaSource.id("1013859600285446")))
                .button("ok", "Confirm")
                .build());
    }

    static MessageRequest interactiveButtonsWithVideoHeader() {
        return to(InteractiveMessage.buttons("Did the video help?")
                .header(InteractiveHeader.video(MediaSource.link("https://example.com/help.mp4")))
                .button("yes", "Yes").button("no", "No").button("human", "Talk to us")
                .build());
    }

    static MessageRequest interactiveList() {
        return to(InteractiveMessage.list("Pick a time for your visit", "Times")
                .header("Book a visit")
                .footer("Times are local")
                .section("Morning", ListRow.of("0900", "09:00").description("30 minutes"), ListRow.of("1000", "10:00"))
                .section("Afternoon", ListRow.of("1400", "14:00"))
                .build());
    }

    static MessageRequest interactiveListSingleSectionWithoutTitle() {
        return to(InteractiveMessage.list("Choose a size", "Sizes")
                .section(null, ListRow.of("s", "Small"), ListRow.of("m", "Medium"))
                .build());
    }

    static MessageRequest interactiveCtaUrl() {
        return to(InteractiveMessage.ctaUrl("Your invoice is ready", "Open invoice", "https://example.com/i/1234")
                .header(InteractiveHeader.text("Invoice"))
                .footer("Valid for 30 days"));
    }

    static MessageRequest interactiveFlowById() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guests", 2);
        data.put("date", "2026-12-24");
        return to(InteractiveMessage.flow("Book your table",
                FlowAction.byId("1234567890", "Book now").token("booking-42").navigate("WELCOME", data)));
    }

    static MessageRequest interactiveFlowByNameDraftDataExchange() {
        return to(InteractiveMessage.flow("Tell us what you think",
                FlowAction.byName("feedback_survey", "Start").draft(true).dataExchange())
                .header(InteractiveHeader.text("Feedback"))
                .footer("Takes a minute"));
    }

    static MessageRequest interactiveProduct() {
        return to(InteractiveMessage.product("1537266923812345", "SKU-SHIRT-M").body("Back in stock"));
    }

    static MessageRequest interactiveProductList() {
        return to(InteractiveMessage.productList("Summer picks", "Our favourites", "1537266923812345")
                .section("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M").section("Hats", "SKU-HAT-1").build());
    }

    static MessageRequest interactiveCatalog() {
        return to(InteractiveMessage.catalog("Browse our spring collection", "SKU-SHIRT-M"));
    }

    static MessageRequest interactiveCallPermissionRequest() {
        return to(InteractiveMessage.callPermissionRequest("May we call you about your order?"));
    }

    static MessageRequest interactiveLocationRequest() {
        return to(InteractiveMessage.locationRequest("Where should we deliver?"));
    }

    static MessageRequest reaction() {
        return to(ReactionMessage.react(WAMID, "👍"));
    }

    static MessageRequest reactionRemoval() {
        return to(ReactionMessage.remove(WAMID));
    }

    static MessageRequest templateWithoutParameters() {
        return to(TemplateMessage.builder("hello_world", "en_US").build());
    }

    static MessageRequest templateFull() {
        return to(TemplateMessage.builder("order_confirmation", "en_US")
                .headerImage(MediaSource.link("https://example.com/order.png"))
                .bodyText("Ann", "#1234")
                .body(TemplateParameter.currency("$100.99", "USD", 100_990),
                        TemplateParameter.dateTime("February 25, 1977"))
                .button(TemplateButton.quickReply(0, "TRACK_1234"))
                .button(TemplateButton.url(1, "order/1234"))
                .build());
    }

    static MessageRequest templateHeaderText() {
        return to(TemplateMessage.builder("delivery_update", "de").headerText("Lieferung 1234").bodyText("Ann")
                .build());
    }

    static MessageRequest templateHeaderVideo() {
        return to(TemplateMessage.builder("product_launch", "en_GB")
                .headerVideo(MediaSource.id("1013859600285447")).build());
    }

    static MessageRequest templateHeaderDocument() {
        return to(TemplateMessage.builder("invoice_ready", "en_US")
                .header(TemplateParameter.document(MediaSource.link("https://example.com/invoice.pdf"))
                        .filename("invoice-1234.pdf"))
                .build());
    }

    static MessageRequest templateHeaderLocation() {
        return to(TemplateMessage.builder("pickup_point", "en_US")
                .headerLocation(52.52, 13.405, "Pick-up point", "Alexanderplatz 1, Berlin").build());
    }

    static MessageRequest templatePositionalFromList() {
        return to(TemplateMessage.withBodyParameters("order_shipped", "en_US", List.of("Ann", 1234)));
    }

    static MessageRequest templateNamedFromMap() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("first_name", "Ann");
        parameters.put("total", TemplateParameter.currency("€12.50", "EUR", 12_500));
        parameters.put("due", TemplateParameter.dateTime("24 December"));
        return to(TemplateMessage.withNamedBodyParameters("payment_due", "en_US", parameters));
    }

    static MessageRequest templateCopyCode() {
        return to(TemplateMessage.builder("winter_sale", "en_US")
                .bodyText("20%").button(TemplateButton.copyCode(0, "SAVE20")).build());
    }

    static MessageRequest templateFlowButton() {
        return to(TemplateMessage.builder("book_table", "en_US")
                .button(TemplateButton.flow(0, "booking-42").flowActionData(Map.of("guests", 2)))
                .build());
    }

    static MessageRequest rawText() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("to", "+49 170 1234567");
        message.put("type", "text");
        message.put("text", Map.of("body", "Hallo"));
        return new MessageRequest(null, RawMessage.of(message), null, null);
    }

    static MessageRequest rawInteractiveProductList() {
        return MessageRequest.of(TO, RawMessage.of(Map.of("type", "interactive", "interactive", Map.of(
                "type", "product_list",
                "header", Map.of("type", "text", "text", "Our picks"),
                "body", Map.of("text", "Have a look"),
                "action", Map.of("catalog_id", "146265584024623", "sections", List.of(Map.of(
                        "title", "Bread", "product_items", List.of(Map.of("product_retailer_id", "sku-1")))))))));
    }
}
