package dev.camelwhatsapp.cloud.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every limit in {@link MessageLimits}, probed at its bound (accepted) and just past it (refused, with
 * the field, the size and the limit in the exception). A limit without a case here fails the build.
 */
class MessageLimitsTest {

    private static final String TO = "16505551234";

    /**
     * @param limit the limit probed
     * @param field the path the exception must name
     * @param make  creates the message or request whose probed field has the given size or value
     */
    record Case(MessageLimits limit, String field, LongFunction<Object> make) {
        @Override
        public String toString() {
            return limit.name();
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                MessageLimits.RECIPIENT_DIGITS, "to", n -> MessageRequest.of(digits(n), TextMessage.of("Hi"))));
        cases.add(new Case(
                MessageLimits.RECIPIENT_USER_ID, "recipient",
                n -> MessageRequest.of("US." + chars(n), TextMessage.of("Hi"))));
        cases.add(new Case(MessageLimits.TEXT_BODY, "text.body", n -> TextMessage.of(chars(n))));
        cases.add(new Case(
                MessageLimits.MEDIA_CAPTION, "image.caption",
                n -> MediaMessage.image(MediaSource.id("1")).caption(chars(n))));
        cases.add(new Case(MessageLimits.LATITUDE, "location.latitude", n -> LocationMessage.of(n, 0)));
        cases.add(new Case(MessageLimits.LONGITUDE, "location.longitude", n -> LocationMessage.of(0, n)));
        cases.add(new Case(
                MessageLimits.CONTACTS, "contacts", n -> new ContactsMessage(
                        Stream.generate(() -> Contact.builder("Ann").build()).limit(n).toList())));
        cases.add(new Case(
                MessageLimits.INTERACTIVE_HEADER_TEXT, "interactive.header.text",
                n -> buttons(1).header(InteractiveHeader.text(chars(n))).build()));
        cases.add(new Case(
                MessageLimits.INTERACTIVE_BODY_TEXT, "interactive.body.text",
                n -> InteractiveMessage.locationRequest(chars(n))));
        cases.add(new Case(
                MessageLimits.INTERACTIVE_FOOTER_TEXT, "interactive.footer.text",
                n -> InteractiveMessage.locationRequest("Where?").footer(chars(n))));
        cases.add(new Case(MessageLimits.REPLY_BUTTONS, "interactive.action.buttons", n -> buttons(n).build()));
        cases.add(new Case(
                MessageLimits.REPLY_BUTTON_ID, "interactive.action.buttons[2].reply.id",
                n -> buttons(2).button(chars(n), "Third").build()));
        cases.add(new Case(
                MessageLimits.REPLY_BUTTON_TITLE, "interactive.action.buttons[2].reply.title",
                n -> buttons(2).button("third", chars(n)).build()));
        cases.add(new Case(
                MessageLimits.LIST_BUTTON_LABEL, "interactive.action.button",
                n -> InteractiveMessage.list("Pick", chars(n)).section(null, ListRow.of("a", "A")).build()));
        cases.add(new Case(MessageLimits.LIST_SECTIONS, "interactive.action.sections", n -> {
            InteractiveMessage.ListBuilder list = InteractiveMessage.list("Pick", "Open");
            for (int i = 0; i < n; i++) {
                list.section("S" + i, ListRow.of("r" + i, "Row"));
            }
            return list.build();
        }));
        cases.add(new Case(
                MessageLimits.LIST_SECTION_TITLE, "interactive.action.sections[1].title",
                n -> InteractiveMessage.list("Pick", "Open").section("First", ListRow.of("a", "A"))
                        .section(chars(n), ListRow.of("b", "B")).build()));
        cases.add(new Case(MessageLimits.LIST_ROWS_TOTAL, "interactive.action.sections[].rows", n -> {
            // rows spread over two sections: the limit is on the total, not per section
            List<ListRow> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(ListRow.of("r" + i, "Row " + i));
            }
            int half = rows.size() / 2;
            return new InteractiveMessage(
                    null, "Pick", null, new ListAction(
                            "Open", List.of(
                                    new ListSection("First", rows.subList(0, half)),
                                    new ListSection("Second", rows.subList(half, rows.size())))));
        }));
        cases.add(new Case(
                MessageLimits.LIST_ROW_ID, "interactive.action.sections[0].rows[1].id",
                n -> InteractiveMessage.list("Pick", "Open")
                        .section(null, ListRow.of("a", "A"), ListRow.of(chars(n), "B")).build()));
        cases.add(new Case(
                MessageLimits.LIST_ROW_TITLE, "interactive.action.sections[0].rows[0].title",
                n -> InteractiveMessage.list("Pick", "Open").section(null, ListRow.of("a", chars(n))).build()));
        cases.add(new Case(
                MessageLimits.LIST_ROW_DESCRIPTION, "interactive.action.sections[0].rows[0].description",
                n -> InteractiveMessage.list("Pick", "Open")
                        .section(null, ListRow.of("a", "A").description(chars(n))).build()));
        cases.add(new Case(
                MessageLimits.CTA_URL_DISPLAY_TEXT, "interactive.action.parameters.display_text",
                n -> InteractiveMessage.ctaUrl("Invoice", chars(n), "https://example.com/i")));
        cases.add(new Case(
                MessageLimits.FLOW_CTA, "interactive.action.parameters.flow_cta",
                n -> InteractiveMessage.flow("Book", FlowAction.byId("1", chars(n)))));
        cases.add(new Case(
                MessageLimits.TEMPLATE_NAME, "template.name",
                n -> TemplateMessage.builder(chars(n), "en_US").build()));
        cases.add(new Case(
                MessageLimits.TEMPLATE_HEADER_TEXT_PARAMETER, "template.components[0].parameters[0].text",
                n -> TemplateMessage.builder("greeting", "en_US").headerText(chars(n)).build()));
        cases.add(new Case(
                MessageLimits.TEMPLATE_BODY_TEXT_PARAMETER, "template.components[0].parameters[1].text",
                n -> TemplateMessage.builder("greeting", "en_US").bodyText("Ann", chars(n)).build()));
        cases.add(new Case(
                MessageLimits.TEMPLATE_PARAMETER_CONSECUTIVE_SPACES,
                "template.components[0].parameters[0].text",
                n -> TemplateMessage.builder("greeting", "en_US").bodyText("Dear" + " ".repeat((int) n) + "Ann")
                        .build()));
        cases.add(new Case(
                MessageLimits.TEMPLATE_BUTTON_INDEX, "template.components[0].index",
                n -> TemplateMessage.builder("greeting", "en_US").button(TemplateButton.quickReply((int) n, "p"))
                        .build()));
        cases.add(new Case(
                MessageLimits.TEMPLATE_COUPON_CODE, "template.components[0].parameters[0].coupon_code",
                n -> TemplateMessage.builder("sale", "en_US").button(TemplateButton.copyCode(0, chars(n))).build()));
        cases.add(new Case(
                MessageLimits.CALLBACK_DATA, "biz_opaque_callback_data",
                n -> MessageRequest.of(TO, TextMessage.of("Hi")).callbackData(chars(n))));
        cases.add(new Case(
                MessageLimits.PRODUCT_ITEMS_TOTAL, "interactive.action.sections[].product_items",
                n -> InteractiveMessage.productList("Picks", "Ours", "c1").section("A", skus(n)).build()));
        cases.add(new Case(
                MessageLimits.ADDRESS_POST_CODE, "interactive.action.parameters.values.in_pin_code",
                n -> InteractiveMessage.address("Where?", AddressAction.of("IN").value("in_pin_code", chars(n)))));
        cases.add(new Case(
                MessageLimits.TEMPLATE_AUTHENTICATION_CODE, "template.components[0].parameters[0].text",
                n -> TemplateMessage.authentication("login_code", "en_US", chars(n))));
        cases.add(new Case(
                MessageLimits.TEMPLATE_CAROUSEL_CARDS, "template.components[0].cards",
                n -> carousel(n, 0)));
        cases.add(new Case(
                MessageLimits.TEMPLATE_CAROUSEL_CARD_BUTTONS,
                "template.components[0].cards[0].components[button]", n -> carousel(2, n)));
        cases.add(new Case(
                MessageLimits.TEMPLATE_MPM_SECTIONS, "template.components[0].parameters[0].action.sections",
                n -> mpm(Stream.iterate(0, i -> i + 1).limit(n).map(i -> ProductSection.of("S" + i, "SKU-" + i))
                        .toArray(ProductSection[]::new))));
        cases.add(new Case(
                MessageLimits.TEMPLATE_MPM_SECTION_TITLE,
                "template.components[0].parameters[0].action.sections[0].title",
                n -> mpm(ProductSection.of(chars(n), "SKU-1"))));
        cases.add(new Case(
                MessageLimits.TEMPLATE_MPM_PRODUCT_ITEMS,
                "template.components[0].parameters[0].action.sections[].product_items",
                n -> mpm(ProductSection.of("Hats", skus(n)))));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void atTheMaximumIsAccepted(Case c) {
        assertThatCode(() -> c.make().apply(c.limit().max())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pastTheMaximumIsRefusedNamingFieldSizeAndLimit(Case c) {
        long over = c.limit().max() + 1;
        assertThatThrownBy(() -> c.make().apply(over))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.field()).isEqualTo(c.field());
                    assertThat(e.limit()).isEqualTo(c.limit().max());
                    assertThat(e.actualSize()).isEqualTo(c.limit().unit() == MessageLimits.Unit.DEGREES ? -1 : over);
                    assertThat(e.getMessage()).startsWith(c.field()).contains(String.valueOf(c.limit().max()));
                });
    }

    /** Minimums of counts and values; a minimum of one character means "required", tested elsewhere. */
    static Stream<Case> minimumCases() {
        // a count of zero cannot be undercut
        return cases().stream().filter(c -> c.limit().unit() != MessageLimits.Unit.CHARACTERS
                && c.limit().unit() != MessageLimits.Unit.CONSECUTIVE_SPACES
                && !(c.limit().unit() == MessageLimits.Unit.ITEMS && c.limit().min() == 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minimumCases")
    void atTheMinimumIsAccepted(Case c) {
        assertThatCode(() -> c.make().apply(c.limit().min())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("minimumCases")
    void belowTheMinimumIsRefused(Case c) {
        long under = c.limit().min() - 1;
        assertThatThrownBy(() -> c.make().apply(under))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.field()).isEqualTo(c.field());
                    assertThat(e.limit()).isEqualTo(c.limit().min());
                    assertThat(e.getMessage()).contains("at least " + c.limit().min());
                });
    }

    /** Limits of template definitions: the linter applies them, and its test probes them. */
    static final Set<MessageLimits> DEFINITION_LIMITS = EnumSet.of(MessageLimits.TEMPLATE_CAROUSEL_CARD_BODY_TEXT,
            MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_TEXT, MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_BODY_TEXT,
            MessageLimits.TEMPLATE_CODE_EXPIRATION_MINUTES, MessageLimits.TEMPLATE_OTP_SUPPORTED_APPS,
            MessageLimits.TEMPLATE_OTP_SIGNATURE_HASH);

    @Test
    void everyLimitIsProbed() {
        Set<MessageLimits> probed = cases().stream().map(Case::limit).collect(Collectors.toSet());
        probed.addAll(DEFINITION_LIMITS);
        assertThat(probed).isEqualTo(EnumSet.allOf(MessageLimits.class));
    }

    @Test
    void messageNamesFieldSizeAndLimitButNotTheContent() {
        assertThatThrownBy(() -> TextMessage.of("secret " + "x".repeat(4093)))
                .hasMessage("text.body is 4100 characters; WhatsApp allows at most 4096")
                .hasMessageNotContaining("secret");
    }

    @Test
    void charactersAreCountedAsTheUserSeesThem() {
        // 1024 emoji are 2048 UTF-16 chars but 1024 characters on screen
        assertThatCode(() -> MediaMessage.image(MediaSource.id("1")).caption("😀".repeat(1024)))
                .doesNotThrowAnyException();
    }

    @Test
    void templateLocationHeaderSharesTheCoordinateLimits() {
        assertThatThrownBy(() -> TemplateMessage.builder("pickup", "en").headerLocation(91, 0, null, null).build())
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.field()).isEqualTo("template.components[0].parameters[0].location.latitude");
                    assertThat(e.limit()).isEqualTo(90);
                });
    }

    private static InteractiveMessage.ButtonsBuilder buttons(long count) {
        InteractiveMessage.ButtonsBuilder builder = InteractiveMessage.buttons("Pick one");
        for (int i = 0; i < count; i++) {
            builder.button("b" + i, "Button " + i);
        }
        return builder;
    }

    private static String[] skus(long n) {
        return Stream.iterate(0, i -> i + 1).limit(n).map(i -> "SKU-" + i).toArray(String[]::new);
    }

    /** A carousel send of {@code cards} cards, the first with {@code buttons} quick-reply buttons. */
    private static TemplateMessage carousel(long cards, long buttons) {
        TemplateMessage.Builder builder = TemplateMessage.builder("summer_picks", "en_US");
        for (int c = 0; c < cards; c++) {
            TemplateCarouselCard card = TemplateCarouselCard.of(c, TemplateParameter.image(MediaSource.id("10" + c)));
            for (int b = 0; c == 0 && b < buttons; b++) {
                card = card.button(TemplateButton.quickReply(b, "MORE_" + b));
            }
            builder.card(card);
        }
        return builder.build();
    }

    private static TemplateMessage mpm(ProductSection... sections) {
        return TemplateMessage.builder("spring_picks", "en_US")
                .button(TemplateButton.multiProduct(0, "SKU-1", sections)).build();
    }

    private static String chars(long n) {
        return "x".repeat((int) n);
    }

    /** An E.164-shaped number of {@code n} digits (no leading 0). */
    private static String digits(long n) {
        return n == 0 ? "" : "4" + "9".repeat((int) n - 1);
    }
}
