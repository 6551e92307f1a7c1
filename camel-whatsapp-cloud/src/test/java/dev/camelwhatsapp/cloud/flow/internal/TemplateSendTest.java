package dev.camelwhatsapp.cloud.flow.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pre-send rules learn a template's name and language from the typed message, or from a raw one's request. */
class TemplateSendTest {

    private static final String TO = "16505551234";

    @Test
    void typedAndRawTemplatesAreReadAlike() {
        MessageRequest typed = MessageRequest.of(TO,
                TemplateMessage.withBodyParameters("order_shipped", "en_US", List.of("Ann")));
        MessageRequest raw = MessageRequest.of(TO, RawMessage.of(Map.of("type", "template", "template",
                Map.of("name", "order_shipped", "language", Map.of("code", "en_US")))));

        assertThat(TemplateSend.of(typed, null, (name, language) -> Optional.of("utility")))
                .contains(new TemplateSend("order_shipped", "en_US", "UTILITY"));
        assertThat(TemplateSend.of(raw, null, (name, language) -> Optional.of("utility")))
                .contains(new TemplateSend("order_shipped", "en_US", "UTILITY"));
    }

    @Test
    void theRoutesCategoryWinsOverTheCachedOne() {
        MessageRequest typed = MessageRequest.of(TO, TemplateMessage.builder("spring_sale", "en_US").build());

        assertThat(TemplateSend.of(typed, " marketing ", (name, language) -> Optional.of("UTILITY")))
                .hasValueSatisfying(send -> assertThat(send.isMarketing()).isTrue());
        assertThat(TemplateSend.of(typed, null, (name, language) -> Optional.empty()))
                .contains(new TemplateSend("spring_sale", "en_US", null));
    }

    @Test
    void otherMessagesAreNoTemplateSends() {
        MessageRequest text = MessageRequest.of(TO, TextMessage.of("Hi"));
        MessageRequest rawText = MessageRequest.of(TO, RawMessage.of(Map.of("type", "text", "text",
                Map.of("body", "Hi"))));

        assertThat(TemplateSend.of(text, "MARKETING", (name, language) -> Optional.of("MARKETING"))).isEmpty();
        assertThat(TemplateSend.of(rawText, "MARKETING", (name, language) -> Optional.of("MARKETING"))).isEmpty();
    }
}
