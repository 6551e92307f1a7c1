package dev.camelwhatsapp.emulator.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.InboundMessage;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.clock.VirtualClock;
import dev.camelwhatsapp.emulator.media.MediaRules;
import dev.camelwhatsapp.emulator.media.MediaStore;
import dev.camelwhatsapp.emulator.media.StoredMedia;
import dev.camelwhatsapp.emulator.messages.Wamids;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.BoundedMap;
import dev.camelwhatsapp.emulator.state.ConversationWindows;
import dev.camelwhatsapp.emulator.state.PhoneNumberRegistry;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;
import dev.camelwhatsapp.emulator.state.UserDirectory;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * A simulated user writing to the business. The request is the message as Meta's webhook shows it, minus what the
 * platform fills in ({@code id}, {@code timestamp}); media may carry {@code data_base64} (or nothing, for a small
 * placeholder) and is then stored so the app can download it. Every type passes through, including types the
 * emulator has never heard of; every type except {@code system} opens the 24-hour window.
 */
public final class InboundSimulator {

    private static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");
    private static final Set<String> CONTROL_FIELDS = Set.of("from", "phone_number_id", "profile_name", "id",
            "timestamp", "type", "from_user_id", "user_id", "username");

    private final VirtualClock clock;
    private final PhoneNumberRegistry numbers;
    private final UserDirectory users;
    private final ConversationWindows windows;
    private final MediaStore media;
    private final BoundedMap<String, InboundMessage> inbound;
    private final Consumer<WebhookEvent> webhooks;
    private final Function<String, Optional<String>> mediaUrl;

    public InboundSimulator(VirtualClock clock, PhoneNumberRegistry numbers, UserDirectory users,
                            ConversationWindows windows, MediaStore media, BoundedMap<String, InboundMessage> inbound,
                            Consumer<WebhookEvent> webhooks) {
        this(clock, numbers, users, windows, media, inbound, webhooks, id -> Optional.empty());
    }

    /** @param mediaUrl the download URL of a media id, which Meta's inbound media webhooks carry as {@code url} */
    public InboundSimulator(VirtualClock clock, PhoneNumberRegistry numbers, UserDirectory users,
                            ConversationWindows windows, MediaStore media, BoundedMap<String, InboundMessage> inbound,
                            Consumer<WebhookEvent> webhooks, Function<String, Optional<String>> mediaUrl) {
        this.mediaUrl = mediaUrl;
        this.clock = clock;
        this.numbers = numbers;
        this.users = users;
        this.windows = windows;
        this.media = media;
        this.inbound = inbound;
        this.webhooks = webhooks;
    }

    /**
     * Delivers a user message to the app's webhook and returns its wamid.
     *
     * @throws IllegalArgumentException when the request lacks what any message has (sender, type, content)
     */
    public String simulate(JsonNode request) {
        WhatsAppUser sender = sender(request);
        String from = sender.address();
        String type = Json.text(request, "type");
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("'type' is required");
        }
        String phoneNumberId = Json.text(request, "phone_number_id");
        PhoneNumberState number = phoneNumberId == null ? numbers.all().get(0)
                : numbers.find(phoneNumberId).orElseThrow(
                        () -> new IllegalArgumentException("Unknown phone_number_id " + phoneNumberId));
        BusinessNumber business = number.number();

