package dev.camelwhatsapp.cloud.model.inbound;

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
}
