package dev.camelwhatsapp.cloud.model;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message with its envelope: the complete body of {@code POST /{phone-number-id}/messages}.
 *
 * <pre>{@code
 * MessageRequest.of("+1 650 555 1234", TextMessage.of("Your order has shipped"))
 *         .replyTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI5QTRCMEM4")
 *         .callbackData("order-1234")
 * }</pre>
 *
 * <p>The request is validated when created, so one that exists can always be sent. A typed message checked its own
 * fields when it was built; the request checks only the envelope (recipient, reply context, callback data), once.
 * A {@link RawMessage} was checked against {@link MessageValidator} when it was made; the request checks the envelope
 * of the merged object, and the raw object's own {@code to}, {@code context} and {@code biz_opaque_callback_data} are
 * used unless the request sets them.
 *
 * <p>The request body is built once, when the request is created, and never modified afterwards: the same tree is
 * posted by every attempt of the send, and {@link #toGraphJson()} hands out copies of it.
 */
public final class MessageRequest {

    private final String to;
    private final OutgoingMessage message;
    private final String replyTo;
    private final String callbackData;
    private final ObjectNode body;

    /**
     * @param to           the recipient: E.164 digits, or a business-scoped user id sent in the request's
     *                     {@code recipient} field; normalised on creation (see {@link Recipient}); for a
     *                     {@link RawMessage}, {@code null} takes the raw object's own
     * @param message      the message
     * @param replyTo      the wamid this message replies to ({@code context.message_id}), or {@code null}
     * @param callbackData {@code biz_opaque_callback_data}, echoed back in status webhooks, or {@code null}
     * @throws InvalidMessageException when the recipient is missing, neither E.164 nor a well-formed business-scoped
     *                                 user id, or the envelope breaks a rule
     */
    public MessageRequest(String to, OutgoingMessage message, String replyTo, String callbackData) {
        Objects.requireNonNull(message, "message");
        if (to == null && message instanceof RawMessage raw) {
            to = raw.to() != null ? raw.to() : raw.recipient();
        }
        this.to = Recipient.normalize(to);
        this.message = message;
        this.replyTo = replyTo;
        this.callbackData = callbackData;
        if (!(message instanceof RawMessage)) {
            // the recipient field follows from the normalised recipient, so only these two can still be wrong
            if (replyTo != null) {
                FieldReader.required(replyTo, "context.message_id");
            }
            MessageValidator.callbackData(callbackData);
        }
        this.body = graphJson(this.to, message, replyTo, callbackData);
        if (message instanceof RawMessage) {
            MessageValidator.validateEnvelope(body); // the raw object may carry its own, unchecked, envelope fields
        }
    }

    public static MessageRequest of(String to, OutgoingMessage message) {
        return new MessageRequest(to, message, null, null);
    }

    /** @return the normalised recipient: E.164 digits or a business-scoped user id */
    public String to() {
        return to;
    }

    /** @return the message */
    public OutgoingMessage message() {
        return message;
    }

    /** @return the wamid this message replies to, or {@code null} */
    public String replyTo() {
        return replyTo;
    }

    /** @return the {@code biz_opaque_callback_data}, or {@code null} */
    public String callbackData() {
        return callbackData;
    }

    /** @return a copy replying to the message {@code messageId} (shown quoted above this one) */
    public MessageRequest replyTo(String messageId) {
        return new MessageRequest(to, message, messageId, callbackData);
    }

    /** @return a copy carrying {@code data}, which Meta returns in this message's status webhooks */
    public MessageRequest callbackData(String data) {
        return new MessageRequest(to, message, replyTo, data);
    }

    /**
     * @return a new tree holding the complete request body, e.g.
     *         {@code {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text","text":{…}}};
     *         the caller may modify it
     */
    public ObjectNode toGraphJson() {
        return body.deepCopy();
    }

    /**
     * The request body itself, as it is posted, without a copy: the producer sends this tree, and the pre-send rules
     * read a raw message's fields from it.
     *
     * @return the validated body; it is shared by every send of this request and must not be modified
     */
    public JsonNode postedJson() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageRequest request && to.equals(request.to) && message.equals(request.message)
                && Objects.equals(replyTo, request.replyTo) && Objects.equals(callbackData, request.callbackData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(to, message, replyTo, callbackData);
    }

    @Override
    public String toString() {
        return "MessageRequest[to=" + to + ", message=" + message + ", replyTo=" + replyTo + ", callbackData="
                + callbackData + "]";
    }

    private static ObjectNode graphJson(String to, OutgoingMessage message, String replyTo, String callbackData) {
        ObjectNode body = GraphJson.object().put("messaging_product", "whatsapp");
        if (message instanceof RawMessage raw) {
            copyRaw(raw.json(), body, to);
        } else {
            body.put("recipient_type", "individual").put(Recipient.requestField(to), to).put("type", message.type());
            body.set(message.type(), message.toGraphJson());
        }
        if (replyTo != null) {
            body.putObject("context").put("message_id", replyTo);
        }
        return GraphJson.putIfPresent(body, "biz_opaque_callback_data", callbackData);
    }

    /**
     * Keeps the raw object's fields in their order; {@code to} (phone number) or {@code recipient} (business-scoped user
     * id) is the normalised recipient, and only one of them is sent.
     */
    private static void copyRaw(ObjectNode raw, ObjectNode body, String to) {
        JsonNode product = raw.remove("messaging_product");
        if (product != null) {
            body.set("messaging_product", product); // kept as given; the validator refuses anything but whatsapp
        }
        JsonNode recipientType = raw.remove("recipient_type");
        if (recipientType != null) {
            body.set("recipient_type", recipientType);
        }
        raw.remove("to");
        raw.remove("recipient");
        body.put(Recipient.requestField(to), to);
        for (Iterator<Map.Entry<String, JsonNode>> fields = raw.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            body.set(field.getKey(), field.getValue());
        }
    }
}
