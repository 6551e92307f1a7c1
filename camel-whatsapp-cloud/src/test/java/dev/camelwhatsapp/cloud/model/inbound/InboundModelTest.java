package dev.camelwhatsapp.cloud.model.inbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class InboundModelTest {

    private static final WebhookContext CONTEXT = new WebhookContext("waba", "messages", "phone", "15550783881");

    @Test
    void typedAccessorsAnswerOnlyForTheirType() {
        InboundMessage text = message("text", new TextPart("hi"));

        assertThat(text.text()).isEqualTo(new TextPart("hi"));
        assertThat(text.partAs(TextPart.class)).contains(new TextPart("hi"));
        assertThat(text.partAs(MediaPart.class)).isEmpty();
        assertThat(text.media()).isNull();
        assertThat(text.image()).isNull();
        assertThat(text.location()).isNull();
        assertThat(text.contacts()).isNull();
        assertThat(text.interactive()).isNull();
        assertThat(text.button()).isNull();
        assertThat(text.reaction()).isNull();
        assertThat(text.order()).isNull();
        assertThat(text.system()).isNull();
        assertThat(text.edit()).isNull();
        assertThat(text.revoke()).isNull();
        assertThat(text.unsupported()).isNull();
    }

    @Test
    void mediaAccessorsMatchTheMediaType() {
        MediaPart document = new MediaPart("document", "1", "application/pdf", "x", null, null, "a.pdf", false, false);
        InboundMessage message = message("document", document);

        assertThat(message.document()).isSameAs(document);
        assertThat(message.media()).isSameAs(document);
        assertThat(message.image()).isNull();
        assertThat(message.audio()).isNull();
        assertThat(message.video()).isNull();
        assertThat(message.sticker()).isNull();
    }

    @Test
    void reactionWithoutEmojiIsARemoval() {
        assertThat(new ReactionPart("wamid.1", "\u2764\uFE0F").removed()).isFalse();
        assertThat(new ReactionPart("wamid.1", "").removed()).isTrue();
        assertThat(new ReactionPart("wamid.1", null).removed()).isTrue();
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<WebhookErrorDetail> errors = new ArrayList<>();
        errors.add(new WebhookErrorDetail(131051, "t", "m", "d", null));
        InboundMessage message = new InboundMessage(
                CONTEXT, MissingNode.getInstance(), "wamid.1", "1", null,
                Instant.EPOCH, "unsupported", null, null, null, errors, new UnsupportedPart(null));
        errors.clear();

        assertThat(message.errors()).hasSize(1).isUnmodifiable();
        assertThat(new OrderPart("c", "", new ArrayList<>()).productItems()).isUnmodifiable();
        assertThat(new ContactsPart(new ArrayList<>()).cards()).isUnmodifiable();
        assertThatNullPointerException().isThrownBy(() -> new OrderPart("c", "", null));
    }

    @Test
    void fieldChangeReadsScalarValuesAsText() {
        ObjectNode value = JsonNodeFactory.instance.objectNode()
                .put("event", "APPROVED")
                .put("message_template_id", 1689556908129832L)
                .put("flagged", true)
                .putNull("reason");
        value.putObject("nested").put("a", 1);
        FieldChange change = new FieldChange(
                new WebhookContext("waba", "message_template_status_update", null, null),
                value);

        assertThat(change.field()).isEqualTo("message_template_status_update");
        assertThat(change.event()).isEqualTo("APPROVED");
        assertThat(change.messageTemplateId()).isEqualTo("1689556908129832");
        assertThat(change.text("flagged")).isEqualTo("true");
        assertThat(change.reason()).isNull();
        assertThat(change.text("nested")).isNull();
        assertThat(change.text("absent")).isNull();
    }

    @Test
    void fieldChangeWithoutValueAnswersNull() {
        FieldChange change = new FieldChange(
                new WebhookContext("waba", "flows", null, null),
                NullNode.getInstance());

        assertThat(change.event()).isNull();
    }

    @Test
    void failedStatus() {
        MessageStatus failed = new MessageStatus(
                CONTEXT, MissingNode.getInstance(), "wamid.1", "failed", null, null,
                null, null, null, null, List.of());

        assertThat(failed.failed()).isTrue();
        assertThat(new MessageStatus(
                CONTEXT, MissingNode.getInstance(), "wamid.1", "read", null, null, null, null,
                null, null, List.of()).failed()).isFalse();
    }

    private static InboundMessage message(String type, MessagePart part) {
        return new InboundMessage(
                CONTEXT, MissingNode.getInstance(), "wamid.1", "16505551234", null, Instant.EPOCH,
                type, null, null, null, List.of(), part);
    }
}
