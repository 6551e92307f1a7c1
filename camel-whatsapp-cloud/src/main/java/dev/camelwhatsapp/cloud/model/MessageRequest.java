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
 * <p>The request is validated when created, so one that exists can always be sent. For a
 * {@link RawMessage}, the raw object's own {@code to}, {@code context} and
 * {@code biz_opaque_callback_data} are used unless the request sets them.
 *
 * @param to           the recipient: E.164 digits, or a business-scoped user id sent in the request's
 *                     {@code recipient} field; normalised on creation (see {@link Recipient})
 * @param message      the message
 * @param replyTo      the wamid this message replies to ({@code context.message_id}), or {@code null}
 * @param callbackData {@code biz_opaque_callback_data}, echoed back in status webhooks, or {@code null}
 */
public record MessageRequest(String to, OutgoingMessage message, String replyTo, String callbackData) {

    /**
     * @throws InvalidMessageException when the recipient is missing, neither E.164 nor a well-formed business-scoped
     *                                 user id, or the request breaks a rule
     */
    public MessageRequest {
        Objects.requireNonNull(message, "message");
        if (to == null && message instanceof RawMessage raw) {
            to = raw.to() != null ? raw.to() : raw.recipient();
        }
        to = Recipient.normalize(to);
        MessageValidator.validateRequest(graphJson(to, message, replyTo, callbackData));
    }

    public static MessageRequest of(String to, OutgoingMessage message) {
        return new MessageRequest(to, message, null, null);
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
     *         {@code {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text","text":{…}}}
     */
    public ObjectNode toGraphJson() {
        return graphJson(to, message, replyTo, callbackData);
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
