package dev.camelwhatsapp.cloud.model;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Graph API message object given as is, for message types or options this model does not cover.
 *
 * <pre>{@code
 * RawMessage.of(Map.of("type", "text", "text", Map.of("body", "Hi")))
 * }</pre>
 *
 * <p>It holds the whole message: {@code type}, {@code <type>} and optionally {@code to} (a phone number) or
 * {@code recipient} (a business-scoped user id), {@code context}, {@code biz_opaque_callback_data}, {@code recipient_type}. Known types pass the same
 * rules as typed messages; unknown types only need {@code type} and a {@code <type>} field.
 * The object is copied in and out, so later changes on either side do not leak.
 */
public final class RawMessage implements OutgoingMessage {

    private final ObjectNode json;
    private final String type;

    private RawMessage(ObjectNode json) {
        this.json = json;
        this.type = MessageValidator.requiredNonEmpty(json, "", "type");
        if (!FieldReader.has(json, type)) {
            throw InvalidMessageException.required(type);
        }
        MessageValidator.validateContent(type, json.get(type));
    }

    /**
     * @param  message                 a message object made of maps, lists, strings, numbers and booleans
     * @throws InvalidMessageException when {@code type} or {@code <type>} is missing or the content breaks a rule
     */
    public static RawMessage of(Map<String, ?> message) {
        Objects.requireNonNull(message, "message");
        return new RawMessage((ObjectNode) GraphJson.tree(message));
    }

    /**
     * @param  message                 a JSON object
     * @throws InvalidMessageException when it is not an object, or {@code type} or {@code <type>} is missing,
     *                                 or the content breaks a rule
     */
    public static RawMessage of(JsonNode message) {
        return new RawMessage((ObjectNode) FieldReader.object(message, "message").deepCopy());
    }

    @Override
    public String type() {
        return type;
    }

    /** @return the message's own recipient as written, or {@code null} when it has none */
    public String to() {
        JsonNode to = json.get("to");
        return to == null || to.isNull() ? null : to.asText();
    }

    /**
     * @return the message's own business-scoped user id ({@code recipient}) as written, or {@code null} when it has
     *         none; {@code to} wins when both are given, as it does at Meta
     */
    public String recipient() {
        JsonNode recipient = json.get("recipient");
        return recipient == null || recipient.isNull() ? null : recipient.asText();
    }

    /** @return a copy of the whole message object */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /** @return a copy of the {@code <type>} value */
    @Override
    public JsonNode toGraphJson() {
        return json.get(type).deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawMessage raw && json.equals(raw.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RawMessage[type=" + type + "]"; // the content may be personal data
    }
}
