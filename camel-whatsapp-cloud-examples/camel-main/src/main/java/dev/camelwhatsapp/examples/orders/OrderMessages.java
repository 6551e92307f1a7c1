package dev.camelwhatsapp.examples.orders;

import java.util.List;

import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;

/**
 * What the integration says to customers. Both route versions (Java DSL and YAML DSL) call this bean, so the two
 * differ only in how the routes are written.
 */
public class OrderMessages {

    /** The approved template every first contact uses: "Hi {{1}}, your order {{2}} is confirmed…". */
    public static final String CONFIRMATION_TEMPLATE = "order_confirmation";
    /** The approved template sent instead of a free-form follow-up when the 24-hour window is closed. */
    public static final String FOLLOW_UP_TEMPLATE = "order_follow_up";
    public static final String LANGUAGE = "en_US";

    private final OrderBook orders;

    public OrderMessages(OrderBook orders) {
        this.orders = orders;
    }

    /** The order confirmation: a template, because the customer may never have written to us. */
    public OutgoingMessage confirmation(Order order) {
        return TemplateMessage.withBodyParameters(CONFIRMATION_TEMPLATE, LANGUAGE, List.of(order.customer(), order
                .orderId()));
    }

    /** A free-form answer to a customer's message: allowed, since their message opened the 24-hour window. */
    public OutgoingMessage answer(InboundMessage message) {
        String waId = message.from();
        return orders.latestFor(waId)
                .map(order -> TextMessage.of(message.button() != null
                        ? "Order " + order.orderId() + " (" + order.items() + ") is with the courier: tracking DEMO"
                                + order.orderId()
                        : "Hi " + order.customer() + ", order " + order.orderId() + " left our warehouse today and"
                                + " arrives tomorrow."))
                .orElseGet(() -> TextMessage.of("Thanks for your message, we will get back to you shortly."));
    }

    /** The body parameters of {@link #FOLLOW_UP_TEMPLATE}, when the window policy sends it instead. */
    public List<String> followUpParameters(Order order) {
        return List.of(order.customer(), order.orderId());
    }

    /** A free-form follow-up; outside the window the component sends {@link #FOLLOW_UP_TEMPLATE} instead. */
    public OutgoingMessage followUp(Order order) {
        return TextMessage.of("How was your delivery of order " + order.orderId()
                + "? Reply with a number from 1 to 5.");
    }
}
