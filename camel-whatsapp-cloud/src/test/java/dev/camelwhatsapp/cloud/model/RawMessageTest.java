package dev.camelwhatsapp.cloud.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.MAPPER;
import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Map (and JSON) bodies: kept as given, completed with what the API needs, validated like typed ones. */
class RawMessageTest {

    @Test
    void messagingProductIsAddedAndOwnRecipientIsUsedAndNormalised() {
        assertJson(ExampleRequests.rawText().toGraphJson(), """
                {"messaging_product":"whatsapp","to":"491701234567","type":"text","text":{"body":"Hallo"}}""");
    }

    @Test
    void requestRecipientWinsOverTheMessagesOwn() {
        RawMessage raw = RawMessage.of(Map.of("to", "491701234567", "type", "text", "text", Map.of("body", "Hi")));
        assertThat(MessageRequest.of("+44 7700 900123", raw).toGraphJson().get("to").asText()).isEqualTo(
                "447700900123");
    }

    @Test
    void fieldsAreKeptAsGivenAndInOrder() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("messaging_product", "whatsapp");
        message.put("recipient_type", "individual");
        message.put("to", "16505551234");
        message.put("type", "text");
        message.put("text", Map.of("body", "Hi"));
        message.put("context", Map.of("message_id", "wamid.1"));
        message.put("biz_opaque_callback_data", "ticket-7");
        assertJson(new MessageRequest(null, RawMessage.of(message), null, null).toGraphJson(), """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
                 "text":{"body":"Hi"},"context":{"message_id":"wamid.1"},"biz_opaque_callback_data":"ticket-7"}""");
    }

    @Test
    void requestReplyToAndCallbackDataReplaceTheMessagesOwn() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "text");
        message.put("text", Map.of("body", "Hi"));
        message.put("context", Map.of("message_id", "wamid.old"));
        ObjectNode body = MessageRequest.of("16505551234", RawMessage.of(message))
                .replyTo("wamid.new").callbackData("fresh").toGraphJson();
        assertThat(body.at("/context/message_id").asText()).isEqualTo("wamid.new");
        assertThat(body.get("biz_opaque_callback_data").asText()).isEqualTo("fresh");
    }

    @Test
    void unknownTypesPassThroughUntouched() {
        assertThat(ExampleRequests.rawInteractiveProductList().toGraphJson().get("interactive"))
                .isEqualTo(MAPPER.valueToTree(Map.of("type", "product_list",
                        "header", Map.of("type", "text", "text", "Our picks"),
                        "body", Map.of("text", "Have a look"),
                        "action", Map.of("catalog_id", "146265584024623", "sections", List.of(Map.of(
                                "title", "Bread", "product_items", List.of(Map.of("product_retailer_id",
                                        "sku-1"))))))));
        RawMessage future = RawMessage.of(Map.of("type", "hologram", "hologram", Map.of("anything", List.of(1, 2))));
        assertThat(MessageRequest.of("16505551234", future).toGraphJson().at("/hologram/anything/1").asInt()).isEqualTo(
                2);
    }

    @Test
    void rawMessagesPassTheSameRulesAsTypedOnes() {
        Map<String, Object> tooLong = Map.of("type", "text", "text", Map.of("body", "x".repeat(4097)));
        assertThatThrownBy(() -> RawMessage.of(tooLong))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.field()).isEqualTo("text.body");
                    assertThat(e.actualSize()).isEqualTo(4097);
                    assertThat(e.limit()).isEqualTo(4096);
                });
        Map<String, Object> fourButtons = Map.of("type", "interactive", "interactive", Map.of(
                "type", "button", "body", Map.of("text", "Pick"),
                "action", Map.of("buttons", List.of(button("a"), button("b"), button("c"), button("d")))));
        assertThatThrownBy(() -> RawMessage.of(fourButtons))
                .isInstanceOfSatisfying(InvalidMessageException.class,
                        e -> assertThat(e.field()).isEqualTo("interactive.action.buttons"));
        Map<String, Object> httpImage = Map.of("type", "image", "image", Map.of("link", "http://example.com/a.png"));
        assertThatThrownBy(() -> RawMessage.of(httpImage))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo(
                        "image.link"));
    }

    private static Map<String, Object> button(String id) {
        return Map.of("type", "reply", "reply", Map.of("id", id, "title", id.toUpperCase()));
    }

    @Test
    void envelopeIsRequired() {
        assertField(() -> RawMessage.of(Map.of("text", Map.of("body", "Hi"))), "type");
        assertField(() -> RawMessage.of(Map.of("type", "text")), "text");
        assertField(() -> RawMessage.of(Map.of("type", "sticker", "sticker", "not an object")), "sticker");
        assertField(() -> RawMessage.of(MAPPER.createArrayNode()), "message");
        RawMessage withoutRecipient = RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi")));
        assertField(() -> new MessageRequest(null, withoutRecipient, null, null), "to");
        assertField(() -> MessageRequest.of("16505551234",
                RawMessage.of(Map.of("messaging_product", "sms", "type", "text", "text", Map.of("body", "Hi")))),
                "messaging_product");
        assertField(() -> new MessageRequest(
                null,
                RawMessage.of(Map.of("to", "0170 1234567", "type", "text", "text", Map.of("body", "Hi"))), null, null),
                "to");
    }

    @Test
    void rawMessageIsImmutable() {
        Map<String, Object> text = new LinkedHashMap<>(Map.of("body", "Hi"));
        Map<String, Object> message = new LinkedHashMap<>(Map.of("type", "text", "text", text));
        RawMessage raw = RawMessage.of(message);
        text.put("body", "changed");
        ((ObjectNode) raw.json().get("text")).put("body", "changed too");
        assertThat(raw.toGraphJson().get("body").asText()).isEqualTo("Hi");
        assertThat(raw).isEqualTo(RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi"))));
        assertThat(raw.toString()).doesNotContain("Hi");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidMessageException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
