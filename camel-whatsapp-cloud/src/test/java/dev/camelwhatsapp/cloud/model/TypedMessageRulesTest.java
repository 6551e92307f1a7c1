package dev.camelwhatsapp.cloud.model;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Typed messages check their own fields and are not validated again through their JSON: this walks every rule
 * {@link MessageValidator} applies to a message's content and breaks it with a typed message. Each typed message must
 * fail when it is built, with an {@link InvalidMessageException} naming the field; where the same mistake can be
 * written as JSON (the valid message's own JSON with one field broken), the {@link RawMessage} path must refuse it
 * with the very same field and wording, so the two paths cannot drift apart.
 *
 * <p>Rules about JSON types ({@code must be a string}, {@code must be an object}, {@code must be an array},
 * {@code preview_url must be true or false}, a currency amount that is not a whole number, a card index that is not
 * a number) and fixed values the typed model always writes ({@code interactive.action.name}, the reply button
 * {@code type}, {@code flow_message_version}, a button parameter's {@code type}) cannot be broken by a typed message:
 * the Java types rule them out.
 */
class TypedMessageRulesTest {

    private static final String TO = "16505551234";
    private static final MediaSource LINK = MediaSource.link("https://example.com/a.png");
    private static final String LONG = "x".repeat(40_000);

    private static final InteractiveMessage BUTTONS
            = InteractiveMessage.buttons("Keep your 10:00 appointment?").button("keep", "Keep").button("move", "Move")
                    .build();
    private static final InteractiveMessage LIST = InteractiveMessage.list("Pick a time", "Times")
            .section("Morning", ListRow.of("0900", "09:00").description("Early"))
            .section("Evening", ListRow.of("1800", "18:00")).build();
    private static final InteractiveMessage CTA
            = InteractiveMessage.ctaUrl("Your invoice", "Open", "https://example.com/i/1");
    private static final InteractiveMessage FLOW
            = InteractiveMessage.flow("Book a table", FlowAction.byId("1234567890", "Book").dataExchange());
    private static final InteractiveMessage PRODUCT = InteractiveMessage.product("1537266923812345", "SKU-1");
    private static final InteractiveMessage PRODUCT_LIST = InteractiveMessage.productList("Picks", "This week",
            "153726")
            .section("Shirts", "SKU-SHIRT-S").section("Hats", "SKU-HAT-1").build();
    private static final InteractiveMessage ADDRESS = InteractiveMessage.address("Where should we deliver?",
            AddressAction.of("IN").value("name", "Ann").value("in_pin_code", "400001")
                    .savedAddress("home", Map.of("city", "Pune")).validationError("city", "Unknown city"));
    /** components: [0] header text, [1] body (text, text, currency, date_time), [2] quick reply, [3] url, [4] copy code */
    private static final TemplateMessage TEMPLATE = TemplateMessage.builder("order_update", "en_US").headerText("Ann")
            .bodyText("#1234", "tomorrow")
            .body(TemplateParameter.currency("$1.00", "USD", 1000), TemplateParameter.dateTime("today"))
            .button(TemplateButton.quickReply(0, "TRACK")).button(TemplateButton.url(1, "t/1"))
            .button(TemplateButton.copyCode(2, "SAVE20")).build();
    private static final TemplateMessage NAMED
            = TemplateMessage.withNamedBodyParameters("order_update", "en_US", Map.of("first_name", "Ann"));
    private static final TemplateMessage MEDIA_HEADER
            = TemplateMessage.builder("receipt", "en_US").headerDocument(MediaSource.id("1013")).build();
    private static final TemplateMessage LOCATION_HEADER
            = TemplateMessage.builder("pickup", "en_US").headerLocation(52.52, 13.405, "Pick-up", null).build();
    private static final TemplateMessage OFFER = TemplateMessage.builder("spring_sale", "en_US")
            .limitedTimeOffer(Instant.parse("2026-05-31T23:59:59Z")).build();
    /** components: [0] carousel; card 0: [0] header, [1] body, [2] quick reply */
    private static final TemplateMessage CAROUSEL = TemplateMessage.builder("summer_picks", "en_US")
            .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK)).bodyText("Shirts")
                    .button(TemplateButton.quickReply(0, "SHIRTS")))
            .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build();
    private static final TemplateMessage MPM = TemplateMessage.builder("picks", "en_US")
            .button(TemplateButton.multiProduct(0, "SKU-1", ProductSection.of("Shirts", "SKU-1"))).build();
    private static final ContactsMessage CONTACTS = ContactsMessage.of(Contact.builder("Support")
            .phone("+44 20 7946 0000", Contact.Label.WORK).email("help@example.com", Contact.Label.WORK)
            .url("https://example.com", Contact.Label.WORK).build());

    private static final String BUTTON_0 = "interactive.action.buttons[0].reply";
    private static final String TEXT_PARAMETER = "template.components[1].parameters[0]";
    private static final String CARD = "template.components[0].cards[0]";
    private static final String MPM_ACTION = "template.components[0].parameters[0].action";
    private static final String ADDRESS_PARAMETERS = "interactive.action.parameters";

    static Stream<Arguments> rules() {
        return Stream.of(
                // text
                rule(() -> TextMessage.of(null), TextMessage.of("Hi"), remove("/text/body"), "text.body"),
                rule(() -> TextMessage.of(""), TextMessage.of("Hi"), set("/text/body", ""), "text.body"),
                rule(() -> TextMessage.of("x".repeat(4097)), TextMessage.of("Hi"), set("/text/body", "x".repeat(4097)),
                        "text.body"),
                // media
                rule(() -> MediaMessage.image(new MediaSource(null, null)), MediaMessage.image(LINK),
                        remove("/image/link"), "image"),
                rule(() -> MediaMessage.image(new MediaSource("1013", "https://example.com/a.png")),
                        MediaMessage.image(LINK), set("/image/id", "1013"), "image"),
                rule(() -> MediaMessage.image(MediaSource.id(" ")), MediaMessage.image(MediaSource.id("1")),
                        set("/image/id", " "), "image.id"),
                rule(() -> MediaMessage.image(MediaSource.link(" ")), MediaMessage.image(LINK), set("/image/link", " "),
                        "image.link"),
                rule(() -> MediaMessage.image(MediaSource.link("http://example.com/a.png")), MediaMessage.image(LINK),
                        set("/image/link", "http://example.com/a.png"), "image.link"),
                rule(() -> MediaMessage.image(MediaSource.link("https://exa mple.com/a.png")), MediaMessage.image(LINK),
                        set("/image/link", "https://exa mple.com/a.png"), "image.link"),
                rule(() -> MediaMessage.image(MediaSource.link("https:///a.png")), MediaMessage.image(LINK),
                        set("/image/link", "https:///a.png"), "image.link"),
                rule(() -> MediaMessage.video(MediaSource.link("https://go.bit.ly/a")), MediaMessage.video(LINK),
                        set("/video/link", "https://go.bit.ly/a"), "video.link"),
                rule(() -> MediaMessage.audio(LINK).caption("Hi"), MediaMessage.audio(LINK), set("/audio/caption",
                        "Hi"),
                        "audio.caption"),
                rule(() -> MediaMessage.sticker(LINK).caption("Hi"), MediaMessage.sticker(LINK),
                        set("/sticker/caption", "Hi"), "sticker.caption"),
                rule(() -> MediaMessage.image(LINK).caption("x".repeat(1025)), MediaMessage.image(LINK),
                        set("/image/caption", "x".repeat(1025)), "image.caption"),
                rule(() -> MediaMessage.image(LINK).filename("a.png"), MediaMessage.image(LINK),
                        set("/image/filename", "a.png"), "image.filename"),
                // location
                rule(() -> LocationMessage.of(90.5, 0), LocationMessage.of(1, 1), set("/location/latitude", 90.5),
                        "location.latitude"),
                rule(() -> LocationMessage.of(-91, 0), LocationMessage.of(1, 1), set("/location/latitude", -91.0),
                        "location.latitude"),
                rule(() -> LocationMessage.of(0, 180.5), LocationMessage.of(1, 1), set("/location/longitude", 180.5),
                        "location.longitude"),
                rule(() -> LocationMessage.of(Double.NaN, 0), LocationMessage.of(1, 1), set("/location/latitude",
                        "NaN"),
                        "location.latitude"),
                // contacts
                rule(() -> new ContactsMessage(List.of()), CONTACTS, set("/contacts", List.of()), "contacts"),
                rule(() -> new ContactsMessage(Collections.nCopies(6, CONTACTS.contacts().get(0))), CONTACTS,
                        json -> ((ArrayNode) json.get("contacts")).addAll(Collections.nCopies(5,
                                json.get("contacts").get(0).deepCopy())),
                        "contacts"),
                rule(() -> ContactsMessage.of(Contact.builder(" ").build()), CONTACTS,
                        set("/contacts/0/name/formatted_name", " "), "contacts[0].name.formatted_name"),
                rule(() -> ContactsMessage.of(new Contact(
                        null, null, null, List.of(), List.of(), List.of(), List.of())),
                        CONTACTS, remove("/contacts/0/name/formatted_name"), "contacts[0].name.formatted_name"),
                rule(() -> ContactsMessage.of(Contact.builder("Ann").phone(" ", null).build()), CONTACTS,
                        set("/contacts/0/phones/0/phone", " "), "contacts[0].phones[0].phone"),
                rule(() -> ContactsMessage.of(Contact.builder("Ann").email(null, null).build()), CONTACTS,
                        remove("/contacts/0/emails/0/email"), "contacts[0].emails[0].email"),
                rule(() -> ContactsMessage.of(Contact.builder("Ann").url("", null).build()), CONTACTS,
                        set("/contacts/0/urls/0/url", ""), "contacts[0].urls[0].url"),
                // reaction
                rule(() -> ReactionMessage.react(" ", "👍"), ReactionMessage.react("wamid.1", "👍"),
                        set("/reaction/message_id", " "), "reaction.message_id"),
                rule(() -> ReactionMessage.react("wamid.1", null), ReactionMessage.react("wamid.1", "👍"),
                        remove("/reaction/emoji"), "reaction.emoji"),
                // interactive: header, body, footer
                rule(() -> PRODUCT.header(InteractiveHeader.text("Shirt")), PRODUCT,
                        setJson("/interactive/header", "{\"type\":\"text\",\"text\":\"Shirt\"}"), "interactive.header"),
                rule(() -> LIST.header(InteractiveHeader.image(LINK)), LIST.header(InteractiveHeader.text("Times")),
                        set("/interactive/header/type", "image"), "interactive.header.type"),
                rule(() -> BUTTONS.header(new InteractiveHeader("audio", null, LINK)), BUTTONS.header(
                        InteractiveHeader.image(LINK)), set("/interactive/header/type", "audio"),
                        "interactive.header.type"),
                rule(() -> BUTTONS.header(new InteractiveHeader(" ", null, null)), BUTTONS.header(
                        InteractiveHeader.text("Hi")), set("/interactive/header/type", " "), "interactive.header.type"),
                rule(() -> BUTTONS.header(InteractiveHeader.text(null)), BUTTONS.header(InteractiveHeader.text("Hi")),
                        remove("/interactive/header/text"), "interactive.header.text"),
                rule(() -> BUTTONS.header(InteractiveHeader.text("x".repeat(61))), BUTTONS.header(
                        InteractiveHeader.text("Hi")), set("/interactive/header/text", "x".repeat(61)),
                        "interactive.header.text"),
                rule(() -> BUTTONS.header(new InteractiveHeader("image", null, null)), BUTTONS.header(
                        InteractiveHeader.image(LINK)), remove("/interactive/header/image"),
                        "interactive.header.image"),
                rule(() -> BUTTONS.header(InteractiveHeader.video(MediaSource.link("ftp://example.com/v.mp4"))),
                        BUTTONS.header(InteractiveHeader.video(LINK)),
                        set("/interactive/header/video/link", "ftp://example.com/v.mp4"),
                        "interactive.header.video.link"),
                rule(() -> new InteractiveMessage(null, "Body", null, PRODUCT_LIST.action()), PRODUCT_LIST,
                        remove("/interactive/header"), "interactive.header"),
                rule(() -> BUTTONS.body(null), BUTTONS, remove("/interactive/body"), "interactive.body"),
                rule(() -> BUTTONS.body(""), BUTTONS, set("/interactive/body/text", ""), "interactive.body.text"),
                rule(() -> BUTTONS.body("x".repeat(1025)), BUTTONS, set("/interactive/body/text", "x".repeat(1025)),
                        "interactive.body.text"),
                rule(() -> PRODUCT.body("x".repeat(1025)), PRODUCT, setJson("/interactive/body",
                        "{\"text\":\"" + "x".repeat(1025) + "\"}"), "interactive.body.text"),
                rule(() -> BUTTONS.footer("x".repeat(61)), BUTTONS.footer("Hi"),
                        set("/interactive/footer/text", "x".repeat(61)), "interactive.footer.text"),
                // reply buttons
                rule(() -> InteractiveMessage.buttons("Pick").build(), BUTTONS, set("/interactive/action/buttons",
                        List.of()), "interactive.action.buttons"),
                rule(() -> InteractiveMessage.buttons("Pick").button("a", "A").button("b", "B").button("c", "C")
                        .button("d", "D").build(), BUTTONS, json -> {
                            ArrayNode buttons = (ArrayNode) json.at("/interactive/action/buttons");
                            for (String id : List.of("c", "d")) {
                                buttons.addObject().put("type", "reply").putObject("reply").put("id", id).put("title",
                                        id);
                            }
                        }, "interactive.action.buttons"),
                rule(() -> InteractiveMessage.buttons("Pick").button(" ", "A").build(), BUTTONS,
                        set("/interactive/action/buttons/0/reply/id", " "), BUTTON_0 + ".id"),
                rule(() -> InteractiveMessage.buttons("Pick").button("x".repeat(257), "A").build(), BUTTONS,
                        set("/interactive/action/buttons/0/reply/id", "x".repeat(257)), BUTTON_0 + ".id"),
                rule(() -> InteractiveMessage.buttons("Pick").button("a", null).build(), BUTTONS,
                        remove("/interactive/action/buttons/0/reply/title"), BUTTON_0 + ".title"),
                rule(() -> InteractiveMessage.buttons("Pick").button("a", "x".repeat(21)).build(), BUTTONS,
                        set("/interactive/action/buttons/0/reply/title", "x".repeat(21)), BUTTON_0 + ".title"),
                rule(() -> InteractiveMessage.buttons("Pick").button("a", "A").button("a", "B").build(), BUTTONS,
                        set("/interactive/action/buttons/1/reply/id", "keep"),
                        "interactive.action.buttons[1].reply.id"),
                rule(() -> InteractiveMessage.buttons("Pick").button("a", "A").button("b", "A").build(), BUTTONS,
                        set("/interactive/action/buttons/1/reply/title", "Keep"),
                        "interactive.action.buttons[1].reply.title"),
                // list
                rule(() -> InteractiveMessage.list("Pick", null).section(null, ListRow.of("1", "One")).build(), LIST,
                        remove("/interactive/action/button"), "interactive.action.button"),
                rule(() -> InteractiveMessage.list("Pick", "x".repeat(21)).section(null, ListRow.of("1", "One"))
                        .build(),
                        LIST, set("/interactive/action/button", "x".repeat(21)), "interactive.action.button"),
                rule(() -> InteractiveMessage.list("Pick", "Times").build(), LIST, set("/interactive/action/sections",
                        List.of()), "interactive.action.sections"),
                rule(() -> listWithSections(11, 1), LIST, set("/interactive/action/sections", sections(11, 1)),
                        "interactive.action.sections"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section("A", ListRow.of("1", "One"))
                        .section(null, ListRow.of("2", "Two")).build(), LIST, remove(
                                "/interactive/action/sections/1/title"),
                        "interactive.action.sections[1].title"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section("x".repeat(25), ListRow.of("1", "One"))
                        .build(), LIST, set("/interactive/action/sections/0/title", "x".repeat(25)),
                        "interactive.action.sections[0].title"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section(null, ListRow.of(null, "One")).build(),
                        LIST,
                        remove("/interactive/action/sections/0/rows/0/id"),
                        "interactive.action.sections[0].rows[0].id"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section(null, ListRow.of("x".repeat(201), "One"))
                        .build(), LIST, set("/interactive/action/sections/0/rows/0/id", "x".repeat(201)),
                        "interactive.action.sections[0].rows[0].id"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section(null, ListRow.of("1", " ")).build(), LIST,
                        set("/interactive/action/sections/0/rows/0/title", " "),
                        "interactive.action.sections[0].rows[0].title"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section(null, ListRow.of("1", "x".repeat(25)))
                        .build(), LIST, set("/interactive/action/sections/0/rows/0/title", "x".repeat(25)),
                        "interactive.action.sections[0].rows[0].title"),
                rule(() -> InteractiveMessage.list("Pick", "Times")
                        .section(null, ListRow.of("1", "One").description("x".repeat(73))).build(), LIST,
                        set("/interactive/action/sections/0/rows/0/description", "x".repeat(73)),
                        "interactive.action.sections[0].rows[0].description"),
                rule(() -> InteractiveMessage.list("Pick", "Times").section("A", ListRow.of("1", "One"))
                        .section("B", ListRow.of("1", "Two")).build(), LIST,
                        set("/interactive/action/sections/1/rows/0/id", "0900"),
                        "interactive.action.sections[1].rows[0].id"),
                rule(() -> listWithSections(1, 11), LIST, set("/interactive/action/sections", sections(1, 11)),
                        "interactive.action.sections[].rows"),
                // call to action URL, flow, product
                rule(() -> InteractiveMessage.ctaUrl("Invoice", null, "https://example.com"), CTA,
                        remove("/interactive/action/parameters/display_text"),
                        "interactive.action.parameters.display_text"),
                rule(() -> InteractiveMessage.ctaUrl("Invoice", "x".repeat(21), "https://example.com"), CTA,
                        set("/interactive/action/parameters/display_text", "x".repeat(21)),
                        "interactive.action.parameters.display_text"),
                rule(() -> InteractiveMessage.ctaUrl("Invoice", "Open", " "), CTA,
                        set("/interactive/action/parameters/url", " "), "interactive.action.parameters.url"),
                rule(() -> InteractiveMessage.flow("Book", new FlowAction(
                        "1", "booking", "Book", false, null, null,
                        null, Map.of())), FLOW, set("/interactive/action/parameters/flow_name", "booking"),
                        "interactive.action.parameters"),
                rule(() -> InteractiveMessage.flow("Book", FlowAction.byId(null, "Book")), FLOW,
                        remove("/interactive/action/parameters/flow_id"), "interactive.action.parameters"),
                rule(() -> InteractiveMessage.flow("Book", FlowAction.byId("1", null)), FLOW,
                        remove("/interactive/action/parameters/flow_cta"), "interactive.action.parameters.flow_cta"),
                rule(() -> InteractiveMessage.flow("Book", FlowAction.byId("1", "x".repeat(31))), FLOW,
                        set("/interactive/action/parameters/flow_cta", "x".repeat(31)),
                        "interactive.action.parameters.flow_cta"),
                rule(() -> InteractiveMessage.flow("Book", new FlowAction(
                        "1", null, "Book", false, null, "jump", null,
                        Map.of())), FLOW, set("/interactive/action/parameters/flow_action", "jump"),
                        "interactive.action.parameters.flow_action"),
                rule(() -> InteractiveMessage.product(" ", "SKU-1"), PRODUCT, set("/interactive/action/catalog_id",
                        " "),
                        "interactive.action.catalog_id"),
                rule(() -> InteractiveMessage.product("153726", null), PRODUCT,
                        remove("/interactive/action/product_retailer_id"), "interactive.action.product_retailer_id"),
                // product list
                rule(() -> InteractiveMessage.productList("Picks", "Body", null).section(null, "SKU-1").build(),
                        PRODUCT_LIST, remove("/interactive/action/catalog_id"), "interactive.action.catalog_id"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726").build(), PRODUCT_LIST,
                        set("/interactive/action/sections", List.of()), "interactive.action.sections"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726")
                        .section(null, IntStream.range(0, 31).mapToObj(i -> "SKU-" + i).toArray(String[]::new)).build(),
                        PRODUCT_LIST, set("/interactive/action/sections/0/product_items", productItems(30)),
                        "interactive.action.sections[].product_items"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726").section("A", "SKU-1")
                        .section(null, "SKU-2").build(), PRODUCT_LIST, remove("/interactive/action/sections/1/title"),
                        "interactive.action.sections[1].title"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726").section("x".repeat(25), "SKU-1")
                        .build(), PRODUCT_LIST, set("/interactive/action/sections/0/title", "x".repeat(25)),
                        "interactive.action.sections[0].title"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726").section("A").section("B", "SKU-2")
                        .build(), PRODUCT_LIST, set("/interactive/action/sections/0/product_items", List.of()),
                        "interactive.action.sections[0].product_items[0]"),
                rule(() -> InteractiveMessage.productList("Picks", "Body", "153726").section(null, " ").build(),
                        PRODUCT_LIST, set("/interactive/action/sections/0/product_items/0/product_retailer_id", " "),
                        "interactive.action.sections[0].product_items[0].product_retailer_id"),
                // address
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of(null)), ADDRESS,
                        remove("/interactive/action/parameters/country"), ADDRESS_PARAMETERS + ".country"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("US")), ADDRESS,
                        set("/interactive/action/parameters/country", "US"), ADDRESS_PARAMETERS + ".country"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("SG").value("in_pin_code", "1")),
                        ADDRESS, set("/interactive/action/parameters/country", "SG"),
                        ADDRESS_PARAMETERS + ".values.in_pin_code"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").value("in_pin_code", "4000011")),
                        ADDRESS, set("/interactive/action/parameters/values/in_pin_code", "4000011"),
                        ADDRESS_PARAMETERS + ".values.in_pin_code"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").value("city", null)), ADDRESS,
                        setJson("/interactive/action/parameters/values/name", "null"), ADDRESS_PARAMETERS
                                + ".values.city",
                        ADDRESS_PARAMETERS + ".values.name"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").savedAddress(" ", Map.of())),
                        ADDRESS, set("/interactive/action/parameters/saved_addresses/0/id", " "),
                        ADDRESS_PARAMETERS + ".saved_addresses[0].id"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").savedAddress("a", Map.of())
                        .savedAddress("a", Map.of())), ADDRESS, json -> ((ArrayNode) json.at(
                                "/interactive/action/parameters/saved_addresses")).add(json.at(
                                        "/interactive/action/parameters/saved_addresses/0").deepCopy()),
                        ADDRESS_PARAMETERS + ".saved_addresses[1].id"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").savedAddress("a",
                        Map.of("zip", "1"))), ADDRESS, set("/interactive/action/parameters/saved_addresses/0/value/zip",
                                "1"), ADDRESS_PARAMETERS + ".saved_addresses[0].value.zip"),
                rule(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").validationError("zip", "?")),
                        ADDRESS, set("/interactive/action/parameters/validation_errors/zip", "?"),
                        ADDRESS_PARAMETERS + ".validation_errors.zip"),
                // template: name, language, parameters
                rule(() -> TemplateMessage.builder(null, "en_US").build(), TEMPLATE, remove("/template/name"),
                        "template.name"),
                rule(() -> TemplateMessage.builder("x".repeat(513), "en_US").build(), TEMPLATE,
                        set("/template/name", "x".repeat(513)), "template.name"),
                rule(() -> TemplateMessage.builder("Order-Update", "en_US").build(), TEMPLATE,
                        set("/template/name", "Order-Update"), "template.name"),
                rule(() -> TemplateMessage.builder("order_update", " ").build(), TEMPLATE,
                        set("/template/language/code", " "), "template.language.code"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").headerText("x".repeat(61)).build(),
                        TEMPLATE, set("/template/components/0/parameters/0/text", "x".repeat(61)),
                        "template.components[0].parameters[0].text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText(LONG).build(), TEMPLATE,
                        set("/template/components/1/parameters/0/text", LONG),
                        "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText("").build(), TEMPLATE,
                        set("/template/components/1/parameters/0/text", ""),
                        "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText((String) null).build(), TEMPLATE,
                        remove("/template/components/1/parameters/0/text"), "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText("a\nb").build(), TEMPLATE,
                        set("/template/components/1/parameters/0/text", "a\nb"),
                        "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText("a\tb").build(), TEMPLATE,
                        set("/template/components/1/parameters/0/text", "a\tb"),
                        "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").bodyText("a     b").build(), TEMPLATE,
                        set("/template/components/1/parameters/0/text", "a     b"),
                        "template.components[0].parameters[0].text",
                        TEXT_PARAMETER + ".text"),
                rule(() -> TemplateMessage.withNamedBodyParameters("order_update", "en_US", Map.of("First", "Ann")),
                        NAMED, set("/template/components/0/parameters/0/parameter_name", "First"),
                        "template.components[0].parameters[0].parameter_name"),
                rule(() -> TemplateMessage.builder("order_update", "en_US")
                        .body(TemplateParameter.currency(" ", "USD", 1000)).build(), TEMPLATE,
                        set("/template/components/1/parameters/2/currency/fallback_value", " "),
                        "template.components[0].parameters[0].currency.fallback_value",
                        "template.components[1].parameters[2].currency.fallback_value"),
                rule(() -> TemplateMessage.builder("order_update", "en_US")
                        .body(TemplateParameter.currency("$1", null, 1000)).build(), TEMPLATE,
                        remove("/template/components/1/parameters/2/currency/code"),
                        "template.components[0].parameters[0].currency.code",
                        "template.components[1].parameters[2].currency.code"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").body(TemplateParameter.dateTime(""))
                        .build(), TEMPLATE, set("/template/components/1/parameters/3/date_time/fallback_value", ""),
                        "template.components[0].parameters[0].date_time.fallback_value",
                        "template.components[1].parameters[3].date_time.fallback_value"),
                rule(() -> TemplateMessage.builder("receipt", "en_US").headerImage(MediaSource.link("http://a.b/c"))
                        .build(), MEDIA_HEADER, setJson("/template/components/0/parameters/0",
                                "{\"type\":\"image\",\"image\":{\"link\":\"http://a.b/c\"}}"),
                        "template.components[0].parameters[0].image.link"),
                rule(() -> TemplateMessage.builder("receipt", "en_US").header(TemplateParameter.image(LINK)
                        .filename("a.png")).build(), MEDIA_HEADER, setJson("/template/components/0/parameters/0",
                                "{\"type\":\"image\",\"image\":{\"link\":\"https://example.com/a.png\","
                                        + "\"filename\":\"a.png\"}}"),
                        "template.components[0].parameters[0].image.filename"),
                rule(() -> TemplateMessage.builder("receipt", "en_US")
                        .headerDocument(new MediaSource(null, null)).build(), MEDIA_HEADER,
                        remove("/template/components/0/parameters/0/document/id"),
                        "template.components[0].parameters[0].document"),
                rule(() -> TemplateMessage.builder("pickup", "en_US").headerLocation(0, 181, null, null).build(),
                        LOCATION_HEADER, set("/template/components/0/parameters/0/location/longitude", 181.0),
                        "template.components[0].parameters[0].location.longitude"),
                rule(() -> TemplateMessage.builder("spring_sale", "en_US").limitedTimeOffer(Instant.ofEpochMilli(-1))
                        .build(), OFFER, set(
                                "/template/components/0/parameters/0/limited_time_offer/expiration_time_ms",
                                -1L), "template.components[0].parameters[0].limited_time_offer.expiration_time_ms"),
                // template carousel
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        json -> ((ArrayNode) json.at("/template/components/0/cards")).remove(1),
                        "template.components[0].cards"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK)))
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        set("/template/components/0/cards/1/card_index", 0),
                        "template.components[0].cards[1].card_index"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.document(MediaSource.id("1"))))
                        .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        setJson("/template/components/0/cards/0/components/0/parameters/0",
                                "{\"type\":\"document\",\"document\":{\"id\":\"1\"}}"),
                        CARD + ".components[0].parameters[0].type"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.link("https://t.co/a"))))
                        .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        set("/template/components/0/cards/0/components/0/parameters/0/image/link", "https://t.co/a"),
                        CARD + ".components[0].parameters[0].image.link"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK)).bodyText("a\nb"))
                        .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        set("/template/components/0/cards/0/components/1/parameters/0/text", "a\nb"),
                        CARD + ".components[1].parameters[0].text"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK))
                                .button(TemplateButton.quickReply(0, "A")).button(TemplateButton.quickReply(1, "B"))
                                .button(TemplateButton.quickReply(2, "C")))
                        .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build(), CAROUSEL, json -> {
                            ArrayNode components = (ArrayNode) json.at("/template/components/0/cards/0/components");
                            components.add(components.get(2).deepCopy());
                            components.add(components.get(2).deepCopy());
                        }, CARD + ".components[button]"),
                rule(() -> TemplateMessage.builder("summer_picks", "en_US")
                        .card(TemplateCarouselCard.of(0, TemplateParameter.image(LINK))
                                .button(TemplateButton.quickReply(0, " ")))
                        .card(TemplateCarouselCard.of(1, TemplateParameter.image(LINK))).build(), CAROUSEL,
                        set("/template/components/0/cards/0/components/2/parameters/0/payload", " "),
                        CARD + ".components[1].parameters[0].payload", CARD + ".components[2].parameters[0].payload"),
                // template buttons
                rule(() -> TemplateMessage.builder("order_update", "en_US").button(TemplateButton.quickReply(10, "A"))
                        .build(), TEMPLATE, set("/template/components/2/index", "10"), "template.components[0].index",
                        "template.components[2].index"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").button(TemplateButton.quickReply(-1, "A"))
                        .build(), TEMPLATE, set("/template/components/2/index", "-1"), "template.components[0].index",
                        "template.components[2].index"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").button(TemplateButton.quickReply(0, null))
                        .build(), TEMPLATE, remove("/template/components/2/parameters/0/payload"),
                        "template.components[0].parameters[0].payload", "template.components[2].parameters[0].payload"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").button(TemplateButton.url(0, " ")).build(),
                        TEMPLATE, set("/template/components/3/parameters/0/text", " "),
                        "template.components[0].parameters[0].text", "template.components[3].parameters[0].text"),
                rule(() -> TemplateMessage.builder("order_update", "en_US").button(TemplateButton.copyCode(0, ""))
                        .build(), TEMPLATE, set("/template/components/4/parameters/0/coupon_code", ""),
                        "template.components[0].parameters[0].coupon_code",
                        "template.components[4].parameters[0].coupon_code"),
                rule(() -> TemplateMessage.builder("order_update", "en_US")
                        .button(TemplateButton.copyCode(0, "x".repeat(16))).build(), TEMPLATE,
                        set("/template/components/4/parameters/0/coupon_code", "x".repeat(16)),
                        "template.components[0].parameters[0].coupon_code",
                        "template.components[4].parameters[0].coupon_code"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, null,
                        ProductSection.of("Shirts", "SKU-1"))).build(), MPM,
                        remove("/template/components/0/parameters/0/action/thumbnail_product_retailer_id"),
                        MPM_ACTION + ".thumbnail_product_retailer_id"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1"))
                        .build(), MPM, set("/template/components/0/parameters/0/action/sections", List.of()),
                        MPM_ACTION + ".sections"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        IntStream.range(0, 11).mapToObj(i -> ProductSection.of("S" + i, "SKU-" + i))
                                .toArray(ProductSection[]::new))).build(), MPM,
                        set("/template/components/0/parameters/0/action/sections", sectionsOfProducts(11, 1)),
                        MPM_ACTION + ".sections"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        ProductSection.of("S", IntStream.range(0, 31).mapToObj(i -> "SKU-" + i).toArray(
                                String[]::new))))
                        .build(), MPM, set("/template/components/0/parameters/0/action/sections/0/product_items",
                                productItems(31)), MPM_ACTION + ".sections[].product_items"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        ProductSection.of(null, "SKU-1"))).build(), MPM,
                        remove("/template/components/0/parameters/0/action/sections/0/title"),
                        MPM_ACTION + ".sections[0].title"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        ProductSection.of("x".repeat(25), "SKU-1"))).build(), MPM,
                        set("/template/components/0/parameters/0/action/sections/0/title", "x".repeat(25)),
                        MPM_ACTION + ".sections[0].title"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        ProductSection.of("A"), ProductSection.of("B", "SKU-2"))).build(), MPM, json -> {
                            ArrayNode sections = (ArrayNode) json.at(
                                    "/template/components/0/parameters/0/action/sections");
                            sections.insertObject(0).put("title", "A").putArray("product_items");
                        }, MPM_ACTION + ".sections[0].product_items[0]"),
                rule(() -> TemplateMessage.builder("picks", "en_US").button(TemplateButton.multiProduct(0, "SKU-1",
                        ProductSection.of("A", " "))).build(), MPM,
                        set("/template/components/0/parameters/0/action/sections/0/product_items/0/product_retailer_id",
                                " "), MPM_ACTION + ".sections[0].product_items[0].product_retailer_id"));
    }

    @ParameterizedTest(name = "[{index}] {3}")
    @MethodSource("rules")
    void typedMessageRefusesWhatTheValidatorRefuses(
                                                    ThrowingCallable typed, OutgoingMessage valid,
                                                    Consumer<ObjectNode> breaking, String rawField,
                                                    String typedField) {
        InvalidMessageException typedFailure = failure(typed);
        assertThat(typedFailure.field()).isEqualTo(typedField);
        assertThat(typedFailure.getMessage()).startsWith(typedField + " ");

        ObjectNode json = MessageRequest.of(TO, valid).toGraphJson();
        breaking.accept(json);
        InvalidMessageException rawFailure = failure(() -> RawMessage.of(json));
        assertThat(rawFailure.field()).isEqualTo(rawField);
        // the same words, with the path of the raw object where the typed message numbers its components differently
        assertThat(typedFailure.getMessage().replace(typedField, rawField)).isEqualTo(rawFailure.getMessage());
        assertThat(typedFailure.actualSize()).isEqualTo(rawFailure.actualSize());
        assertThat(typedFailure.limit()).isEqualTo(rawFailure.limit());
    }

    private static InvalidMessageException failure(ThrowingCallable call) {
        InvalidMessageException[] caught = new InvalidMessageException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidMessageException.class, e -> caught[0] = e);
        return caught[0];
    }

    private static Arguments rule(ThrowingCallable typed, OutgoingMessage valid, Consumer<ObjectNode> breaking,
                                  String field) {
        return rule(typed, valid, breaking, field, field);
    }

    /**
     * @param typedField where the typed message is refused
     * @param rawField   where the raw one is, when its components are numbered differently or another field is broken
     */
    private static Arguments rule(ThrowingCallable typed, OutgoingMessage valid, Consumer<ObjectNode> breaking,
                                  String typedField, String rawField) {
        return arguments(typed, valid, breaking, rawField, typedField);
    }

    private static Consumer<ObjectNode> set(String pointer, Object value) {
        return json -> put(json, pointer, MAPPER.valueToTree(value));
    }

    private static Consumer<ObjectNode> setJson(String pointer, String value) {
        return json -> {
            try {
                put(json, pointer, MAPPER.readTree(value));
            } catch (IOException e) {
                throw new IllegalArgumentException(e);
            }
        };
    }

    private static void put(ObjectNode json, String pointer, JsonNode value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = json.at(path.head());
        if (parent.isArray()) {
            ((ArrayNode) parent).set(path.last().getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(path.last().getMatchingProperty(), value);
        }
    }

    private static Consumer<ObjectNode> remove(String pointer) {
        return json -> {
            JsonPointer path = JsonPointer.compile(pointer);
            ((ObjectNode) json.at(path.head())).remove(path.last().getMatchingProperty());
        };
    }

    private static InteractiveMessage listWithSections(int sections, int rowsEach) {
        InteractiveMessage.ListBuilder list = InteractiveMessage.list("Pick", "Times");
        for (int s = 0; s < sections; s++) {
            int section = s;
            list.section("S" + s, IntStream.range(0, rowsEach).mapToObj(r -> ListRow.of(section + "-" + r, "Row"))
                    .toArray(ListRow[]::new));
        }
        return list.build();
    }

    private static List<Map<String, Object>> sections(int sections, int rowsEach) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 0; r < rowsEach; r++) {
                rows.add(Map.of("id", s + "-" + r, "title", "Row"));
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("title", "S" + s);
            section.put("rows", rows);
            all.add(section);
        }
        return all;
    }

    private static List<Map<String, Object>> sectionsOfProducts(int sections, int itemsEach) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("title", "S" + s);
            section.put("product_items", productItems(itemsEach));
            all.add(section);
        }
        return all;
    }

    private static List<Map<String, String>> productItems(int count) {
        return IntStream.range(0, count).mapToObj(i -> Map.of("product_retailer_id", "SKU-" + i)).toList();
    }
}
