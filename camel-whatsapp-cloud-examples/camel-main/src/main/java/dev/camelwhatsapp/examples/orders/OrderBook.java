package dev.camelwhatsapp.examples.orders;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.cloud.model.Recipient;

/**
 * The integration's memory of orders (in a real system: the CRM or ERP): which order a callback id stands for, and
 * which order a customer's message is about.
 */
public class OrderBook {

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Map<String, Order> latestByPhone = new ConcurrentHashMap<>();

    /** Remembers an order; returns it, so that a route can go on with it. */
    public Order remember(Order order) {
        byId.put(order.orderId(), order);
        latestByPhone.put(Recipient.normalize(order.phone()), order);
        return order;
    }

    /**
     * @return the latest order of the customer with this WhatsApp id (digits); none for a customer who writes under a
     *         username without showing a phone number ({@code null})
     */
    public Optional<Order> latestFor(String waId) {
        return waId == null ? Optional.empty() : Optional.ofNullable(latestByPhone.get(waId));
    }

    /** @return the order a callback id ({@code order-<id>}) refers to */
    public Optional<Order> byCallbackData(String callbackData) {
        if (callbackData == null || !callbackData.startsWith("order-")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(callbackData.substring("order-".length())));
    }

    /** @return the callback data of the latest order of this customer, or {@code null} */
    public String callbackDataFor(String waId) {
        return latestFor(waId).map(OrderBook::callbackData).orElse(null);
    }

    /** @return the callback data that ties a message to an order: Meta echoes it in every status of the message */
    public static String callbackData(Order order) {
        return "order-" + order.orderId();
    }
}
