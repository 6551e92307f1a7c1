package dev.camelwhatsapp.cloud;

import java.util.List;
import java.util.Map;

import dev.camelwhatsapp.cloud.model.MessageRequest;
import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.RawMessage;
import dev.camelwhatsapp.cloud.model.ReadReceipt;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;
import org.apache.camel.Exchange;

/**
 * Reads what to send from a Camel exchange: the body decides the message, the headers add the envelope. Keeping these
 * rules in one class keeps the producer about HTTP and the documentation about one table.
 *
 * <table>
 * <tr><th>body</th><th>becomes</th></tr>
 * <tr><td>a {@link OutgoingMessage}</td><td>that message</td></tr>
 * <tr><td>a {@code List} or {@code Map} or nothing, with the TemplateName header</td><td>a template send with
 * positional ({@code List}) or named ({@code Map}) body parameters</td></tr>
 * <tr><td>a {@code String}</td><td>a text message</td></tr>
 * <tr><td>a {@code Map}</td><td>a raw Graph API message object</td></tr>
 * </table>
 */
final class OutboundMessageBinding {

    private OutboundMessageBinding() {
    }

    static MessageRequest messageRequest(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        OutgoingMessage message = message(in);
        return new MessageRequest(
                in.getHeader(WhatsAppCloudConstants.TO, String.class),
                message,
                in.getHeader(WhatsAppCloudConstants.REPLY_TO, String.class),
                in.getHeader(WhatsAppCloudConstants.CALLBACK_DATA, String.class));
    }

    private static OutgoingMessage message(org.apache.camel.Message in) {
        Object body = in.getBody();
        String templateName = in.getHeader(WhatsAppCloudConstants.TEMPLATE_NAME, String.class);
        if (templateName != null && !(body instanceof OutgoingMessage)) {
            return template(templateName, in.getHeader(WhatsAppCloudConstants.TEMPLATE_LANGUAGE, String.class), body);
        }
        if (body instanceof OutgoingMessage message) {
            return message;
        }
        if (body instanceof String text) {
            return TextMessage.of(text);
        }
        if (body instanceof Map<?, ?> raw) {
            return RawMessage.of(stringKeys(raw));
        }
        throw new IllegalArgumentException(
                "Cannot send a body of type " + (body == null ? "null" : body.getClass().getName())
                        + ": use a dev.camelwhatsapp.cloud.model message, a String (text), a Map"
                        + " (raw Graph API message), or set the " + WhatsAppCloudConstants.TEMPLATE_NAME
                        + " header with a List or Map of parameters");
    }

    private static OutgoingMessage template(String name, String language, Object parameters) {
        if (language == null) {
            throw new IllegalArgumentException(
                    "The " + WhatsAppCloudConstants.TEMPLATE_NAME + " header needs "
                            + WhatsAppCloudConstants.TEMPLATE_LANGUAGE + " too (e.g. en_US):"
                            + " Meta matches templates on name and language");
        }
        if (parameters == null) {
            return TemplateMessage.withBodyParameters(name, language, List.of());
        }
        if (parameters instanceof List<?> positional) {
            return TemplateMessage.withBodyParameters(name, language, positional);
        }
        if (parameters instanceof Map<?, ?> named) {
            return TemplateMessage.withNamedBodyParameters(name, language, stringKeys(named));
        }
        throw new IllegalArgumentException(
                "A template send from the " + WhatsAppCloudConstants.TEMPLATE_NAME
                        + " header takes a List (positional) or Map (named) of body parameters,"
                        + " not a " + parameters.getClass().getName());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                throw new IllegalArgumentException(
                        "Map bodies need String keys (Graph API field names), found "
                                + (key == null ? "null" : key.getClass().getName()));
            }
        }
        return (Map<String, Object>) map;
    }

    static ReadReceipt readReceipt(Exchange exchange) {
        org.apache.camel.Message in = exchange.getMessage();
        if (in.getBody() instanceof ReadReceipt receipt) {
            return receipt;
        }
        String messageId = in.getHeader(WhatsAppCloudConstants.MESSAGE_ID, String.class);
        if (messageId == null && in.getBody() instanceof String id) {
            messageId = id;
        }
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException(
                    "markAsRead needs the wamid of the received message in the "
                            + WhatsAppCloudConstants.MESSAGE_ID
                            + " header, as String body or as ReadReceipt body");
        }
        boolean typing = Boolean.TRUE.equals(in.getHeader(WhatsAppCloudConstants.TYPING_INDICATOR, Boolean.class));
        return new ReadReceipt(messageId, typing);
    }
}
