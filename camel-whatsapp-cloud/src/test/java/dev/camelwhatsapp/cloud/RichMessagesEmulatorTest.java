package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import dev.camelwhatsapp.cloud.management.HeaderFormat;
import dev.camelwhatsapp.cloud.management.OneTimePassword;
import dev.camelwhatsapp.cloud.management.TemplateBody;
import dev.camelwhatsapp.cloud.management.TemplateButtonDefinition;
import dev.camelwhatsapp.cloud.management.TemplateCarouselCardDefinition;
import dev.camelwhatsapp.cloud.management.TemplateCategory;
import dev.camelwhatsapp.cloud.management.TemplateDefinition;
import dev.camelwhatsapp.cloud.management.TemplateHeader;
import dev.camelwhatsapp.cloud.management.TemplateInfo;
import dev.camelwhatsapp.cloud.model.AddressAction;
import dev.camelwhatsapp.cloud.model.InteractiveMessage;
import dev.camelwhatsapp.cloud.model.MediaSource;
import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.ProductSection;
import dev.camelwhatsapp.cloud.model.TemplateButton;
import dev.camelwhatsapp.cloud.model.TemplateCarouselCard;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TemplateParameter;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commerce, call permission and address messages, and carousel, limited-time offer, coupon, catalog, multi-product and
 * authentication templates, created and sent through routes against the emulator, which implements Meta's rules on
 * its own.
 */
class RichMessagesEmulatorTest extends CamelTestSupport {

    @RegisterExtension
    static WhatsAppCloudEmulatorExtension emulator = new WhatsAppCloudEmulatorExtension().resetBeforeEachTest();

    static final String CATALOG = "1537266923812345";
    static final String HANDLE = "4::aW1hZ2UvcG5n:ARb1x9";

