package dev.camelwhatsapp.cloud.model.inbound.field;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.model.inbound.FieldEvent;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;

/**
 * {@code user_preferences}: a user changed a preference about the business's messages, today whether they receive
 * marketing messages ({@code category} {@code marketing_messages}, {@code value} {@code stop} or {@code resume}). One
 * event per item of {@code value.user_preferences}; {@link #json()} is that item.
 *
 * <p>
 * The consumer records a marketing stop or resume in the marketing opt-out store before the route runs, so the
 * producer holds back MARKETING templates to a user who stopped them.
 *
 * @param webhookContext the envelope data
 * @param json           the {@code user_preferences[]} item
 * @param waId           the user's phone number ({@code wa_id}); {@code null} when Meta withholds it
 * @param userId         the user's business-scoped user id ({@code user_id}), or {@code null}
 * @param parentUserId   the parent business-scoped user id ({@code parent_user_id}), or {@code null}
 * @param profileName    the user's profile name from {@code value.contacts}, or {@code null}
 * @param category       {@code category}, e.g. {@code marketing_messages}
 * @param value          {@code value}: {@code stop} or {@code resume}
 * @param detail         {@code detail}, Meta's description, or {@code null}
 * @param timestamp      when the user changed it, or {@code null} if absent or unreadable
 */
public record UserPreferenceUpdate(WebhookContext webhookContext, JsonNode json, String waId, String userId,
        String parentUserId, String profileName, String category, String value, String detail, Instant timestamp)
        implements
            FieldEvent {

    /** The category of marketing messages. */
    public static final String MARKETING_MESSAGES = "marketing_messages";

    /** @return whether the user stopped marketing messages */
    public boolean stopsMarketing() {
        return MARKETING_MESSAGES.equals(category) && "stop".equals(value);
    }

    /** @return whether the user resumed marketing messages */
    public boolean resumesMarketing() {
        return MARKETING_MESSAGES.equals(category) && "resume".equals(value);
    }
}
