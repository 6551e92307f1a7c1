package dev.camelwhatsapp.cloud.flow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.InMemoryConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.WindowPolicy;
import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.ReactionMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;
import org.junit.jupiter.api.Test;

import static dev.camelwhatsapp.cloud.flow.internal.WindowGate.Verdict.FALLBACK;
import static dev.camelwhatsapp.cloud.flow.internal.WindowGate.Verdict.REFUSE;
import static dev.camelwhatsapp.cloud.flow.internal.WindowGate.Verdict.SEND;
import static org.assertj.core.api.Assertions.assertThat;

class WindowGateTest {

    static final String NUMBER = "106540352242922";
    static final String USER = "15551234567";
    static final Instant USER_WROTE = Instant.parse("2026-03-01T10:00:00Z");

    final ConversationWindowStore store = new InMemoryConversationWindowStore();

    static MessageRequest text() {
        return MessageRequest.of(USER, TextMessage.of("Your parcel is on its way"));
    }

    static MessageRequest template() {
        return MessageRequest.of(USER, TemplateMessage.withBodyParameters("order_shipped", "en_US", List.of("Ann")));
    }

    WindowGate gate(WindowPolicy policy, Instant now) {
        return new WindowGate(NUMBER, policy, store, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTemplateAlwaysPassesAFreeFormMessageOnlyInsideTheWindow() {
        assertThat(gate(WindowPolicy.strict, USER_WROTE).check(template())).isEqualTo(SEND);
        assertThat(gate(WindowPolicy.strict, USER_WROTE).check(text())).isEqualTo(REFUSE);

        store.recordInbound(NUMBER, USER, USER_WROTE);

        assertThat(gate(WindowPolicy.strict, USER_WROTE.plusSeconds(1)).check(text())).isEqualTo(SEND);
        assertThat(gate(WindowPolicy.strict, USER_WROTE.plus(Duration.ofHours(24)).minusSeconds(1)).check(text()))
                .isEqualTo(SEND);
        assertThat(gate(WindowPolicy.strict, USER_WROTE.plus(Duration.ofHours(24))).check(text())).isEqualTo(REFUSE);
        assertThat(gate(WindowPolicy.strict, USER_WROTE.plus(Duration.ofHours(24)).plusSeconds(1)).check(text()))
                .isEqualTo(REFUSE);
    }

    @Test
    void theWindowIsPerBusinessNumber() {
        store.recordInbound("999999999999999", USER, USER_WROTE);

        assertThat(gate(WindowPolicy.strict, USER_WROTE).check(text())).isEqualTo(REFUSE);
    }

    @Test
    void templatePolicyFallsBackAndOffPolicySendsAnyway() {
        assertThat(gate(WindowPolicy.template, USER_WROTE).check(text())).isEqualTo(FALLBACK);
        assertThat(gate(WindowPolicy.template, USER_WROTE).check(template())).isEqualTo(SEND);
        assertThat(gate(WindowPolicy.off, USER_WROTE).check(text())).isEqualTo(SEND);
    }

    @Test
    void everyNonTemplateMessageNeedsTheWindowRawTemplatesDoNot() {
        assertThat(WindowGate.needsOpenWindow(TextMessage.of("hi"))).isTrue();
        assertThat(WindowGate.needsOpenWindow(ReactionMessage.react("wamid.x", "👍"))).isTrue();
        assertThat(WindowGate.needsOpenWindow(RawMessage.of(Map.of("type", "text", "text", Map.of("body", "hi")))))
                .isTrue();
        assertThat(WindowGate.needsOpenWindow(RawMessage.of(Map.of("type", "template",
                "template", Map.of("name", "hello_world", "language", Map.of("code", "en_US")))))).isFalse();
        assertThat(WindowGate.needsOpenWindow(template().message())).isFalse();
    }
}
