package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelwhatsapp.cloud.model.MessageLimits;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.management.TemplateCategory.AUTHENTICATION;
import static dev.camelwhatsapp.cloud.management.TemplateCategory.MARKETING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Carousel, limited-time offer, catalog, multi-product and authentication template definitions: Meta's request shape,
 * read back unchanged, and the definition limits the linter applies, probed at their bounds.
 */
class RichTemplateLintTest {

    static final OneTimePassword.SupportedApp APP = new OneTimePassword.SupportedApp("com.example.bank", "K8a/AINcGX7");
    static final String HANDLE = "4::aW1hZ2UvcG5n:ARb1x9";
    final ObjectMapper mapper = new ObjectMapper();

    static TemplateCarouselCardDefinition card(String body) {
        return new TemplateCarouselCardDefinition(
                TemplateHeader.media(HeaderFormat.IMAGE, HANDLE),
                TemplateBody.of(body), List.of(TemplateButtonDefinition.quickReply("More like this"),
                        TemplateButtonDefinition.url("Buy", "https://shop.example.com/plants")));
    }

    static TemplateDefinition.Builder carousel(TemplateCategory category, int cards) {
        TemplateDefinition.Builder builder = TemplateDefinition.builder("summer_picks", "en_US", category)
                .body("Hi {{1}}, these plants are back in stock for the summer.", "Maria");
        for (int i = 0; i < cards; i++) {
            builder.card(card("Plant number " + (i + 1) + " of our summer range."));
        }
        return builder;
    }

    static TemplateDefinition.Builder offer(String headline) {
        return TemplateDefinition.builder("spring_getaway", "en_US", MARKETING)
                .header(TemplateHeader.media(HeaderFormat.IMAGE, HANDLE))
                .limitedTimeOffer(headline, true)
                .body("Good news, {{1}}! Use code {{2}} to get 25% off all Tuscany packages.", "Pablo", "CARIBE25")
                .button(TemplateButtonDefinition.copyCode("CARIBE25"))
                .button(TemplateButtonDefinition.url("Book now!", "https://shop.example.com/book/{{1}}", "spring"));
    }

    static TemplateDefinition.Builder authentication(OneTimePassword otp) {
        return TemplateDefinition.builder("login_code", "en_US", AUTHENTICATION)
                .securityRecommendation(true).codeExpirationMinutes(10)
                .button(TemplateButtonDefinition.oneTimePassword(otp));
    }

    @Test
    void realisticRichTemplatesPassEveryRule() {
        List<TemplateDefinition> templates = List.of(carousel(MARKETING, 10).build(), offer("Expiring offer!").build(),
                authentication(OneTimePassword.copyCode()).build(),
                authentication(OneTimePassword.oneTap("Autofill", APP)).build(),
                authentication(OneTimePassword.zeroTap(true, APP, APP, APP, APP, APP)).build(),
                TemplateDefinition.builder("spring_catalog", "en_US", MARKETING)
                        .body("Shop our spring range right here on WhatsApp, {{1}}.", "Maria")
                        .button(TemplateButtonDefinition.catalog("View catalog")).build());

        for (TemplateDefinition template : templates) {
            assertThat(TemplateLinter.lint(template).findings()).as(template.name()).isEmpty();
        }
    }

    @Test
    void authenticationTemplateHasMetasShapeAndReadsBack() throws Exception {
        TemplateDefinition template = authentication(OneTimePassword.zeroTap(true, APP).text("Copy code")).build();

        assertThat(template.toGraphJson()).isEqualTo(mapper.readTree("""
                {"name":"login_code","language":"en_US","category":"AUTHENTICATION","components":[
                 {"type":"BODY","add_security_recommendation":true},
                 {"type":"FOOTER","code_expiration_minutes":10},
                 {"type":"BUTTONS","buttons":[{"type":"OTP","text":"Copy code","otp_type":"ZERO_TAP",
                  "supported_apps":[{"package_name":"com.example.bank","signature_hash":"K8a/AINcGX7"}],
                  "zero_tap_terms_accepted":true}]}]}"""));
        assertThat(TemplateDefinition.fromGraphJson(template.toGraphJson())).isEqualTo(template);
    }

