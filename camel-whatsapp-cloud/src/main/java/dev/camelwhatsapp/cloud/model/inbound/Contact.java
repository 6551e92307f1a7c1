package dev.camelwhatsapp.cloud.model.inbound;

/**
 * The sender's profile as listed in {@code value.contacts}, matched to a message by {@code wa_id} or business-scoped
 * {@code user_id}.
 *
 * @param profileName  the name the user set in WhatsApp ({@code profile.name}), or {@code null}
 * @param username     the user's WhatsApp username ({@code profile.username}), or {@code null}
 * @param waId         the user's WhatsApp id (phone number digits); {@code null} when Meta withholds it
 * @param userId       the business-scoped user id ({@code user_id}), or {@code null}
 * @param parentUserId the parent business-scoped user id ({@code parent_user_id}) of a business with a parent
 *                     account, or {@code null}
 */
public record Contact(String profileName, String username, String waId, String userId, String parentUserId) {

    /**
     * A contact without a parent business-scoped user id.
     *
     * @param profileName the name the user set in WhatsApp, or {@code null}
     * @param username    the user's WhatsApp username, or {@code null}
     * @param waId        the user's WhatsApp id, or {@code null}
     * @param userId      the business-scoped user id, or {@code null}
     */
    public Contact(String profileName, String username, String waId, String userId) {
        this(profileName, username, waId, userId, null);
    }
}
