package dev.camelwhatsapp.cloud.model.inbound;

import dev.camelwhatsapp.cloud.api.ErrorCategory;

/**
 * An error as Meta reports it inside webhooks ({@code messages[].errors}, {@code statuses[].errors},
 * {@code value.errors}). Decide on {@link #code()} (and {@link #details()}), never on the title, which Meta reworded
 * in the past.
 *
 * @param code    Meta's error code, for example {@code 131047} (outside the 24-hour window); {@code null} if absent
 * @param title   short title
 * @param message message text (often equal to the title)
 * @param details explanation from {@code error_data.details}
 * @param href    link to Meta's error documentation, when given
 */
public record WebhookErrorDetail(Integer code, String title, String message, String details, String href) {

    /**
     * @return what the code means for the business, by the same rule as a failed call's
     *         {@link dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException#getCategory()}: 131047 is
     *         {@link ErrorCategory#WINDOW_CLOSED}, 131026 {@link ErrorCategory#UNDELIVERABLE}, ...;
     *         {@link ErrorCategory#UNCLASSIFIED} without a code or for a code this component does not know
     */
    public ErrorCategory category() {
        return ErrorCategory.of(code);
    }
}
