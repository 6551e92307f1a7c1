package dev.camelwhatsapp.cloud.model;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.camelwhatsapp.cloud.model.FieldReader.array;
import static dev.camelwhatsapp.cloud.model.FieldReader.has;
import static dev.camelwhatsapp.cloud.model.FieldReader.length;
import static dev.camelwhatsapp.cloud.model.FieldReader.number;
import static dev.camelwhatsapp.cloud.model.FieldReader.object;
import static dev.camelwhatsapp.cloud.model.FieldReader.optionalText;
import static dev.camelwhatsapp.cloud.model.FieldReader.path;
import static dev.camelwhatsapp.cloud.model.FieldReader.text;

/**
 * Checks Graph API send requests against WhatsApp's documented rules before anything is sent.
 *
 * <p>It works on the JSON tree: it is the validation of {@link RawMessage}s and of request bodies given as JSON.
 * Typed messages check their own fields when they are built, with the same rules (the helpers here and in the
 * package's rule classes are shared by both paths) and the same wording; a test walks every rule on both. Every
 * bound comes from {@link MessageLimits}. Message types this class does not know
 * (types Meta adds later) are checked for their envelope only and otherwise passed through, since
 * refusing them would block features the API already supports.
 */
public final class MessageValidator {

    private MessageValidator() {
    }

    /**
     * Validates a complete {@code POST /messages} body: envelope and content.
     *
     * @throws InvalidMessageException naming the first field that breaks a rule
     */
    public static void validateRequest(JsonNode body) {
        String type = validateEnvelope(body);
        validateContent(type, body.get(type));
    }

    /**
     * Validates the envelope of a {@code POST /messages} body: product, recipient, type, reply context and callback
     * data, but not the {@code <type>} content, which a {@link RawMessage} checked when it was made.
     *
     * @return the message type
     */
    static String validateEnvelope(JsonNode body) {
        object(body, "request");
        String product = text(body, "", "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw new InvalidMessageException("messaging_product", "messaging_product must be whatsapp");
        }
        recipient(body);
        String type = text(body, "", "type");
        if (type.isEmpty()) {
            throw InvalidMessageException.required("type");
        }
        if (!has(body, type)) {
            throw InvalidMessageException.required(type);
        }
        if (has(body, "context")) {
            requiredNonEmpty(object(body, "", "context"), "context", "message_id");
        }
        callbackData(optionalText(body, "", "biz_opaque_callback_data"));
        return type;
    }

    /** The envelope's {@code biz_opaque_callback_data}, which may be absent. */
    static void callbackData(String callbackData) {
        if (callbackData != null) {
            MessageLimits.CALLBACK_DATA.check("biz_opaque_callback_data", length(callbackData));
        }
    }

    /**
     * A request names its user in {@code to} (a phone number) or in {@code recipient} (a business-scoped user id), never
     * in both: Meta would let {@code to} win silently, and a request meant for a BSUID must not reach a number.
     */
    private static void recipient(JsonNode body) {
        boolean hasTo = has(body, "to");
        boolean hasRecipient = has(body, "recipient");
        if (hasTo && hasRecipient) {
            throw new InvalidMessageException(
                    "recipient", "give the user either in to (phone number) or in recipient"
                            + " (business-scoped user id), not both");
        }
        if (hasRecipient) {
            String recipient = text(body, "", "recipient");
            if (!Recipient.isBusinessScopedUserId(recipient.strip())) {
                throw new InvalidMessageException(
                        "recipient", "recipient must be a business-scoped user id such as"
                                + " US.13491208655302741918; a phone number goes in to");
            }
            Recipient.normalize(recipient);
            return;
        }
        String to = text(body, "", "to");
        if (Recipient.isBusinessScopedUserId(to.strip())) {
            throw new InvalidMessageException(
                    "to", "to takes a phone number; a business-scoped user id goes in"
                            + " recipient");
        }
        Recipient.normalize(to);
    }

    /**
     * Validates the content of one message: the value of the request's {@code <type>} field. Paths in
     * exceptions start with the type, as in the full request ({@code text.body}).
     *
     * @param type    the Graph API message type, e.g. {@code text}
     * @param content the {@code <type>} value
     * @throws InvalidMessageException naming the first field that breaks a rule
     */
    public static void validateContent(String type, JsonNode content) {
        switch (type) {
            case "text" -> textMessage(object(content, type));
            case "image", "video" -> MediaRules.validate(content, type, true, false);
            case "document" -> MediaRules.validate(content, type, true, true);
            case "audio", "sticker" -> MediaRules.validate(content, type, false, false);
            case "location" -> location(object(content, type));
            case "contacts" -> contacts(content);
            case "reaction" -> reaction(object(content, type));
            case "interactive" -> InteractiveRules.validate(object(content, type));
            case "template" -> TemplateRules.validate(object(content, type));
            default -> object(content, type); // a type this version does not know: passed through as given
        }
    }

