package dev.camelwhatsapp.cloud.model.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.ErrorCategory;

/**
 * An error Meta reported for the business phone number rather than for one message ({@code value.errors[]} of the
 * {@code messages} field), for example when the app or number is misconfigured.
 *
 * @param webhookContext the envelope data this error was delivered with
 * @param json           the error object as received
 * @param code           Meta's error code, or {@code null} if absent
 * @param title          short title
 * @param message        message text
 * @param details        explanation from {@code error_data.details}
 * @param href           link to Meta's error documentation, or {@code null}
 */
public record WebhookError(WebhookContext webhookContext, JsonNode json, Integer code, String title, String message,
        String details, String href) implements WebhookEvent {

    /**
     * @return this error in the form Meta also uses inside messages and statuses
     */
    public WebhookErrorDetail detail() {
        return new WebhookErrorDetail(code, title, message, details, href);
    }

    /**
     * @return what the code means for the business, by the same rule as a failed call's
     *         {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException#getCategory()} (for example
     *         {@link ErrorCategory#TOKEN} for 190); {@link ErrorCategory#UNCLASSIFIED} without a code or for a code
     *         this component does not know
     */
    public ErrorCategory category() {
        return ErrorCategory.of(code);
    }
}
