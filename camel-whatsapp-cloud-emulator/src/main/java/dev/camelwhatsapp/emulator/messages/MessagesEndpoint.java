package dev.camelwhatsapp.emulator.messages;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.InboundMessage;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.clock.VirtualClock;
import dev.camelwhatsapp.emulator.clock.VirtualScheduler;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.media.MediaStore;
import dev.camelwhatsapp.emulator.ratelimit.MessagingRateLimiter;
import dev.camelwhatsapp.emulator.server.ApiResponse;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.BoundedMap;
import dev.camelwhatsapp.emulator.state.ConversationWindows;
import dev.camelwhatsapp.emulator.state.MarketingPreferences;
import dev.camelwhatsapp.emulator.state.PhoneNumberState;
import dev.camelwhatsapp.emulator.state.SentMessageRecord;
import dev.camelwhatsapp.emulator.state.UserDirectory;
import dev.camelwhatsapp.emulator.templates.StoredTemplate;
import dev.camelwhatsapp.emulator.templates.TemplateSendValidator;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * {@code POST /{phone-number-id}/messages}: sends (every type) and mark-as-read / typing indicator.
 * The checks run in Meta's order: body, structure and limits, registration, recipient, template, then the rate
 * limits; an accepted message gets its wamid at once and its fate (delivered, or failed with 131026 / 131047 /
 * 131053) only through status webhooks.
 */
public final class MessagesEndpoint {

    private static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");

    private final VirtualClock clock;
    private final UserDirectory users;
    private final ConversationWindows windows;
    private final TemplateSendValidator templates;
    private final MessagingRateLimiter rateLimiter;
    private final MediaStore media;
    private final BoundedMap<String, SentMessageRecord> sent;
    private final BoundedMap<String, InboundMessage> inbound;
    private final MessageLifecycle lifecycle;
    private final MarketingPreferences marketing;
    /** Whether a (phone number id, wa_id) pair is on the number's block list. */
    private final BiPredicate<String, String> blockedByBusiness;

    /** Delays of the {@code delivered} and {@code read} statuses after acceptance, on the virtual clock. */
    public record StatusDelays(Duration delivered, Duration read) {
    }

    public MessagesEndpoint(VirtualClock clock, VirtualScheduler scheduler, Consumer<WebhookEvent> webhooks,
                            UserDirectory users, ConversationWindows windows,
                            TemplateSendValidator templates, MessagingRateLimiter rateLimiter, MediaStore media,
                            BoundedMap<String, SentMessageRecord> sent, BoundedMap<String, InboundMessage> inbound,
                            Supplier<StatusDelays> delays, MarketingPreferences marketing,
                            BiPredicate<String, String> blockedByBusiness) {
        this.blockedByBusiness = blockedByBusiness;
        this.clock = clock;
        this.users = users;
        this.windows = windows;
        this.templates = templates;
        this.rateLimiter = rateLimiter;
        this.media = media;
        this.sent = sent;
        this.inbound = inbound;
        this.marketing = marketing;
        this.lifecycle = new MessageLifecycle(clock, scheduler, webhooks, users, () -> {
            StatusDelays current = delays.get();
            return new MessageLifecycle.Delays(current.delivered(), current.read());
        });
    }

    public ApiResponse post(PhoneNumberState sender, byte[] body) throws GraphApiException {
        JsonNode message = parse(body);
        String product = Json.text(message, "messaging_product");
        if (product == null) {
            throw new GraphApiException(
                    GraphError.of(
                            MetaErrorCode.INVALID_PARAMETER, "The parameter messaging_product is required.")
                            .withMessage("(#100) The parameter messaging_product is required."));
        }
        if (!product.equals("whatsapp")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param messaging_product must be 'whatsapp'");
        }
        if ("read".equals(Json.text(message, "status"))) {
            return markAsRead(sender, message);
        }
        return send(sender, message);
    }

