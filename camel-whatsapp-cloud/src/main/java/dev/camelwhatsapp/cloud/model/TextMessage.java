package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A text message: {@code {"body":…, "preview_url":…}}.
 *
 * <pre>{@code
 * TextMessage.of("Your order has shipped")
 * TextMessage.builder().body("Track it: https://example.com/t/1234").previewUrl(true).build()
 * }</pre>
 *
 * @param body       the text, at most {@link MessageLimits#TEXT_BODY} characters
 * @param previewUrl whether WhatsApp renders a preview of the first URL in the body
 */
public record TextMessage(String body, boolean previewUrl) implements OutgoingMessage {

    /** @throws InvalidMessageException when the body is missing or too long */
    public TextMessage(String body, boolean previewUrl) {
        this.body = body;
        this.previewUrl = previewUrl;
        MessageValidator.textBody(body);
    }

    /** A text message without link preview. */
    public static TextMessage of(String body) {
        return new TextMessage(body, false);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return a copy that does or does not show a link preview */
    public TextMessage previewUrl(boolean previewUrl) {
        return new TextMessage(body, previewUrl);
    }

    @Override
    public String type() {
        return "text";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode text = GraphJson.putIfPresent(GraphJson.object(), "body", body);
        return text.put("preview_url", previewUrl);
    }

    /** Builds a {@link TextMessage}. */
    public static final class Builder {
        private String body;
        private boolean previewUrl;

        private Builder() {
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        public Builder previewUrl(boolean previewUrl) {
            this.previewUrl = previewUrl;
            return this;
        }

        /** @throws InvalidMessageException when the body is missing or too long */
        public TextMessage build() {
            return new TextMessage(body, previewUrl);
        }
    }
}
