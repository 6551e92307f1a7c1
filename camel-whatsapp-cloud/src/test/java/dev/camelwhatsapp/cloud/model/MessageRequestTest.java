package dev.camelwhatsapp.cloud.model;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request builds its body once, checks its envelope once, and never lets its body be changed from outside. */
class MessageRequestTest {

    private static final String TO = "+1 650 555 1234";

    @Test
    void theBodyIsBuiltOnceAndHandedOutAsCopies() {
        MessageRequest request = MessageRequest.of(TO, TextMessage.of("Hi")).replyTo("wamid.1").callbackData("o-1");

        assertThat(request.postedJson()).isSameAs(request.postedJson());
        ObjectNode copy = request.toGraphJson();
        assertThat(copy).isEqualTo(request.postedJson()).isNotSameAs(request.postedJson());
        copy.put("to", "49301234567");
        ((ObjectNode) copy.get("text")).put("body", "changed");

        assertThat(request.postedJson().get("to").asText()).isEqualTo("16505551234");
        assertThat(request.postedJson().at("/text/body").asText()).isEqualTo("Hi");
        assertThat(request.toGraphJson().at("/context/message_id").asText()).isEqualTo("wamid.1");
        assertThat(request.toGraphJson().get("biz_opaque_callback_data").asText()).isEqualTo("o-1");
    }

    @Test
    void aRawMessageIsNotChangedByTheRequestsCopy() {
        RawMessage raw = RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi"), "to", TO));
        MessageRequest request = new MessageRequest(null, raw, null, null);

        assertThat(request.to()).isEqualTo("16505551234");
        assertThat(raw.json().get("to").asText()).isEqualTo(TO); // the raw object keeps what it was given
        assertThat(request.postedJson().get("to").asText()).isEqualTo("16505551234");
    }

    @Test
    void theEnvelopeOfATypedMessageIsChecked() {
        assertThatThrownBy(() -> MessageRequest.of(TO, TextMessage.of("Hi")).callbackData("x".repeat(513)))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                    assertThat(e.field()).isEqualTo("biz_opaque_callback_data");
                    assertThat(e.limit()).isEqualTo(MessageLimits.CALLBACK_DATA.max());
                });
        assertThatThrownBy(() -> MessageRequest.of(TO, TextMessage.of("Hi")).replyTo(""))
                .isInstanceOfSatisfying(InvalidMessageException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("context.message_id is required"));
    }

    @Test
    void theEnvelopeARawMessageBringsIsChecked() {
        RawMessage longCallback = RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi"),
                "biz_opaque_callback_data", "x".repeat(513)));
        RawMessage emptyContext = RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi"),
                "context", Map.of("message_id", " ")));
        RawMessage otherProduct = RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi"),
                "messaging_product", "sms"));

        assertThatThrownBy(() -> MessageRequest.of(TO, longCallback)).isInstanceOfSatisfying(
                InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("biz_opaque_callback_data"));
        assertThatThrownBy(() -> MessageRequest.of(TO, emptyContext)).isInstanceOfSatisfying(
                InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("context.message_id"));
        assertThatThrownBy(() -> MessageRequest.of(TO, otherProduct)).isInstanceOfSatisfying(
                InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo("messaging_product"));
    }

    @Test
    void requestsWithTheSameContentAreEqual() {
        MessageRequest one = MessageRequest.of(TO, TextMessage.of("Hi")).callbackData("o-1");
        MessageRequest other = MessageRequest.of("16505551234", TextMessage.of("Hi")).callbackData("o-1");

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(one.replyTo("wamid.1"));
        assertThat(one.toString()).startsWith("MessageRequest[to=16505551234, message=TextMessage[");
    }
}
