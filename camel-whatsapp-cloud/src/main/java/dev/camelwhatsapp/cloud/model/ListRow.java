package dev.camelwhatsapp.cloud.model;

/**
 * A row of a list message.
 *
 * <pre>{@code
 * ListRow.of("slot-0900", "09:00").description("Morning, 30 minutes")
 * }</pre>
 *
 * @param id          returned in the user's reply ({@code list_reply.id}); unique within the message
 * @param title       the row's title
 * @param description a second line under the title, or {@code null}
 */
public record ListRow(String id, String title, String description) {

    public static ListRow of(String id, String title) {
        return new ListRow(id, title, null);
    }

    /** @return a copy with this description */
    public ListRow description(String description) {
        return new ListRow(id, title, description);
    }
}
