package dev.camelwhatsapp.emulator.messages;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.MessageStatus;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.clock.VirtualClock;
import dev.camelwhatsapp.emulator.clock.VirtualScheduler;
import dev.camelwhatsapp.emulator.server.Json;
import dev.camelwhatsapp.emulator.state.SentMessageRecord;
import dev.camelwhatsapp.emulator.state.UserDirectory;
import dev.camelwhatsapp.emulator.webhook.WebhookEvent;

/**
 * Moves an accepted message through its statuses on the virtual clock and reports each step by webhook:
 * {@code sent} at once, {@code delivered} and {@code read} after their delays (no {@code read} for users who don't
 * read), or a single {@code failed} with the error.
 */
final class MessageLifecycle {

    /** Delays from acceptance to delivery and to reading. */
    record Delays(Duration delivered, Duration read) {
    }

    private static final String ERROR_DOCS
            = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";

    private final VirtualClock clock;
    private final VirtualScheduler scheduler;
    private final Consumer<WebhookEvent> webhooks;
    private final UserDirectory users;
    private final Supplier<Delays> delays;

    MessageLifecycle(VirtualClock clock, VirtualScheduler scheduler, Consumer<WebhookEvent> webhooks,
                     UserDirectory users, Supplier<Delays> delays) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.webhooks = webhooks;
        this.users = users;
        this.delays = delays;
    }

    void start(SentMessageRecord message, BusinessNumber number, Fate fate, Pricing pricing, String callbackData) {
        if (!fate.delivered()) {
            scheduler.scheduleAfter(Duration.ZERO, () -> fail(message, number, fate, callbackData));
            return;
        }
        Delays current = delays.get();
        scheduler.scheduleAfter(Duration.ZERO,
                () -> advance(message, number, MessageStatus.SENT, pricing, callbackData));
        scheduler.scheduleAfter(current.delivered(),
                () -> advance(message, number, MessageStatus.DELIVERED, pricing, callbackData));
        if (users.readsMessages(message.to())) {
            scheduler.scheduleAfter(current.read(),
                    () -> advance(message, number, MessageStatus.READ, pricing, callbackData));
        }
    }

    private void advance(SentMessageRecord message, BusinessNumber number, MessageStatus status,
                         Pricing pricing, String callbackData) {
        if (!message.changeStatus(status, clock.instant(), null)) {
            return;
        }
        ObjectNode event = baseStatus(message, status, callbackData);
        // Since v24.0 Meta omits the conversation object (it remains only for free entry point conversations,
        // which start from ads the emulator has none of); pricing comes with sent and delivered
        if (status != MessageStatus.READ) {
            ObjectNode pricingNode = event.putObject("pricing");
            pricingNode.put("billable", pricing.billable());
            pricingNode.put("pricing_model", "PMP");
            pricingNode.put("category", pricing.category());
            pricingNode.put("type", pricing.type());
        }
        webhooks.accept(WebhookEvent.status(number, event, recipientContact(message, status)));
    }

    private void fail(SentMessageRecord message, BusinessNumber number, Fate fate, String callbackData) {
        if (!message.changeStatus(MessageStatus.FAILED, clock.instant(), fate.failure().code())) {
            return;
        }
        ObjectNode event = baseStatus(message, MessageStatus.FAILED, callbackData);
        ObjectNode error = event.putArray("errors").addObject();
        error.put("code", fate.failure().code());
        error.put("title", fate.failure().title());
        error.put("message", fate.failure().title());
        error.putObject("error_data").put("details", fate.details());
        error.put("href", ERROR_DOCS);
        webhooks.accept(WebhookEvent.status(number, event));
    }

    /**
     * The {@code contacts[]} entry of a sent, delivered or read status (Meta sends none with a failed one): the phone
     * number when the business may see it, the BSUID always, and the username only once the message reached the
     * user (delivered and read), as Meta's business-scoped user id documentation describes.
     */
    private ObjectNode recipientContact(SentMessageRecord message, MessageStatus status) {
        WhatsAppUser user = users.userAt(message.to());
        ObjectNode contact = Json.object();
        if (user.waId() != null) {
            contact.put("wa_id", user.waId());
        }
        contact.put("user_id", user.userId());
        if (user.parentUserId() != null) {
            contact.put("parent_user_id", user.parentUserId());
        }
        if (user.username() != null && status != MessageStatus.SENT) {
            contact.putObject("profile").put("username", user.username());
        }
        return contact;
    }

    private ObjectNode baseStatus(SentMessageRecord message, MessageStatus status, String callbackData) {
        ObjectNode event = Json.object();
        event.put("id", message.id());
        event.put("status", status.wireName());
        event.put("timestamp", clock.epochSecondsText());
        WhatsAppUser user = users.userAt(message.to());
        if (user.waId() != null) {
            event.put("recipient_id", user.waId());
        }
        // Meta leaves the BSUID out of a failed status of a message sent to a phone number
        boolean sentToPhone = message.request().hasNonNull("to");
        if (status != MessageStatus.FAILED || !sentToPhone) {
            event.put("recipient_user_id", user.userId());
            if (user.parentUserId() != null) {
                event.put("recipient_parent_user_id", user.parentUserId());
            }
        }
        if (callbackData != null) {
            event.put("biz_opaque_callback_data", callbackData);
        }
        return event;
    }
}
