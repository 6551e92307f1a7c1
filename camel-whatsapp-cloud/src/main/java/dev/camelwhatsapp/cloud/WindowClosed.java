package dev.camelwhatsapp.cloud;

import org.apache.camel.Predicate;

/**
 * A send failed because the 24-hour customer service window with the recipient is closed, whoever found it out: the
 * component before sending ({@code ConversationWindowClosedException}) or Meta ({@code
 * WhatsAppCloudWindowClosedException}, code 131047). Either way the remedy is the same: send an approved template.
 *
 * <p>
 * Both are {@link WhatsAppCloudException}s, so one clause handles them:
 *
 * <pre>{@code
 * onException(WhatsAppCloudException.class).onWhen(WindowClosed.CAUGHT)
 *         .handled(true)
 *         .to("direct:send-template");
 * }</pre>
 *
 * Declare it before any other {@code onException(WhatsAppCloudException.class)}: Camel takes the first of two clauses
 * for the same type whose {@code onWhen} matches.
 */
public interface WindowClosed {

    /** Matches an exchange whose exception, or one of its causes, is a {@link WindowClosed}. */
    Predicate CAUGHT = exchange -> exchange.getException(WindowClosed.class) != null;

    /** @return the message of the exception, which says who found the window closed and what to send instead */
    String getMessage();
}
