package dev.camelwhatsapp.cloud.model.inbound;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.ErrorCategory;

/**
 * A status update of a message the business sent ({@code value.statuses[]} of the {@code messages} field).
 * <p>
 * Statuses arrive at least once and in any order, and {@code delivered} may be skipped: treat them as facts about
 * the message, not as steps of a sequence. A {@code failed} status is how a send that Meta accepted with a wamid
 * turns out to be undeliverable; the reason is in {@link #errors()}.
 *
 * @param webhookContext        the envelope data this status was delivered with
 * @param json                  the status object as received
 * @param id                    the wamid of the message this status is about
 * @param status                {@code sent}, {@code delivered}, {@code read}, {@code failed}, {@code played}, or
 *                              whatever new value Meta sends, kept as is
 * @param timestamp             when the status changed, or {@code null} if absent or unreadable
 * @param recipientId           the recipient's WhatsApp id; {@code null} when Meta withholds it, then use
 *                              {@code recipientUserId}
 * @param recipientUserId       the recipient's business-scoped user id, or {@code null}
 * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} given when sending, or {@code null}
 * @param conversation          the conversation the message was billed in, or {@code null}
 * @param pricing               pricing information, or {@code null}
 * @param errors                why the message failed; never {@code null}
 */
public record MessageStatus(WebhookContext webhookContext, JsonNode json, String id, String status, Instant timestamp,
        String recipientId, String recipientUserId, String bizOpaqueCallbackData, Conversation conversation,
        Pricing pricing, List<WebhookErrorDetail> errors, Contact contact) implements WebhookEvent {

    /**
     * Creates the record; the list is copied so the caller cannot change it afterwards.
     *
     * @param webhookContext        the envelope data this status was delivered with
     * @param json                  the status object as received
     * @param id                    the wamid of the message this status is about
     * @param status                {@code sent}, {@code delivered}, {@code read}, {@code failed}, {@code played}, or
     *                              whatever new value Meta sends, kept as is
     * @param timestamp             when the status changed, or {@code null} if absent or unreadable
     * @param recipientId           the recipient's WhatsApp id; {@code null} when Meta withholds it, then use
     *                              {@code recipientUserId}
     * @param recipientUserId       the recipient's business-scoped user id, or {@code null}
     * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} given when sending, or {@code null}
     * @param conversation          the conversation the message was billed in, or {@code null}
     * @param pricing               pricing information, or {@code null}
     * @param errors                why the message failed; never {@code null}
     * @param contact               the recipient's entry of {@code value.contacts} (phone number, business-scoped
     *                              user id and, on {@code delivered} and {@code read}, the username), or {@code null}:
     *                              Meta sends none with a {@code failed} status
     */
    public MessageStatus {
        errors = List.copyOf(errors);
    }

    /**
     * A status without a {@code contacts} entry.
     *
     * @param webhookContext        the envelope data this status was delivered with
     * @param json                  the status object as received
     * @param id                    the wamid of the message this status is about
     * @param status                the status
     * @param timestamp             when the status changed, or {@code null}
     * @param recipientId           the recipient's WhatsApp id, or {@code null}
     * @param recipientUserId       the recipient's business-scoped user id, or {@code null}
     * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} given when sending, or {@code null}
     * @param conversation          the conversation the message was billed in, or {@code null}
     * @param pricing               pricing information, or {@code null}
     * @param errors                why the message failed; never {@code null}
     */
    public MessageStatus(WebhookContext webhookContext, JsonNode json, String id, String status, Instant timestamp,
                         String recipientId, String recipientUserId, String bizOpaqueCallbackData,
                         Conversation conversation,
                         Pricing pricing, List<WebhookErrorDetail> errors) {
        this(webhookContext, json, id, status, timestamp, recipientId, recipientUserId, bizOpaqueCallbackData,
             conversation, pricing, errors, null);
    }

    /**
     * @return {@code true} for a {@code failed} status
     */
    public boolean failed() {
        return "failed".equals(status);
    }

    /**
     * What the first error means for the business, by the same rule as a failed call's
     * {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException#getCategory()}: a {@code failed} status with 131047
     * is {@link ErrorCategory#WINDOW_CLOSED} (send a template instead), with 131026
     * {@link ErrorCategory#UNDELIVERABLE}, with 131049 {@link ErrorCategory#POLICY}.
     *
     * @return the category of the first error, or {@code null} when the status carries no error
     */
    public ErrorCategory errorCategory() {
        return errors.isEmpty() ? null : errors.get(0).category();
    }

    /**
     * The conversation a message belongs to, as Meta reports it for billing.
     *
     * @param id                  the conversation id
     * @param expirationTimestamp when the conversation window closes, or {@code null}
     * @param originType          how it was opened: {@code service}, {@code marketing}, {@code utility},
     *                            {@code authentication}, ...
     */
    public record Conversation(String id, Instant expirationTimestamp, String originType) {
    }

    /**
     * How Meta prices a message.
     *
     * @param billable     whether the message is charged, or {@code null} if not said
     * @param pricingModel {@code CBP} (per conversation) or {@code PMP} (per message)
     * @param category     {@code marketing}, {@code utility}, {@code authentication}, {@code service}, ...
     * @param type         {@code regular}, {@code free_customer_service}, {@code free_entry_point}, ..., or
     *                     {@code null}
     */
    public record Pricing(Boolean billable, String pricingModel, String category, String type) {
    }
}
