package dev.camelwhatsapp.cloud.model;

import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Catalog, call permission and address messages: their exact JSON and the rules they are held to. */
class CommerceMessagesTest {

    private static InvalidMessageException refused(ThrowingCallable call, String field) {
        InvalidMessageException[] caught = new InvalidMessageException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidMessageException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field);
            caught[0] = e;
        });
        return caught[0];
    }

    @Test
    void singleProductHasNoBodyUnlessGiven() {
        assertJson(InteractiveMessage.product("1537266923812345", "SKU-SHIRT-M").toGraphJson(), """
                {"type":"product","action":{"catalog_id":"1537266923812345","product_retailer_id":"SKU-SHIRT-M"}}""");
        assertJson(InteractiveMessage.product("1537266923812345", "SKU-SHIRT-M").body("Back in stock").footer(
                "Sizes S-XL")
                .toGraphJson(), """
                {"type":"product","body":{"text":"Back in stock"},"footer":{"text":"Sizes S-XL"},
                 "action":{"catalog_id":"1537266923812345","product_retailer_id":"SKU-SHIRT-M"}}""");
    }

    @Test
    void productListCarriesItsTextHeaderAndSections() {
        InteractiveMessage message = InteractiveMessage.productList("Summer picks", "Our favourites",
                "1537266923812345")
                .section("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M").section("Hats", "SKU-HAT-1").footer(
                        "While stocks last")
                .build();

        assertJson(message.toGraphJson(), """
                {"type":"product_list","header":{"type":"text","text":"Summer picks"},"body":{"text":"Our favourites"},
                 "footer":{"text":"While stocks last"},"action":{"catalog_id":"1537266923812345","sections":[
                  {"title":"Shirts","product_items":[{"product_retailer_id":"SKU-SHIRT-S"},{"product_retailer_id":"SKU-SHIRT-M"}]},
                  {"title":"Hats","product_items":[{"product_retailer_id":"SKU-HAT-1"}]}]}}""");
    }

    @Test
    void catalogCallPermissionAndAddressMessages() {
        assertJson(InteractiveMessage.catalog("Browse our spring collection", "SKU-SHIRT-M").toGraphJson(), """
                {"type":"catalog_message","body":{"text":"Browse our spring collection"},
                 "action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"SKU-SHIRT-M"}}}""");
        assertJson(InteractiveMessage.catalog("Browse", null).toGraphJson(),
                """
                {"type":"catalog_message","body":{"text":"Browse"},"action":{"name":"catalog_message","parameters":{}}}""");
        assertJson(InteractiveMessage.callPermissionRequest("May we call you about your order?").toGraphJson(), """
                {"type":"call_permission_request","body":{"text":"May we call you about your order?"},
                 "action":{"name":"call_permission_request"}}""");
        AddressAction form = AddressAction.of("IN").value("name", "Ann").value("in_pin_code", "400063")
                .savedAddress("home", Map.of("city", "Mumbai")).validationError("house_number", "Add the flat number");
        assertJson(InteractiveMessage.address("Where should we deliver?", form).toGraphJson(), """
                {"type":"address_message","body":{"text":"Where should we deliver?"},"action":{"name":"address_message",
                 "parameters":{"country":"IN","values":{"name":"Ann","in_pin_code":"400063"},
                  "saved_addresses":[{"id":"home","value":{"city":"Mumbai"}}],
                  "validation_errors":{"house_number":"Add the flat number"}}}}""");
    }

    @Test
    void productListAllowsThirtyItemsAndRefusesTheThirtyFirst() {
        String[] thirty = new String[30];
        for (int i = 0; i < 30; i++) {
            thirty[i] = "SKU-" + i;
        }
        InteractiveMessage.productList("Picks", "Ours", "c1").section("A", thirty).build();
        InvalidMessageException e = refused(() -> InteractiveMessage.productList("Picks", "Ours", "c1")
                .section("A", thirty).section("B", "SKU-30").build(), "interactive.action.sections[].product_items");
        assertThat(e.actualSize()).isEqualTo(31);
        assertThat(e.limit()).isEqualTo(MessageLimits.PRODUCT_ITEMS_TOTAL.max());
    }

    @Test
    void productListRules() {
        refused(() -> InteractiveMessage.productList(null, "Ours", "c1").section(null, "SKU-1").build(),
                "interactive.header");
        refused(() -> InteractiveMessage.productList("Picks", "Ours", "c1").section("A", "SKU-1").section(null, "SKU-2")
                .build(), "interactive.action.sections[1].title");
        refused(() -> InteractiveMessage.productList("Picks", "Ours", "c1").section("A", "SKU-1").section("B").build(),
                "interactive.action.sections[1].product_items[0]");
        refused(() -> InteractiveMessage.productList("Picks", "Ours", "").section("A", "SKU-1").build(),
                "interactive.action.catalog_id");
        refused(() -> InteractiveMessage.productList("Picks", "Ours", "c1").section("A".repeat(25), "SKU-1").build(),
                "interactive.action.sections[0].title");
    }

    @Test
    void singleProductRules() {
        refused(() -> InteractiveMessage.product("c1", "SKU-1").header(InteractiveHeader.text("Hi")),
                "interactive.header");
        refused(() -> InteractiveMessage.product("c1", null), "interactive.action.product_retailer_id");
    }

    @Test
    void addressMessageRules() {
        refused(() -> InteractiveMessage.address("Where?", AddressAction.of("US")),
                "interactive.action.parameters.country");
        refused(() -> InteractiveMessage.address("Where?", AddressAction.of("SG").value("in_pin_code", "400063")),
                "interactive.action.parameters.values.in_pin_code");
        refused(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").value("in_pin_code", "4000631")),
                "interactive.action.parameters.values.in_pin_code");
        refused(() -> InteractiveMessage.address("Where?", AddressAction.of("IN").savedAddress("a", Map.of())
                .savedAddress("a", Map.of())), "interactive.action.parameters.saved_addresses[1].id");
        refused(() -> InteractiveMessage.address(null, AddressAction.of("IN")), "interactive.body");
    }

    @Test
    void rawMapBodiesPassTheSameRules() {
        refused(() -> RawMessage.of(Map.of("type", "interactive", "interactive", Map.of("type",
                "call_permission_request",
                "body", Map.of("text", "May we call?"), "action", Map.of("name", "call")))), "interactive.action.name");
    }
}