    @Test
    void offerAndCarouselHaveMetasShapeAndReadBack() throws Exception {
        TemplateDefinition offer = offer("Expiring offer!").build();
        TemplateDefinition carousel = carousel(MARKETING, 2).build();

        assertThat(offer.toGraphJson().get("components").get(1)).isEqualTo(mapper.readTree(
                """
                {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Expiring offer!","has_expiration":true}}"""));
        assertThat(carousel.toGraphJson().get("components").get(1)).isEqualTo(mapper.readTree("""
                {"type":"CAROUSEL","cards":[{"components":[
                  {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvcG5n:ARb1x9"]}},
                  {"type":"BODY","text":"Plant number 1 of our summer range."},
                  {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More like this"},
                   {"type":"URL","text":"Buy","url":"https://shop.example.com/plants"}]}]},
                 {"components":[
                  {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvcG5n:ARb1x9"]}},
                  {"type":"BODY","text":"Plant number 2 of our summer range."},
                  {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More like this"},
                   {"type":"URL","text":"Buy","url":"https://shop.example.com/plants"}]}]}]}"""));
        // a copy-code button's label is Meta's own, so it is not sent and not read back
        TemplateDefinition offerRead = TemplateDefinition.fromGraphJson(offer.toGraphJson());
        assertThat(offerRead.limitedTimeOffer()).isEqualTo(offer.limitedTimeOffer());
        assertThat(offerRead.body()).isEqualTo(offer.body());
        assertThat(offerRead.buttons()).extracting(TemplateButtonDefinition::type)
                .containsExactly(TemplateButtonDefinition.Type.COPY_CODE, TemplateButtonDefinition.Type.URL);
        assertThat(TemplateDefinition.fromGraphJson(carousel.toGraphJson())).isEqualTo(carousel);
    }

    @Test
    void carouselCardsMustBeAlike() {
        TemplateDefinition mixed = carousel(MARKETING, 1)
                .card(new TemplateCarouselCardDefinition(
                        TemplateHeader.media(HeaderFormat.VIDEO, HANDLE), null,
                        List.of(TemplateButtonDefinition.quickReply("More like this"))))
                .build();

        assertThat(findings(mixed, LintRule.CAROUSEL)).anySatisfy(m -> assertThat(m).contains(
                "differs from the first"));
    }

