package dev.camelwhatsapp.cloud.model.inbound;

/**
 * Where an event came from: the envelope data shared by every event of one webhook change.
 *
 * @param wabaId             the WhatsApp Business Account id ({@code entry[].id})
 * @param field              the webhook field of the change ({@code messages}, {@code account_update}, ...)
 * @param phoneNumberId      the business phone number id ({@code value.metadata.phone_number_id}); {@code null}
 *                           for account-level fields that carry no metadata
 * @param displayPhoneNumber the business display phone number ({@code value.metadata.display_phone_number}), or
 *                           {@code null}
 */
public record WebhookContext(String wabaId, String field, String phoneNumberId, String displayPhoneNumber) {
}