    private ApiResponse send(PhoneNumberState sender, JsonNode message) throws GraphApiException {
        String recipientType = Json.text(message, "recipient_type");
        if (recipientType != null && !recipientType.equals("individual")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param recipient_type must be 'individual'");
        }
        String to = Json.text(message, "to");
        String recipient = Json.text(message, "recipient");
        boolean byPhone = to != null && !to.isEmpty();
        if (!byPhone && (recipient == null || recipient.isEmpty())) {
            throw new GraphApiException(
                    GraphError.of(
                            MetaErrorCode.INVALID_PARAMETER, "The parameter to is required.")
                            .withMessage("(#100) The parameter to is required."));
        }
        // Meta's default message type is text
        String type = Json.text(message, "type") == null ? "text" : Json.text(message, "type");
        MessageValidator.validate(type, message);

        if (!sender.registered()) {
            throw GraphApiException.of(MetaErrorCode.NOT_REGISTERED,
                    "Phone number " + sender.number().phoneNumberId() + " is not registered for Cloud API");
        }
        // to wins when both are given, as at Meta
        String address = byPhone
                ? RecipientNumber.digits(to).orElseThrow(() -> GraphApiException.of(
                        MetaErrorCode.INVALID_PARAMETER, "Param to must be a phone number of 7 to 15 digits: " + to))
                : RecipientNumber.businessScopedUserId(recipient).map(this::addressOf).orElseThrow(
                        () -> GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Param recipient must be a"
                                + " business-scoped user id such as US.13491208655302741918: " + recipient));
        String waId = address;
        BusinessNumber number = sender.number();
        if (waId.equals(number.digits())) {
            throw GraphApiException.of(MetaErrorCode.SENDER_IS_RECIPIENT,
                    "Sender and recipient phone number is the same.");
        }
        StoredTemplate template = type.equals("template") ? templates.validate(message.get("template")) : null;
        if (!byPhone && template != null
                && "AUTHENTICATION".equalsIgnoreCase(template.definition().category())) {
            throw GraphApiException.of(MetaErrorCode.BSUID_NOT_SUPPORTED, "Authentication templates cannot be sent"
                    + " to a business-scoped user ID; send them to the user's phone number");
        }

        switch (rateLimiter.tryAcquire(number.phoneNumberId(), waId)) {
            case THROUGHPUT_EXCEEDED -> throw GraphApiException.of(MetaErrorCode.THROUGHPUT_LIMIT,
                    "Message failed to send because there were too many messages sent from this phone number in a"
                            + " short period of time. Limit: " + rateLimiter.throughputPerSecond() + "/s");
            case PAIR_RATE_EXCEEDED -> throw GraphApiException.of(MetaErrorCode.PAIR_RATE_LIMIT,
                    "Message failed to send because there were too many messages sent from this phone number to the"
                            + " same phone number in a short period of time.");
            default -> {
                // within limits
            }
        }

        String wamid = Wamids.next(waId);
        SentMessageRecord record = new SentMessageRecord(
                wamid, number.phoneNumberId(), waId, type,
                message.deepCopy(), clock.instant());
        sent.put(wamid, record);
        boolean windowOpen = windows.isOpen(number.phoneNumberId(), waId);
        lifecycle.start(record, number, fate(type, message, number.phoneNumberId(), waId, template, windowOpen),
                pricing(template, windowOpen),
                Json.text(message, "biz_opaque_callback_data"));

