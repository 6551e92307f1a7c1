package dev.camelwhatsapp.examples.springboot;

import java.util.List;

import dev.camelwhatsapp.cloud.model.OutgoingMessage;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.TextMessage;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import org.springframework.stereotype.Component;

/**
 * What the integration says to customers.
 */
@Component
public class OrderMessages {

    /** The approved template every first contact uses: "Hi {{1}}, your order {{2}} is confirmed…". */
    public static final String CONFIRMATION_TEMPLATE = "order_confirmation";
    public static final String LANGUAGE = "en_US";

    private final OrderBook orders;

    public OrderMessages(OrderBook orders) {
        this.orders = orders;
    }

    /** The order confirmation: a template, because the customer may never have written to us. */
    public OutgoingMessage confirmation(Order order) {
        return TemplateMessage.withBodyParameters(CONFIRMATION_TEMPLATE, LANGUAGE,
                List.of(order.customer(), order.orderId()));
    }

    /** A free-form answer to a customer's message: allowed, since their message opened the 24-hour window. */
    public OutgoingMessage answer(InboundMessage message) {
        return orders.latestFor(message.from())
                .map(order -> TextMessage.of(message.button() != null
                        ? "Order " + order.orderId() + " (" + order.items() + ") is with the courier."
                        : "Hi " + order.customer() + ", order " + order.orderId()
                                + " left our warehouse today and arrives tomorrow."))
                .orElseGet(() -> TextMessage.of("Thanks for your message, we will get back to you shortly."));
    }
}
