package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An outbound WhatsApp message, without its envelope (recipient, reply context, callback data: see
 * {@link MessageRequest}).
 *
 * <p>Every implementation is immutable and valid: typed messages check their own fields against WhatsApp's rules
 * and {@link MessageLimits} when they are created, so a mistake surfaces in the route line that made it, and a
 * {@link RawMessage} is checked by {@link MessageValidator}; nothing is checked again when the message is sent.
 * Messages with a fixed shape are made by a factory and refined with withers named after the field
 * ({@code MediaMessage.image(source).caption("…")}); messages with repeated parts (templates, interactive buttons
 * and lists, contacts) are assembled with a builder.
 */
public sealed interface OutgoingMessage
        permits TextMessage, TemplateMessage, MediaMessage, LocationMessage, ContactsMessage, InteractiveMessage,
        ReactionMessage, RawMessage {

    /** @return the Graph API message {@code type}, e.g. {@code text}, {@code image}, {@code interactive} */
    String type();

    /**
     * @return a new tree holding the value of the request's {@code <type>} field, e.g.
     *         {@code {"body":"Hi","preview_url":false}} for a text message; the caller may modify it
     */
    JsonNode toGraphJson();
}