    @Test
    void definitionLimitsAreProbedAtTheirBounds() {
        MessageLimits cards = MessageLimits.TEMPLATE_CAROUSEL_CARDS;
        assertThat(findings(carousel(MARKETING, (int) cards.max()).build(), LintRule.CAROUSEL)).isEmpty();
        assertThat(findings(carousel(MARKETING, (int) cards.max() + 1).build(), LintRule.CAROUSEL)).isNotEmpty();
        assertThat(findings(carousel(MARKETING, (int) cards.min() - 1).build(), LintRule.CAROUSEL)).isNotEmpty();

        long cardBody = MessageLimits.TEMPLATE_CAROUSEL_CARD_BODY_TEXT.max();
        assertThat(findings(carousel(MARKETING, 1).card(card("x".repeat((int) cardBody))).build(), LintRule.CAROUSEL))
                .isEmpty();
        assertThat(findings(carousel(MARKETING, 1).card(card("x".repeat((int) cardBody + 1))).build(),
                LintRule.CAROUSEL)).anySatisfy(m -> assertThat(m).contains("at most " + cardBody));

        long headline = MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_TEXT.max();
        assertThat(findings(offer("x".repeat((int) headline)).build(), LintRule.LIMITED_TIME_OFFER)).isEmpty();
        assertThat(findings(offer("x".repeat((int) headline + 1)).build(), LintRule.LIMITED_TIME_OFFER)).isNotEmpty();

        long offerBody = MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_BODY_TEXT.max();
        String body = "Good news, {{1}}! " + "x".repeat((int) offerBody - 19) + ".";
        assertThat(findings(offer("Offer").body(body, "Pablo").build(), LintRule.LIMITED_TIME_OFFER)).isEmpty();
        assertThat(findings(offer("Offer").body(body + "x", "Pablo").build(), LintRule.LIMITED_TIME_OFFER))
                .anySatisfy(m -> assertThat(m).contains("at most " + offerBody));

        MessageLimits expiry = MessageLimits.TEMPLATE_CODE_EXPIRATION_MINUTES;
        for (long minutes : new long[]{ expiry.min(), expiry.max() }) {
            assertThat(findings(authentication(OneTimePassword.copyCode()).codeExpirationMinutes((int) minutes).build(),
                    LintRule.AUTHENTICATION)).isEmpty();
        }
        for (long minutes : new long[]{ expiry.min() - 1, expiry.max() + 1 }) {
            assertThat(findings(authentication(OneTimePassword.copyCode()).codeExpirationMinutes((int) minutes).build(),
                    LintRule.AUTHENTICATION)).isNotEmpty();
        }

        MessageLimits apps = MessageLimits.TEMPLATE_OTP_SUPPORTED_APPS;
        assertThat(findings(authentication(oneTap((int) apps.max())).build(), LintRule.ONE_TIME_PASSWORD_APPS))
                .isEmpty();
        assertThat(findings(authentication(oneTap((int) apps.max() + 1)).build(), LintRule.ONE_TIME_PASSWORD_APPS))
                .isNotEmpty();
        assertThat(findings(authentication(oneTap((int) apps.min() - 1)).build(), LintRule.ONE_TIME_PASSWORD_APPS))
                .isNotEmpty();

        long hash = MessageLimits.TEMPLATE_OTP_SIGNATURE_HASH.max();
        assertThat(findings(authentication(OneTimePassword.oneTap(null, new OneTimePassword.SupportedApp(
                "com.example.bank",
                "K8a/AINcGX7" + "x"))).build(), LintRule.ONE_TIME_PASSWORD_APPS))
                .anySatisfy(m -> assertThat(m).contains("has " + (hash + 1) + " characters"));
    }

    @Test
    void authenticationTemplatesKeepToMetasFixedShape() {
        TemplateDefinition withText = TemplateDefinition.builder("login_code", "en_US", AUTHENTICATION)
                .body("Your code is {{1}}.", "418305").button(TemplateButtonDefinition.quickReply("Thanks")).build();
        TemplateDefinition otpInMarketing = TemplateDefinition.builder("login_code", "en_US", MARKETING)
                .body("Your code is ready below.").button(TemplateButtonDefinition.oneTimePassword(
                        OneTimePassword.copyCode())).build();

        assertThat(findings(withText, LintRule.AUTHENTICATION)).hasSize(2);
        assertThat(findings(otpInMarketing, LintRule.AUTHENTICATION)).singleElement()
                .satisfies(m -> assertThat(m).contains("AUTHENTICATION templates only"));
    }

    private static OneTimePassword oneTap(int apps) {
        List<OneTimePassword.SupportedApp> list = new ArrayList<>();
        for (int i = 0; i < apps; i++) {
            list.add(new OneTimePassword.SupportedApp("com.example.app" + i, "K8a/AINcGX7"));
        }
        return OneTimePassword.oneTap("Autofill", list.toArray(OneTimePassword.SupportedApp[]::new));
    }

    private static List<String> findings(TemplateDefinition template, LintRule rule) {
        return TemplateLinter.lint(template).findings().stream().filter(f -> f.rule() == rule)
                .map(LintFinding::message).toList();
    }
}
