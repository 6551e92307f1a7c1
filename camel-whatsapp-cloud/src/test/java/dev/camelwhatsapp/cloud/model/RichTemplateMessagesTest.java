package dev.camelwhatsapp.cloud.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limited-time offer, carousel, catalog, multi-product and authentication sends: exact JSON and their rules. */
class RichTemplateMessagesTest {

    private static void refused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidMessageException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field);
        });
    }

    private static RawMessage raw(Object... components) {
        return RawMessage.of(Map.of("type", "template", "template", Map.of("name", "t", "language", Map.of("code",
                "en"),
                "components", List.of(components))));
    }

    @Test
    void limitedTimeOfferWithCoupon() {
        TemplateMessage message = TemplateMessage.builder("spring_getaway", "en_US")
                .headerImage(MediaSource.id("1013859600285441"))
                .limitedTimeOffer(Instant.ofEpochMilli(1_767_225_599_000L))
                .button(TemplateButton.copyCode(0, "CARIBE25")).button(TemplateButton.url(1, "spring")).build();

        assertJson(message.toGraphJson(), """
                {"name":"spring_getaway","language":{"code":"en_US"},"components":[
                 {"type":"header","parameters":[{"type":"image","image":{"id":"1013859600285441"}}]},
                 {"type":"limited_time_offer","parameters":[{"type":"limited_time_offer",
                  "limited_time_offer":{"expiration_time_ms":1767225599000}}]},
                 {"type":"button","sub_type":"copy_code","index":"0","parameters":[{"type":"coupon_code","coupon_code":"CARIBE25"}]},
                 {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"spring"}]}]}""");
    }

    @Test
    void carouselCards() {
        TemplateMessage message = TemplateMessage.builder("summer_picks", "en_US").bodyText("Ann")
                .card(TemplateCarouselCard.of(0, TemplateParameter.image(MediaSource.id("101"))).bodyText("15%")
                        .button(TemplateButton.quickReply(0, "MORE_ALOE")).button(TemplateButton.url(1, "aloe")))
                .card(TemplateCarouselCard.of(1, TemplateParameter.video(MediaSource.link(
                        "https://example.com/e.mp4"))))
                .build();

        assertJson(message.toGraphJson(),
                """
                {"name":"summer_picks","language":{"code":"en_US"},"components":[
                 {"type":"body","parameters":[{"type":"text","text":"Ann"}]},
                 {"type":"carousel","cards":[
                  {"card_index":0,"components":[
                   {"type":"header","parameters":[{"type":"image","image":{"id":"101"}}]},
                   {"type":"body","parameters":[{"type":"text","text":"15%"}]},
                   {"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"MORE_ALOE"}]},
                   {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"aloe"}]}]},
                  {"card_index":1,"components":[
                   {"type":"header","parameters":[{"type":"video","video":{"link":"https://example.com/e.mp4"}}]}]}]}]}""");
    }

    @Test
    void catalogMultiProductAndAuthentication() {
        assertJson(TemplateMessage.builder("spring_catalog", "en_US").button(TemplateButton.catalog(0, "SKU-1")).build()
                .toGraphJson(), """
                {"name":"spring_catalog","language":{"code":"en_US"},"components":[
                 {"type":"button","sub_type":"catalog","index":"0","parameters":[{"type":"action",
                  "action":{"thumbnail_product_retailer_id":"SKU-1"}}]}]}""");
        assertJson(TemplateMessage.builder("spring_picks", "en_US")
                .button(TemplateButton.multiProduct(0, "SKU-1", ProductSection.of("Hats", "SKU-1", "SKU-2"))).build()
                .toGraphJson(), """
                {"name":"spring_picks","language":{"code":"en_US"},"components":[
                 {"type":"button","sub_type":"mpm","index":"0","parameters":[{"type":"action","action":{
                  "thumbnail_product_retailer_id":"SKU-1","sections":[{"title":"Hats","product_items":[
                   {"product_retailer_id":"SKU-1"},{"product_retailer_id":"SKU-2"}]}]}}]}]}""");
        assertJson(TemplateMessage.authentication("login_code", "en_US", "418305").toGraphJson(), """
                {"name":"login_code","language":{"code":"en_US"},"components":[
                 {"type":"body","parameters":[{"type":"text","text":"418305"}]},
                 {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"418305"}]}]}""");
    }

    @Test
    void carouselRules() {
        TemplateParameter.Media image = TemplateParameter.image(MediaSource.id("101"));
        refused(() -> TemplateMessage.builder("t", "en").card(TemplateCarouselCard.of(0, image))
                .card(TemplateCarouselCard.of(0, image)).build(), "template.components[0].cards[1].card_index");
        refused(() -> TemplateMessage.builder("t", "en").card(TemplateCarouselCard.of(0, image))
                .card(TemplateCarouselCard.of(1, TemplateParameter.document(MediaSource.id("102")))).build(),
                "template.components[0].cards[1].components[0].parameters[0].type");
        refused(() -> raw(Map.of("type", "carousel", "cards", List.of(
                Map.of("card_index", 0, "components", List.of()), Map.of("card_index", 1, "components", List.of())))),
                "template.components[0].cards[0].components[header]");
    }

    @Test
    void limitedTimeOfferAndProductButtonRules() {
        refused(() -> raw(Map.of("type", "limited_time_offer", "parameters", List.of(Map.of("type",
                "limited_time_offer",
                "limited_time_offer", Map.of("expiration_time_ms", "tomorrow"))))),
                "template.components[0].parameters[0].limited_time_offer.expiration_time_ms");
        refused(() -> TemplateMessage.builder("t", "en").button(TemplateButton.multiProduct(0, null,
                ProductSection.of("Hats", "SKU-1"))).build(),
                "template.components[0].parameters[0].action.thumbnail_product_retailer_id");
        refused(() -> TemplateMessage.builder("t", "en").button(TemplateButton.multiProduct(0, "SKU-1",
                ProductSection.of(null, "SKU-1"))).build(),
                "template.components[0].parameters[0].action.sections[0].title");
        refused(() -> TemplateMessage.authentication("login_code", "en_US", " "),
                "template.components[0].parameters[0].text");
    }
}