    /**
     * Validates a read receipt ({@code status: read}, optional typing indicator).
     *
     * @throws InvalidMessageException naming the first field that breaks a rule
     */
    public static void validateReadReceipt(JsonNode body) {
        object(body, "request");
        requiredNonEmpty(body, "", "message_id");
        if (!"read".equals(text(body, "", "status"))) {
            throw new InvalidMessageException("status", "status must be read");
        }
        if (has(body, "typing_indicator")
                && !"text".equals(text(object(body, "", "typing_indicator"), "typing_indicator", "type"))) {
            throw new InvalidMessageException("typing_indicator.type", "typing_indicator.type must be text");
        }
    }

    private static void textMessage(JsonNode text) {
        textBody(text(text, "text", "body"));
        if (has(text, "preview_url") && !text.get("preview_url").isBoolean()) {
            throw new InvalidMessageException("text.preview_url", "text.preview_url must be true or false");
        }
    }

    /** A text message's body, as {@link TextMessage} checks it too. */
    static void textBody(String body) {
        if (body == null) {
            throw InvalidMessageException.required("text.body");
        }
        MessageLimits.TEXT_BODY.check("text.body", length(body));
    }

    private static void location(JsonNode location) {
        coordinates(location, "location");
        optionalText(location, "location", "name");
        optionalText(location, "location", "address");
    }

    /** Latitude and longitude, shared by location messages and template location headers. */
    static void coordinates(JsonNode node, String path) {
        double latitude = number(node, path, "latitude");
        coordinates(latitude, number(node, path, "longitude"), path);
    }

    /** The same rule on typed coordinates: location messages and template location parameters. */
    static void coordinates(double latitude, double longitude, String path) {
        MessageLimits.LATITUDE.check(path(path, "latitude"), latitude);
        MessageLimits.LONGITUDE.check(path(path, "longitude"), longitude);
    }

    private static void contacts(JsonNode contacts) {
        if (contacts == null || contacts.isNull()) {
            throw InvalidMessageException.required("contacts");
        }
        if (!contacts.isArray()) {
            throw new InvalidMessageException("contacts", "contacts must be an array");
        }
        MessageLimits.CONTACTS.check("contacts", contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            String path = path("contacts", i);
            JsonNode contact = object(contacts.get(i), path);
            requiredNonEmpty(object(contact, path, "name"), path(path, "name"), "formatted_name");
            entries(contact, path, "phones", "phone");
            entries(contact, path, "emails", "email");
            entries(contact, path, "urls", "url");
        }
    }

    /** The same rules on typed contact cards. */
    static void contacts(List<Contact> contacts) {
        MessageLimits.CONTACTS.check("contacts", contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            String path = path("contacts", i);
            Contact contact = contacts.get(i);
            FieldReader.required(contact.name() == null ? null : contact.name().formattedName(),
                    path + ".name.formatted_name");
            entries(contact.phones(), Contact.Phone::phone, path, "phones", "phone");
            entries(contact.emails(), Contact.Email::email, path, "emails", "email");
            entries(contact.urls(), Contact.Url::url, path, "urls", "url");
        }
    }

    private static <T> void entries(List<T> list, Function<T, String> value, String contactPath, String listName,
                                    String valueField) {
        for (int i = 0; i < list.size(); i++) {
            FieldReader.required(value.apply(list.get(i)), path(path(contactPath, listName), i) + "." + valueField);
        }
    }

    /** Each entry of an optional list of a contact card must carry its value field. */
    private static void entries(JsonNode contact, String contactPath, String listName, String valueField) {
        if (!has(contact, listName)) {
            return;
        }
        JsonNode list = array(contact, contactPath, listName);
        for (int i = 0; i < list.size(); i++) {
            String path = path(path(contactPath, listName), i);
            requiredNonEmpty(object(list.get(i), path), path, valueField);
        }
    }

    private static void reaction(JsonNode reaction) {
        requiredNonEmpty(reaction, "reaction", "message_id");
        text(reaction, "reaction", "emoji"); // an empty emoji is how a reaction is removed
    }

    /** The same rules on a typed reaction. */
    static void reaction(String messageId, String emoji) {
        FieldReader.required(messageId, "reaction.message_id");
        if (emoji == null) {
            throw InvalidMessageException.required("reaction.emoji"); // an empty emoji is how a reaction is removed
        }
    }

    /** A string field that must be present and not blank. */
    static String requiredNonEmpty(JsonNode parent, String parentPath, String name) {
        String value = text(parent, parentPath, name);
        if (value.isBlank()) {
            throw InvalidMessageException.required(path(parentPath, name));
        }
        return value;
    }
}
