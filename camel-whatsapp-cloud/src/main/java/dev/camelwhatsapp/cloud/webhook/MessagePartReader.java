package dev.camelwhatsapp.cloud.webhook;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.ButtonPart;
import dev.camelwhatsapp.cloud.model.inbound.ContactsPart;
import dev.camelwhatsapp.cloud.model.inbound.ContactsPart.ContactCard;
import dev.camelwhatsapp.cloud.model.inbound.ContactsPart.Email;
import dev.camelwhatsapp.cloud.model.inbound.ContactsPart.Phone;
import dev.camelwhatsapp.cloud.model.inbound.EditPart;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart.ButtonReply;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart.CallPermissionReply;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart.ListReply;
import dev.camelwhatsapp.cloud.model.inbound.InteractivePart.NfmReply;
import dev.camelwhatsapp.cloud.model.inbound.LocationPart;
import dev.camelwhatsapp.cloud.model.inbound.MediaPart;
import dev.camelwhatsapp.cloud.model.inbound.MessagePart;
import dev.camelwhatsapp.cloud.model.inbound.OrderPart;
import dev.camelwhatsapp.cloud.model.inbound.OrderPart.ProductItem;
import dev.camelwhatsapp.cloud.model.inbound.ReactionPart;
import dev.camelwhatsapp.cloud.model.inbound.RevokePart;
import dev.camelwhatsapp.cloud.model.inbound.SystemPart;
import dev.camelwhatsapp.cloud.model.inbound.TextPart;
import dev.camelwhatsapp.cloud.model.inbound.UnknownPart;
import dev.camelwhatsapp.cloud.model.inbound.UnsupportedPart;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.epochSeconds;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.flag;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.object;
import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Reads the type-specific content of a message: the object under the key named by its {@code type}.
 * <p>
 * Every read is lenient. A message whose content is missing or oddly shaped still becomes an event with its raw
 * JSON; refusing the webhook instead would make Meta redeliver the same bytes for days and hold up every other event
 * of the payload.
 */
final class MessagePartReader {

    private MessagePartReader() {
    }

    static MessagePart part(String type, JsonNode message) {
        String key = type != null ? type : "";
        JsonNode content = message.path(key);
        return switch (key) {
            case "text" -> new TextPart(text(content, "body"));
            case "image", "audio", "video", "document", "sticker" -> media(key, content);
            case "location" -> location(content);
            case "contacts" -> contacts(message);
            case "interactive" -> interactive(content);
            case "button" -> new ButtonPart(text(content, "text"), text(content, "payload"));
            case "reaction" -> new ReactionPart(text(content, "message_id"), text(content, "emoji"));
            case "order" -> order(content);
            case "system" -> system(content);
            case "edit" -> edit(content);
            case "revoke" -> new RevokePart(text(content, "original_message_id"));
            case "unsupported", "unknown" -> new UnsupportedPart(text(content, "type"));
            default -> new UnknownPart(type, content);
        };
    }

    private static MediaPart media(String type, JsonNode media) {
        return new MediaPart(
                type, text(media, "id"), text(media, "mime_type"), text(media, "sha256"),
                text(media, "url"), text(media, "caption"), text(media, "filename"), flag(media, "voice"),
                flag(media, "animated"));
    }

    private static LocationPart location(JsonNode location) {
        return new LocationPart(
                JsonValues.number(location, "latitude"), JsonValues.number(location, "longitude"),
                text(location, "name"), text(location, "address"), text(location, "url"));
    }

    private static ContactsPart contacts(JsonNode message) {
        return new ContactsPart(JsonValues.objects(message, "contacts", MessagePartReader::contactCard));
    }

    private static ContactCard contactCard(JsonNode card) {
        JsonNode name = card.path("name");
        return new ContactCard(
                text(name, "formatted_name"), text(name, "first_name"), text(name, "last_name"),
                JsonValues.objects(card, "phones",
                        phone -> new Phone(text(phone, "phone"), text(phone, "wa_id"), text(phone, "type"))),
                JsonValues.objects(card, "emails", email -> new Email(text(email, "email"), text(email, "type"))),
                card);
    }

    private static InteractivePart interactive(JsonNode interactive) {
        String type = text(interactive, "type");
        JsonNode button = object(interactive, "button_reply");
        JsonNode row = object(interactive, "list_reply");
        JsonNode flow = object(interactive, "nfm_reply");
        JsonNode callPermission = object(interactive, "call_permission_reply");
        return new InteractivePart(
                type,
                button != null ? new ButtonReply(text(button, "id"), text(button, "title")) : null,
                row != null ? new ListReply(text(row, "id"), text(row, "title"), text(row, "description")) : null,
                flow != null ? nfmReply(flow) : null,
                callPermission != null ? callPermissionReply(callPermission) : null);
    }

    private static NfmReply nfmReply(JsonNode flow) {
        String responseJson = text(flow, "response_json");
        return new NfmReply(text(flow, "name"), text(flow, "body"), responseJson, parseLeniently(responseJson));
    }

    /**
     * The flow answer is JSON inside a string, written by the flow's author. A broken one is the author's problem,
     * not a reason to refuse the webhook: the raw string stays available.
     */
    private static JsonNode parseLeniently(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode parsed = WebhookJson.readTree(json);
            return parsed.isMissingNode() ? null : parsed;
        } catch (IOException invalidJson) {
            return null;
        }
    }

    private static CallPermissionReply callPermissionReply(JsonNode reply) {
        return new CallPermissionReply(
                text(reply, "response"), flag(reply, "is_permanent"),
                epochSeconds(reply, "expiration_timestamp"), text(reply, "response_source"));
    }

    private static OrderPart order(JsonNode order) {
        return new OrderPart(
                text(order, "catalog_id"), text(order, "text"),
                JsonValues.objects(order, "product_items", item -> new ProductItem(
                        text(item, "product_retailer_id"),
                        JsonValues.integer(item, "quantity"), JsonValues.decimal(item, "item_price"),
                        text(item, "currency"))));
    }

    private static SystemPart system(JsonNode system) {
        String waId = text(system, "wa_id");
        return new SystemPart(
                text(system, "type"), text(system, "body"),
                waId != null ? waId : text(system, "new_wa_id"), text(system, "customer"));
    }

    private static EditPart edit(JsonNode edit) {
        JsonNode edited = object(edit, "message");
        String type = edited != null ? text(edited, "type") : null;
        return new EditPart(text(edit, "original_message_id"), type, edited != null ? part(type, edited) : null);
    }
}
