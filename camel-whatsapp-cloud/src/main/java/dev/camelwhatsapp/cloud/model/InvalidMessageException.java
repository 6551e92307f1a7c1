package dev.camelwhatsapp.cloud.model;

import dev.camelwhatsapp.cloud.WhatsAppCloudFailure;

/**
 * A message breaks one of WhatsApp's documented rules, found before anything was sent.
 *
 * <p>{@link #field()} names the offending field as a path in the Graph API request, for example
 * {@code interactive.action.buttons[3].reply.title}, so the caller can find it in the JSON they would
 * have sent. When the rule is a size limit, {@link #actualSize()} and {@link #limit()} carry the
 * numbers; otherwise both are {@code -1}. The message never repeats the field's content: recipients
 * and texts are personal data and have no place in logs.
 */
public class InvalidMessageException extends IllegalArgumentException implements WhatsAppCloudFailure {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final long actualSize;
    private final long limit;

    /**
     * @param field      the Graph API path of the offending field
     * @param message    a short explanation that starts with the field
     * @param actualSize the size found, or {@code -1} when the rule is not about size
     * @param limit      the bound that was crossed, or {@code -1} when the rule is not about size
     */
    public InvalidMessageException(String field, String message, long actualSize, long limit) {
        super(message);
        this.field = field;
        this.actualSize = actualSize;
        this.limit = limit;
    }

    /** A rule that is not about size, such as a missing field or a forbidden URL scheme. */
    public InvalidMessageException(String field, String message) {
        this(field, message, -1, -1);
    }

    static InvalidMessageException required(String field) {
        return new InvalidMessageException(field, field + " is required");
    }

    static InvalidMessageException notAllowed(String field, String where) {
        return new InvalidMessageException(field, field + " is not allowed " + where);
    }

    /** @return the Graph API path of the offending field, e.g. {@code text.body} */
    public String field() {
        return field;
    }

    /** @return the size found (characters, items, digits…), or {@code -1} when not applicable */
    public long actualSize() {
        return actualSize;
    }

    /** @return the limit that was crossed, or {@code -1} when not applicable */
    public long limit() {
        return limit;
    }
}
