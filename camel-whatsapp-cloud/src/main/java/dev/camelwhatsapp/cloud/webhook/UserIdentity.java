package dev.camelwhatsapp.cloud.webhook;

import dev.camelwhatsapp.cloud.model.Recipient;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookEvent;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;

import static dev.camelwhatsapp.cloud.webhook.JsonValues.text;

/**
 * Who a message, status or {@code user_preferences} event is about, by every id Meta gave: the phone number, the business-scoped user id, the
 * parent business-scoped user id and the username. Since usernames exist any of them but the business-scoped user id
 * may be missing, so each is read from wherever Meta puts it: the message or status object first, then the matching
 * {@code contacts} entry.
 *
 * @param waId         the phone number digits ({@code from}, {@code recipient_id}, {@code wa_id}), or {@code null}
 * @param userId       the business-scoped user id ({@code from_user_id}, {@code recipient_user_id},
 *                     {@code user_id}), or {@code null}
 * @param parentUserId the parent business-scoped user id ({@code from_parent_user_id},
 *                     {@code recipient_parent_user_id}, {@code parent_user_id}), or {@code null}
 * @param username     the WhatsApp username ({@code profile.username}), or {@code null}
 */
public record UserIdentity(String waId, String userId, String parentUserId, String username) {

    /**
     * Creates the identity; a business-scoped user id given where a phone number belongs (a status of a message sent
     * to a BSUID names the recipient as it was sent) is taken for what it is.
     *
     * @param waId         the phone number digits, or {@code null}
     * @param userId       the business-scoped user id, or {@code null}
     * @param parentUserId the parent business-scoped user id, or {@code null}
     * @param username     the WhatsApp username, or {@code null}
     */
    public UserIdentity {
        if (Recipient.isBusinessScopedUserId(waId)) {
            if (userId == null) {
                userId = waId;
            }
            waId = null;
        }
    }

    private static final UserIdentity NONE = new UserIdentity(null, null, null, null);

    /**
     * @param  event a webhook event
     * @return       the identity of a message's sender, a status's recipient or the user of a preference change; all
     *               {@code null} for other events
     */
    public static UserIdentity of(WebhookEvent event) {
        if (event instanceof InboundMessage message) {
            var contact = message.contact();
            return new UserIdentity(
                    firstNonNull(message.from(), contact != null ? contact.waId() : null),
                    firstNonNull(message.fromUserId(), contact != null ? contact.userId() : null),
                    firstNonNull(text(message.json(), "from_parent_user_id"),
                            contact != null ? contact.parentUserId() : null),
                    contact != null ? contact.username() : null);
        }
        if (event instanceof MessageStatus status) {
            var contact = status.contact();
            return new UserIdentity(
                    firstNonNull(status.recipientId(), contact != null ? contact.waId() : null),
                    firstNonNull(status.recipientUserId(), contact != null ? contact.userId() : null),
                    firstNonNull(text(status.json(), "recipient_parent_user_id"),
                            contact != null ? contact.parentUserId() : null),
                    contact != null ? contact.username() : null);
        }
        if (event instanceof UserPreferenceUpdate preference) {
            return new UserIdentity(preference.waId(), preference.userId(), preference.parentUserId(), null);
        }
        return NONE;
    }

    /** @return whether both a phone number and a business-scoped user id are known, so they can be linked */
    public boolean linksPhoneAndUserId() {
        return waId != null && userId != null;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
