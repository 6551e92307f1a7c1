package dev.camelwhatsapp.cloud.webhook;

import java.time.Instant;
import java.util.List;

import dev.camelwhatsapp.cloud.api.ErrorCategory;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookError;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;

/**
 * One event of a webhook payload with the routing data a consumer turns into exchange headers, already extracted,
 * and the key to deduplicate it on. Build it with {@link #of(WebhookEvent)}; every value derives from the event.
 *
 * @param event         the typed event, meant as the exchange body
 * @param eventType     {@value #MESSAGE}, {@value #STATUS}, {@value #ERROR}, or the webhook field name of any other
 *                      change ({@code message_template_status_update}, ...)
 * @param phoneNumberId the business phone number id; {@code null} for account-level fields
 * @param wabaId        the WhatsApp Business Account id
 * @param messageId     the message id, or for a status the id of the message it is about; else {@code null}
 * @param messageType   the message type ({@code text}, {@code image}, ...) of a message; else {@code null}
 * @param from          the sender's WhatsApp id of a message, or the user's of a {@code user_preferences} change;
 *                      {@code null} when withheld (see {@code userId})
 * @param userId        the business-scoped user id of a message's sender, a status's recipient or a
 *                      {@code user_preferences} change's user, or {@code null}
 * @param contactName   the sender's profile name of a message or the user's of a {@code user_preferences} change, or
 *                      {@code null}
 * @param status        the status ({@code sent}, {@code delivered}, {@code read}, {@code failed}, ...) of a status;
 *                      else {@code null}
 * @param recipientId   the recipient's WhatsApp id of a status, or {@code null}
 * @param timestamp     when the message was sent, the status or the user's preference changed, or {@code null}
 * @param errorCode     the code of an error event, or of the first error of a message or status; else {@code null}
 * @param callbackData  the {@code biz_opaque_callback_data} echoed in a status, or {@code null}
 * @param dedupKey      the key under which this event is remembered as processed; see {@link #of(WebhookEvent)}
 */
public record WebhookEventEnvelope(WebhookEvent event, String eventType, String phoneNumberId, String wabaId,
        String messageId, String messageType, String from, String userId, String contactName, String status,
        String recipientId, Instant timestamp, Integer errorCode, String callbackData, String dedupKey) {

    /** Event type of an {@link InboundMessage}. */
    public static final String MESSAGE = "message";
    /** Event type of a {@link MessageStatus}. */
    public static final String STATUS = "status";
    /** Event type of a {@link WebhookError}. */
    public static final String ERROR = "error";

    /**
     * Wraps an event. Its deduplication key is:
     * <ul>
     * <li>message: {@code message:<wamid>} (a wamid is unique);</li>
     * <li>status: {@code status:<wamid>:<status>} (each status of a message counts once; see Meta's advice to
     * deduplicate statuses on id and status);</li>
     * <li>error: {@code error:<phoneNumberId>:<code>:<sha-256 of the error's canonical JSON>} (errors carry no id, so
     * only their content identifies them);</li>
     * <li>other field: {@code <field>:<sha-256 of the canonical JSON of the WABA id, field and value>} (same
     * reason).</li>
     * </ul>
     * Canonical JSON has its properties sorted and no whitespace, so a redelivery that orders keys differently yields
     * the same key.
     *
     * @param  event the event
     * @return       the event with its routing data and deduplication key
     */
    public static WebhookEventEnvelope of(WebhookEvent event) {
        return of(event, null);
    }

    /**
     * @param  event     the event
     * @param  entryTime the {@code time} of the payload entry holding the event, or {@code null}: part of the key of
     *                   events without an id, so that a change that recurs (a template approved, paused, approved
     *                   again) is a new event while a redelivery is not
     * @return           the event with its routing data and deduplication key
     */
    public static WebhookEventEnvelope of(WebhookEvent event, String entryTime) {
        String dedupKey = DeduplicationKeys.of(event, entryTime);
        String phoneNumberId = event.webhookContext().phoneNumberId();
        String wabaId = event.webhookContext().wabaId();
        if (event instanceof InboundMessage message) {
            return new WebhookEventEnvelope(
                    event, MESSAGE, phoneNumberId, wabaId, message.id(), message.type(),
                    message.from(), message.fromUserId(),
                    message.contact() != null ? message.contact().profileName() : null, null, null,
                    message.timestamp(), firstCode(message.errors()), null, dedupKey);
        }
        if (event instanceof MessageStatus status) {
            return new WebhookEventEnvelope(
                    event, STATUS, phoneNumberId, wabaId, status.id(), null, null,
                    UserIdentity.of(status).userId(), null, status.status(), status.recipientId(), status.timestamp(),
                    firstCode(status.errors()), status.bizOpaqueCallbackData(), dedupKey);
        }
        if (event instanceof WebhookError error) {
            return new WebhookEventEnvelope(
                    event, ERROR, phoneNumberId, wabaId, null, null, null, null, null, null,
                    null, null, error.code(), null, dedupKey);
        }
        FieldEvent change = (FieldEvent) event;
        if (change instanceof UserPreferenceUpdate preference) {
            // the user who changed a preference, named by the same headers as the sender of a message
            UserIdentity user = UserIdentity.of(preference);
            return new WebhookEventEnvelope(
                    event, change.field(), phoneNumberId, wabaId, null, null, user.waId(),
                    user.userId(), preference.profileName(), null, null, preference.timestamp(), null, null,
                    dedupKey);
        }
        return new WebhookEventEnvelope(
                event, change.field(), phoneNumberId, wabaId, null, null, null, null, null,
                null, null, null, null, null, dedupKey);
    }

    /**
     * @return the category of {@link #errorCode()}, by the rule a failed call's error follows too; {@code null} when
     *         there is no error code
     */
    public ErrorCategory errorCategory() {
        return errorCode == null ? null : ErrorCategory.of(errorCode);
    }

    private static Integer firstCode(List<WebhookErrorDetail> errors) {
        return errors.isEmpty() ? null : errors.get(0).code();
    }
}
