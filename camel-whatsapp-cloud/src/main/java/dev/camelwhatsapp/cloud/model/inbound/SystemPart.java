package dev.camelwhatsapp.cloud.model.inbound;

/**
 * A system notice about the user, for example {@code user_changed_number}. System messages come without a
 * {@code contacts} entry, so {@link InboundMessage#contact()} is {@code null} for them.
 *
 * @param type     the kind of notice, for example {@code user_changed_number}
 * @param body     the human-readable notice
 * @param waId     the user's new WhatsApp id ({@code wa_id}, formerly {@code new_wa_id}), or {@code null}
 * @param customer the user concerned, when Meta names them, or {@code null}
 */
public record SystemPart(String type, String body, String waId, String customer) implements MessagePart {
}
