package dev.camelwhatsapp.cloud.model;

/**
 * A quick-reply button of an interactive button message.
 *
 * @param id    returned in the user's reply ({@code button_reply.id}); unique within the message
 * @param title the label shown; unique within the message
 */
public record ReplyButton(String id, String title) {
}
