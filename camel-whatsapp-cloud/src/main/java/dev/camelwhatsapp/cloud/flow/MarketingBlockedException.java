package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;

import dev.camelwhatsapp.cloud.WhatsAppCloudException;

/**
 * A MARKETING template was not sent: the user stopped marketing messages from the business, or Meta's per-user
 * marketing limit refused one recently. Nothing reached Meta, which would have failed the message with
 * {@link MarketingBlock.Reason#metaCode() 131050 or 131049}.
 *
 * <p>
 * An opt-out lasts until the user resumes marketing messages (a {@code user_preferences} webhook with
 * {@code resume}); the per-user limit until {@link #getUntil()}. Utility and authentication templates and free-form
 * messages are not affected.
 */
public class MarketingBlockedException extends WhatsAppCloudException {

    private final String phoneNumberId;
    private final String recipient;
    private final String template;
    private final transient MarketingBlock block;

    /**
     * @param phoneNumberId the business phone number id
     * @param recipient     the recipient (phone number or business-scoped user id)
     * @param template      the template name
     * @param block         why
     */
    public MarketingBlockedException(String phoneNumberId, String recipient, String template, MarketingBlock block) {
        super(block.reason() == MarketingBlock.Reason.OPTED_OUT
                ? "Not sent: the marketing template " + template + " goes to a user who stopped marketing messages"
                        + " from " + phoneNumberId + " (Meta would fail it with 131050). The user can resume them."
                : "Not sent: Meta's per-user marketing limit refused a marketing template to this user of "
                        + phoneNumberId + " (131049); the template " + template + " is held back until " + block
                                .until());
        this.phoneNumberId = phoneNumberId;
        this.recipient = recipient;
        this.template = template;
        this.block = block;
    }

    /** @return the business phone number id the template would have been sent from */
    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    /** @return the recipient */
    public String getRecipient() {
        return recipient;
    }

    /** @return the template name */
    public String getTemplate() {
        return template;
    }

    /** @return why the template was held back */
    public MarketingBlock.Reason getReason() {
        return block.reason();
    }

    /** @return the error code Meta would have answered: 131050 or 131049 */
    public int getMetaCode() {
        return block.reason().metaCode();
    }

    /** @return when a marketing template may be tried again; {@code null} for an opt-out */
    public Instant getUntil() {
        return block.until();
    }
}