        ObjectNode response = Json.object();
        response.put("messaging_product", "whatsapp");
        WhatsAppUser user = users.userAt(address);
        ObjectNode contact = response.putArray("contacts").addObject().put("input", byPhone ? to : recipient);
        if (user.waId() != null) {
            contact.put("wa_id", user.waId());
        }
        contact.put("user_id", user.userId());
        ObjectNode accepted = response.putArray("messages").addObject().put("id", wamid);
        if (template != null) {
            // Meta reports the pacing status on template sends only
            accepted.put("message_status", "accepted");
        }
        return ApiResponse.ok(response);
    }

    /**
     * A BSUID names a user the business may know only by it; a user the emulator knows by phone number is filed under
     * the number, so one window and one rate limit serve both ids. An unknown BSUID stays its own address and fails
     * with 131026 like an unknown number.
     */
    private String addressOf(String businessScopedUserId) {
        return users.find(businessScopedUserId).map(WhatsAppUser::address).orElse(businessScopedUserId);
    }

    private Fate fate(String type, JsonNode message, String phoneNumberId, String waId, StoredTemplate template,
                      boolean windowOpen) {
        if (blockedByBusiness.test(phoneNumberId, waId)) {
            return Fate.fail(MetaErrorCode.BLOCKED_BY_BUSINESS,
                    "Unable to deliver the message. This business has blocked the end user on WhatsApp");
        }
        if (!users.isWhatsAppUser(waId)) {
            return Fate.fail(MetaErrorCode.UNDELIVERABLE, "Message Undeliverable.");
        }
        if (template != null && "MARKETING".equalsIgnoreCase(template.definition().category())) {
            if (marketing.stopped(phoneNumberId, waId)) {
                return Fate.fail(MetaErrorCode.MARKETING_STOPPED, "Unable to deliver the message. This recipient has"
                        + " chosen to stop receiving marketing messages on WhatsApp from your business.");
            }
            if (!marketing.tryDeliver(phoneNumberId, waId)) {
                return Fate.fail(MetaErrorCode.ECOSYSTEM_ENGAGEMENT, "This message was not delivered to maintain"
                        + " healthy ecosystem engagement.");
            }
        }
        if (!type.equals("template") && !windowOpen) {
            return Fate.fail(MetaErrorCode.REENGAGEMENT, "Message failed to send because more than 24 hours have"
                    + " passed since the customer last replied to this number.");
        }
        if (MEDIA_TYPES.contains(type)) {
            String mediaId = Json.text(message.get(type), "id");
            if (mediaId != null && media.find(mediaId).isEmpty()) {
                return Fate.fail(MetaErrorCode.MEDIA_UPLOAD_ERROR, "Unable to retrieve media with id " + mediaId);
            }
        }
        return Fate.DELIVER;
    }

    private static Pricing pricing(StoredTemplate template, boolean windowOpen) {
        if (template == null) {
            return new Pricing("service", false);
        }
        String category = template.definition().category().toLowerCase(Locale.ROOT);
        // utility templates sent inside an open customer service window are free
        return new Pricing(category, !(category.equals("utility") && windowOpen));
    }

    private ApiResponse markAsRead(PhoneNumberState sender, JsonNode request) throws GraphApiException {
        String messageId = Json.text(request, "message_id");
        if (messageId == null || messageId.isEmpty()) {
            throw new GraphApiException(
                    GraphError.of(
                            MetaErrorCode.INVALID_PARAMETER, "The parameter message_id is required.")
                            .withMessage("(#100) The parameter message_id is required."));
        }
        JsonNode typing = request.get("typing_indicator");
        if (typing != null && !"text".equals(Json.text(typing, "type"))) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param typing_indicator['type'] must be 'text'");
        }
        InboundMessage received = inbound.get(messageId)
                .filter(m -> m.phoneNumberId().equals(sender.number().phoneNumberId()))
                .orElseThrow(() -> GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                        sent.get(messageId).isPresent()
                                ? "Message " + messageId + " was sent by the business: only incoming messages can"
                                        + " be marked as read"
                                : "Unknown message id " + messageId + " for this phone number"));
        inbound.put(messageId, received.markedRead(typing != null));
        return ApiResponse.success();
    }

    private static JsonNode parse(byte[] body) throws GraphApiException {
        JsonNode message;
        try {
            message = Json.parse(body);
        } catch (java.io.IOException e) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "Invalid JSON in request body: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (message == null || !message.isObject()) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER, "The request body must be a JSON object");
        }
        return message;
    }
}
