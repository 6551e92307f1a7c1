package dev.camelwhatsapp.examples.orders;

import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.camelwhatsapp.cloud.WhatsAppCloudConstants;
import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.WebhookErrorDetail;
import org.apache.camel.Exchange;

/**
 * Prints what happens, as it happens, and counts it: the demo's readable timeline and its closing summary.
 */
public class Timeline {

    /** What the timeline counts. */
    public enum Count {
        TEMPLATES_SENT,
        TEXTS_SENT,
        RECEIVED,
        DELIVERED,
        READ,
        FAILED,
        REFUSED
    }

    /** The header a route sets before a send to say what it sends, e.g. {@code template order_confirmation}. */
    public static final String NOTIFICATION = "OrderNotification";

    private final PrintStream out;
    private final OrderBook orders;
    private final long start = System.nanoTime();
    private final Map<Count, Integer> counts = new EnumMap<>(Count.class);

    public Timeline(PrintStream out, OrderBook orders) {
        this.out = out;
        this.orders = orders;
        for (Count count : Count.values()) {
            counts.put(count, 0);
        }
    }

    /** A headline for a step of the story. */
    public void step(String text) {
        line("");
        line("== " + text);
    }

    /** After a send: what went to whom, and whether the window policy replaced it with a template. */
    public void sent(Exchange exchange) {
        SendResult result = exchange.getMessage().getBody(SendResult.class);
        String callbackData = exchange.getMessage().getHeader(WhatsAppCloudConstants.CALLBACK_DATA, String.class);
        String what = exchange.getMessage().getHeader(NOTIFICATION, "message", String.class);
        // printed before counted: whoever waits for a count sees its line already printed
        if (exchange.getMessage().getHeader(WhatsAppCloudConstants.WINDOW_FALLBACK, false, Boolean.class)) {
            event(callbackData, "24-hour window closed: free-form " + what + " not sent, template "
                    + OrderMessages.FOLLOW_UP_TEMPLATE + " sent instead");
            count(Count.REFUSED);
            count(Count.TEMPLATES_SENT);
        } else {
            // a customer who uses a username is known by the business-scoped user id alone
            String recipient = result.waId() != null ? result.waId() : result.userId();
            // Meta reports a pacing status on template sends only
            String status = result.messageStatus() == null ? "" : " (" + result.messageStatus() + ")";
            event(callbackData, what + " sent to " + recipient + status);
            count(what.startsWith("template") ? Count.TEMPLATES_SENT : Count.TEXTS_SENT);
        }
    }

    /** A delivery status from the webhook, tied back to its order by the callback data Meta echoes. */
    public void status(MessageStatus status) {
        String detail = status.errors().isEmpty() ? "" : " - " + describe(status.errors().get(0));
        if (orders.byCallbackData(status.bizOpaqueCallbackData()).isEmpty()) {
            // not about an order: name the recipient instead, by phone number or business-scoped user id
            detail += " of the message to " + (status.recipientId() != null ? status.recipientId()
                    : status.recipientUserId());
        }
        event(status.bizOpaqueCallbackData(), "status " + status.status() + detail);
        switch (status.status()) {
            case "delivered" -> count(Count.DELIVERED);
            case "read" -> count(Count.READ);
            case "failed" -> count(Count.FAILED);
            default -> {
                // "sent" needs no count: every message is sent before anything else
            }
        }
    }

    /** A customer's message from the webhook. */
    public void received(InboundMessage message) {
        String content = message.text() != null ? "\"" + message.text().body() + "\""
                : message.button() != null ? "pressed button \"" + message.button().text() + "\""
                : message.type();
        String name = message.contact() == null ? message.from() : message.contact().profileName();
        if (message.from() == null) {
            name += " (username " + message.contact().username() + ", no phone number, id " + message.fromUserId()
                    + ")";
        }
        event(orders.latestFor(message.from()).map(OrderBook::callbackData).orElse(null),
                name + " wrote: " + content);
        count(Count.RECEIVED);
    }

    /**
     * Waits until at least {@code expected} events of a kind happened.
     *
     * @return whether they did within the timeout
     */
    public synchronized boolean await(Count count, int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counts.get(count) < expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** @return a snapshot of the counts */
    public synchronized Map<Count, Integer> counts() {
        return new EnumMap<>(counts);
    }

    /** Prints the closing summary. */
    public void summary() {
        Map<Count, Integer> c = counts();
        line("");
        line(String.format(Locale.ROOT,
                "Summary: %d templates and %d free-form messages sent, %d delivered, %d read, %d failed; %d free-form"
                        + " message(s) replaced by a template because the 24-hour window was closed;"
                        + " %d customer messages received",
                c.get(Count.TEMPLATES_SENT), c.get(Count.TEXTS_SENT), c.get(Count.DELIVERED), c.get(Count.READ),
                c.get(Count.FAILED), c.get(Count.REFUSED), c.get(Count.RECEIVED)));
    }

    private synchronized void count(Count count) {
        counts.merge(count, 1, Integer::sum);
        notifyAll();
    }

    private void event(String callbackData, String text) {
        String order = orders.byCallbackData(callbackData).map(o -> "order " + o.orderId() + " " + o.customer())
                .orElse("");
        line(String.format(Locale.ROOT, "%-18s %s", order, text));
    }

    private synchronized void line(String text) {
        out.printf(Locale.ROOT, "[%6.2f s] %s%n", (System.nanoTime() - start) / 1e9, text);
    }

    private static String describe(WebhookErrorDetail error) {
        return "error " + error.code() + " " + error.title();
    }
}
