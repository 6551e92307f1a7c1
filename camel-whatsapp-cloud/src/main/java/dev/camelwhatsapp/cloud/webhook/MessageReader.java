package dev.camelwhatsapp.cloud.webhook;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.Contact;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageContext;
import dev.camelwhatsapp.cloud.model.inbound.MessageContext.ReferredProduct;
import dev.camelwhatsapp.cloud.model.inbound.Referral;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.flag;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.object;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads {@code value.messages[]} objects, with the sender's entry of {@code value.contacts}.
 */
final class MessageReader {

    private MessageReader() {
    }

    static List<Contact> contacts(JsonNode value) {
        return JsonValues.objects(value, "contacts", MessageReader::contact);
    }

    static InboundMessage message(WebhookContext context, JsonNode message, List<Contact> contacts) {
        String from = text(message, "from");
        String fromUserId = firstNonNull(text(message, "from_user_id"), text(message, "user_id"));
        String type = typeOf(message);
        return new InboundMessage(
                context, message, text(message, "id"), from, fromUserId,
                epochSeconds(message, "timestamp"), type, contactOf(contacts, from, fromUserId),
                messageContext(object(message, "context")), referral(object(message, "referral")),
                ErrorReader.errorsOf(message), MessagePartReader.part(type, message));
    }

    /**
     * Matches by WhatsApp id first, then by business-scoped user id, because either may be withheld. No positional
     * guess: in a batch of several senders (or recipients) a wrong profile name is worse than none.
     */
    static Contact contactOf(List<Contact> contacts, String from, String fromUserId) {
        for (Contact contact : contacts) {
            if (from != null && from.equals(contact.waId())) {
                return contact;
            }
        }
        for (Contact contact : contacts) {
            if (fromUserId != null && fromUserId.equals(contact.userId())) {
                return contact;
            }
        }
        return null;
    }

    private static Contact contact(JsonNode contact) {
        JsonNode profile = object(contact, "profile");
        return new Contact(
                profile != null ? text(profile, "name") : null,
                profile != null ? text(profile, "username") : null, text(contact, "wa_id"), text(contact, "user_id"),
                text(contact, "parent_user_id"));
    }

    private static MessageContext messageContext(JsonNode context) {
        if (context == null) {
            return null;
        }
        JsonNode product = object(context, "referred_product");
        return new MessageContext(
                text(context, "from"), text(context, "id"), flag(context, "forwarded"),
                flag(context, "frequently_forwarded"),
                product != null ? new ReferredProduct(text(product, "catalog_id"), text(product, "product_retailer_id"))
                        : null);
    }

    private static Referral referral(JsonNode referral) {
        if (referral == null) {
            return null;
        }
        return new Referral(
                text(referral, "source_url"), text(referral, "source_id"), text(referral, "source_type"),
                text(referral, "headline"), text(referral, "body"), text(referral, "media_type"),
                text(referral, "image_url"), text(referral, "video_url"), text(referral, "thumbnail_url"),
                text(referral, "ctwa_clid"), referral);
    }

    /**
     * The message's type. Meta leaves {@code type} out of some messages it could not render (they carry errors
     * instead); such a message is {@code unsupported}, and one with neither is {@code unknown}, so that every message
     * event names its type.
     */
    static String typeOf(JsonNode message) {
        String type = text(message, "type");
        if (type != null && !type.isBlank()) {
            return type;
        }
        return message.path("errors").isArray() && !message.path("errors").isEmpty() ? "unsupported" : "unknown";
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