        String id = Json.text(request, "id") != null ? Json.text(request, "id") : Wamids.next(from);
        ObjectNode message = Json.object();
        // a user known only by BSUID shows no phone number: the message carries from_user_id alone
        if (sender.waId() != null) {
            message.put("from", sender.waId());
        }
        message.put("from_user_id", sender.userId());
        if (sender.parentUserId() != null) {
            message.put("from_parent_user_id", sender.parentUserId());
        }
        message.put("id", id);
        message.put("timestamp", Json.text(request, "timestamp") != null ? Json.text(request, "timestamp")
                : clock.epochSecondsText());
        message.put("type", type);
        request.fields().forEachRemaining(field -> {
            if (!CONTROL_FIELDS.contains(field.getKey())) {
                message.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        complete(type, message, business);

        String profileName = Json.text(request, "profile_name") != null ? Json.text(request, "profile_name")
                : sender.profileName();
        users.discovered(new WhatsAppUser(
                sender.waId(), profileName, sender.readsMessages(), sender.userId(),
                sender.username(), sender.parentUserId()));
        if (!type.equals("system")) {
            windows.userMessaged(business.phoneNumberId(), from);
        }
        inbound.put(id, new InboundMessage(id, business.phoneNumberId(), from, type, clock.instant(), false, false));

        ObjectNode contact = Json.object();
        ObjectNode profile = contact.putObject("profile").put("name", profileName);
        if (sender.username() != null) {
            profile.put("username", sender.username());
        }
        if (sender.waId() != null) {
            contact.put("wa_id", sender.waId());
        }
        contact.put("user_id", sender.userId());
        if (sender.parentUserId() != null) {
            contact.put("parent_user_id", sender.parentUserId());
        }
        webhooks.accept(WebhookEvent.message(business, contact, message));
        return id;
    }

    /**
     * The writing user: by phone number ({@code from}), or by business-scoped user id ({@code from_user_id} or
     * {@code user_id}) for a user known only by it. A phone number the emulator has not met becomes a user with a
     * derived BSUID; an unknown BSUID a user with that id and the request's {@code username}.
     */
    private WhatsAppUser sender(JsonNode request) {
        String from = Json.text(request, "from");
        String userId = Json.text(request, "from_user_id") != null ? Json.text(request, "from_user_id")
                : Json.text(request, "user_id");
        if (from != null) {
            if (!from.matches("\\d{7,15}")) {
                throw new IllegalArgumentException("'from' must be the user's wa_id: 7 to 15 digits");
            }
            return users.find(from).orElseGet(() -> new WhatsAppUser(
                    from, null, true, userId,
                    Json.text(request, "username"), null));
        }
        if (userId == null) {
            throw new IllegalArgumentException(
                    "A message needs its sender: 'from' (the user's wa_id) or"
                            + " 'from_user_id' (the business-scoped user id of a user known only by it)");
        }
        return users.find(userId).orElseGet(() -> new WhatsAppUser(
                null, null, true, userId,
                Json.text(request, "username"), null));
    }

    private void complete(String type, ObjectNode message, BusinessNumber business) {
        if (type.equals("text") && Json.text(message.path("text"), "body") == null) {
            throw new IllegalArgumentException("A text message needs text.body");
        }
        if (MEDIA_TYPES.contains(type)) {
            completeMedia(type, message, business);
        }
        if ((type.equals("unsupported") || type.equals("unknown")) && !message.has("errors")) {
            ObjectNode error = message.putArray("errors").addObject();
            error.put("code", 131051);
            error.put("title", "Message type unknown");
            error.put("message", "Message type unknown");
            error.putObject("error_data").put("details", "Message type is currently not supported.");
        }
        JsonNode context = message.get("context");
        if (context instanceof ObjectNode contextNode && !contextNode.has("from")) {
            contextNode.put("from", business.digits());
        }
    }

    private void completeMedia(String type, ObjectNode message, BusinessNumber business) {
        ObjectNode content = message.has(type) && message.get(type).isObject() ? (ObjectNode) message.get(type)
                : message.putObject(type);
        if (content.has("id") && !content.has("data_base64")) {
            return; // refers to media the caller manages itself
        }
        String mimeType = Json.text(content, "mime_type") != null ? Json.text(content, "mime_type")
                : MediaRules.defaultMimeFor(type).orElseThrow();
        byte[] bytes = content.has("data_base64") ? Base64.getDecoder().decode(Json.text(content, "data_base64"))
                : ("emulated " + type + " content").getBytes(StandardCharsets.UTF_8);
        StoredMedia stored = media.store(business.phoneNumberId(), mimeType, bytes, Json.text(content, "filename"),
                clock.instant());
        content.remove("data_base64");
        content.put("mime_type", mimeType);
        content.put("sha256", stored.sha256Base64());
        content.put("id", stored.id());
        mediaUrl.apply(stored.id()).ifPresent(url -> content.put("url", url));
    }
}