    final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=%s&windowPolicy=off",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri(), DEFAULT_WABA_ID);
                from("direct:checkedSend").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&wabaId=%s"
                        + "&windowPolicy=off&templateCheck=true",
                        DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, emulator.baseUri(), DEFAULT_WABA_ID);
            }
        };
    }

    static Stream<Arguments> interactiveMessages() {
        return Stream.of(
                Arguments.of("product", InteractiveMessage.product(CATALOG, "SKU-SHIRT-M").body("Back in stock")),
                Arguments.of("product_list", InteractiveMessage.productList("Summer picks", "Our favourites", CATALOG)
                        .section("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M").section("Hats", "SKU-HAT-1").build()),
                Arguments.of("catalog_message", InteractiveMessage.catalog("Browse our spring collection",
                        "SKU-HAT-1")),
                Arguments.of("call_permission_request",
                        InteractiveMessage.callPermissionRequest("May we call you about your order?")),
                Arguments.of("address_message", InteractiveMessage.address("Where should we deliver?",
                        AddressAction.of("IN").value("name", "Ann").value("in_pin_code", "400063"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interactiveMessages")
    void interactiveMessageIsAcceptedAsSent(String type, InteractiveMessage message) throws Exception {
        emulator.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");

        Exchange result = send(message);

        assertThat(result.getException()).isNull();
        SentMessage sent = sent(result);
        assertThat(sent.request().at("/interactive/type").asText()).isEqualTo(type);
        assertThat(sent.request().get("interactive")).isEqualTo(mapper.readTree(message.toGraphJson().toString()));
    }

    @Test
    void carouselTemplateIsCreatedApprovedReadBackAndSent() {
        TemplateDefinition definition = TemplateDefinition.builder("summer_picks", "en_US", TemplateCategory.MARKETING)
                .body("Hi {{1}}, these plants are back in stock for the summer.", "Maria")
                .card(card("Aloe vera, {{1}} off this week.", "15%"))
                .card(card("Echeveria, {{1}} off this week.", "10%"))
                .build();

        TemplateInfo created = create(definition);
        TemplateInfo approved = template("summer_picks");
        Exchange sent = send(TemplateMessage.builder("summer_picks", "en_US").bodyText("Ann")
                .card(TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.id("1013859600285441")))
                        .bodyText("15%").button(TemplateButton.quickReply(0, "MORE_ALOE"))
                        .button(TemplateButton.url(1, "aloe")))
                .card(TemplateCarouselCard.of(1, TemplateParameter.image(MediaSource.id("1013859600285442")))
                        .bodyText("10%").button(TemplateButton.quickReply(0, "MORE_ECHEVERIA"))
                        .button(TemplateButton.url(1, "echeveria")))
                .build());
        Exchange oneCardMissing = send(TemplateMessage.builder("summer_picks", "en_US").bodyText("Ann")
                .card(TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.id("1013859600285441")))
                        .bodyText("15%").button(TemplateButton.quickReply(0, "A")).button(TemplateButton.url(1, "a")))
                .card(TemplateCarouselCard.of(1, TemplateParameter.image(MediaSource.id("1013859600285442")))
                        .bodyText("10%").button(TemplateButton.quickReply(0, "B")))
                .build());

        assertThat(created.status()).isEqualTo("PENDING");
        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.definition().cards()).isEqualTo(definition.cards());
        assertThat(sent.getException()).isNull();
        assertThat(sent(sent).request().at("/template/components/1/cards/1/components/3/parameters/0/text").asText())
                .isEqualTo("echeveria");
        assertThat(oneCardMissing.getException()).isInstanceOfSatisfying(WhatsAppCloudApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(132000));
    }

    @Test
    void limitedTimeOfferWithCouponIsCreatedAndSentWithItsExpiration() {
        TemplateDefinition definition = TemplateDefinition.builder("spring_getaway", "en_US",
                TemplateCategory.MARKETING)
                .header(TemplateHeader.media(HeaderFormat.IMAGE, HANDLE))
                .limitedTimeOffer("Expiring offer!", true)
                .body("Good news, {{1}}! Use code {{2}} to get 25% off all Tuscany packages.", "Pablo", "CARIBE25")
                .button(TemplateButtonDefinition.copyCode("CARIBE25"))
                .button(TemplateButtonDefinition.url("Book now!", "https://shop.example.com/book/{{1}}", "spring"))
                .build();
        Instant expiration = Instant.parse("2026-12-31T23:59:59Z");

        create(definition);
        TemplateInfo approved = template("spring_getaway");
        Exchange sent = send(TemplateMessage.builder("spring_getaway", "en_US")
                .headerImage(MediaSource.link("https://example.com/tuscany.png")).bodyText("Ann", "CARIBE25")
                .limitedTimeOffer(expiration)
                .button(TemplateButton.copyCode(0, "CARIBE25")).button(TemplateButton.url(1, "spring")).build());
        Exchange withoutExpiration = send(TemplateMessage.builder("spring_getaway", "en_US")
                .headerImage(MediaSource.link("https://example.com/tuscany.png")).bodyText("Ann", "CARIBE25")
                .button(TemplateButton.copyCode(0, "CARIBE25")).button(TemplateButton.url(1, "spring")).build());

        assertThat(approved.status()).isEqualTo("APPROVED");
        assertThat(approved.definition().limitedTimeOffer()).isEqualTo(definition.limitedTimeOffer());
        assertThat(sent.getException()).isNull();
        assertThat(sent(sent).request().at("/template/components/2/parameters/0/limited_time_offer/expiration_time_ms")
                .asLong()).isEqualTo(expiration.toEpochMilli());
        assertThat(withoutExpiration.getException()).isInstanceOfSatisfying(WhatsAppCloudApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(132000));
    }

    @Test
    void authenticationTemplatesWithCopyCodeOneTapAndZeroTapAreCreatedAndSent() {
        OneTimePassword.SupportedApp app = new OneTimePassword.SupportedApp("com.example.bank", "K8a/AINcGX7");
        List<TemplateDefinition> definitions = List.of(
                authentication("login_copy_code", OneTimePassword.copyCode()),
                authentication("login_one_tap", OneTimePassword.oneTap("Autofill", app)),
                authentication("login_zero_tap", OneTimePassword.zeroTap(true, app).text("Copy code")));

        definitions.forEach(this::create);
        for (TemplateDefinition definition : definitions) {
            TemplateInfo approved = template(definition.name());
            Exchange sent = send(TemplateMessage.authentication(definition.name(), "en_US", "418305"));
            // the check before a send knows Meta's fixed body: one variable, the code
            Exchange checked = template.request("direct:checkedSend", e -> {
                e.getMessage().setBody(TemplateMessage.authentication(definition.name(), "en_US", "418305"));
                e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
            });

            assertThat(approved.status()).as(definition.name()).isEqualTo("APPROVED");
            assertThat(approved.definition().buttons()).isEqualTo(definition.buttons());
            assertThat(approved.definition().codeExpirationMinutes()).isEqualTo(10);
            assertThat(approved.definition().securityRecommendation()).isTrue();
            assertThat(sent.getException()).as(definition.name()).isNull();
            assertThat(checked.getException()).as(definition.name()).isNull();
        }
    }

    @Test
    void catalogAndMultiProductTemplatesAreCreatedAndSent() {
        create(TemplateDefinition.builder("spring_catalog", "en_US", TemplateCategory.MARKETING)
                .body("Now shop for your favourite products right here on WhatsApp! Get {{1}} off.", "10%")
                .button(TemplateButtonDefinition.catalog("View catalog")).build());
        create(TemplateDefinition.builder("spring_picks", "en_US", TemplateCategory.MARKETING)
                .header(TemplateHeader.text("Our spring picks"))
                .body("Hi {{1}}, here are the products we picked for you this spring.", "Maria")
                .button(TemplateButtonDefinition.multiProduct("View items")).build());
        template("spring_catalog");

        Exchange catalog = send(TemplateMessage.builder("spring_catalog", "en_US").bodyText("10%")
                .button(TemplateButton.catalog(0, "SKU-HAT-1")).build());
        Exchange picks = send(TemplateMessage.builder("spring_picks", "en_US").bodyText("Ann")
                .button(TemplateButton.multiProduct(0, "SKU-HAT-1", ProductSection.of("Hats", "SKU-HAT-1", "SKU-HAT-2"),
                        ProductSection.of("Shirts", "SKU-SHIRT-M"))).build());
        Exchange picksWithoutProducts = send(TemplateMessage.builder("spring_picks", "en_US").bodyText("Ann").build());

        assertThat(catalog.getException()).isNull();
        assertThat(picks.getException()).isNull();
        assertThat(sent(picks).request().at("/template/components/1/parameters/0/action/sections/0/product_items/1"
                + "/product_retailer_id").asText()).isEqualTo("SKU-HAT-2");
        assertThat(picksWithoutProducts.getException()).isInstanceOfSatisfying(WhatsAppCloudApiException.class,
                e -> assertThat(e.getCode()).isEqualTo(132000));
    }

    private static TemplateCarouselCardDefinition card(String body, String example) {
        return new TemplateCarouselCardDefinition(
                TemplateHeader.media(HeaderFormat.IMAGE, HANDLE),
                TemplateBody.of(body, example), List.of(TemplateButtonDefinition.quickReply("More like this"),
                        TemplateButtonDefinition.url("Buy", "https://shop.example.com/p/{{1}}", "aloe")));
    }

    private static TemplateDefinition authentication(String name, OneTimePassword otp) {
        return TemplateDefinition.builder(name, "en_US", TemplateCategory.AUTHENTICATION)
                .securityRecommendation(true).codeExpirationMinutes(10)
                .button(TemplateButtonDefinition.oneTimePassword(otp)).build();
    }

    private TemplateInfo create(TemplateDefinition definition) {
        Exchange created = template.request("direct:send", e -> {
            e.getMessage().setBody(definition);
            e.getMessage().setHeader(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.createTemplate);
        });
        assertThat(created.getException()).as(definition.name()).isNull();
        return created.getMessage().getBody(TemplateInfo.class);
    }

    /** Reads a template once the emulator's review is over. */
    private TemplateInfo template(String name) {
        emulator.emulator().advanceClock(Duration.ofMinutes(5));
        return template.request("direct:send", e -> {
            e.getMessage().setHeaders(Map.of(WhatsAppCloudConstants.OPERATION, WhatsAppCloudOperation.getTemplate,
                    WhatsAppCloudConstants.TEMPLATE_NAME, name, WhatsAppCloudConstants.TEMPLATE_LANGUAGE, "en_US"));
        }).getMessage().getBody(TemplateInfo.class);
    }

    private Exchange send(OutgoingMessage message) {
        return template.request("direct:send", e -> {
            e.getMessage().setBody(message);
            e.getMessage().setHeader(WhatsAppCloudConstants.TO, DEFAULT_USER_WA_ID);
        });
    }

    private static SentMessage sent(Exchange result) {
        String wamid = result.getMessage().getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class);
        return emulator.emulator().sentMessage(wamid).orElseThrow();
    }
}
