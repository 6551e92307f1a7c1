package dev.camelwhatsapp.examples.springboot;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelwhatsapp.cloud.model.Recipient;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import org.springframework.stereotype.Component;

/**
 * The integration's memory of orders (in a real system: the shop's database): which order a customer's message is
 * about, and how far the WhatsApp messages about each order got.
 */
@Component
public class OrderBook {

    /** The statuses of a message in the order they happen; Meta may deliver them in any order, or skip one. */
    private static final List<String> PROGRESS = List.of("sent", "delivered", "read");

    private final Map<String, Order> byId = new ConcurrentHashMap<>();
    private final Map<String, Order> latestByWaId = new ConcurrentHashMap<>();
    private final Map<String, String> deliveryByOrderId = new ConcurrentHashMap<>();

    /** Remembers an order; returns it, so that a route can go on with it. */
    public Order remember(Order order) {
        byId.put(order.orderId(), order);
        latestByWaId.put(Recipient.normalize(order.phone()), order);
        return order;
    }

    /** @return the order with this number */
    public Optional<Order> byId(String orderId) {
        return Optional.ofNullable(byId.get(orderId));
    }

    /**
     * @return the latest order of the customer with this WhatsApp id (digits); none for a customer who writes under a
     *         username without showing a phone number ({@code null})
     */
    public Optional<Order> latestFor(String waId) {
        return waId == null ? Optional.empty() : Optional.ofNullable(latestByWaId.get(waId));
    }

    /** @return the callback data of the latest order of this customer, or {@code null} if there is none */
    public String callbackDataFor(String waId) {
        return latestFor(waId).map(OrderBook::callbackData).orElse(null);
    }

    /** @return the callback data that ties a message to its order: Meta echoes it in every status of the message */
    public static String callbackData(Order order) {
        return "order-" + order.orderId();
    }

    /**
     * Records a status webhook of a message about an order (found through the callback data it carries). Statuses
     * arrive in any order, so the furthest one is kept; {@code failed} overrides the others.
     */
    public void statusChanged(MessageStatus status) {
        String callbackData = status.bizOpaqueCallbackData();
        if (callbackData == null || !callbackData.startsWith("order-")) {
            return;
        }
        deliveryByOrderId.merge(callbackData.substring("order-".length()), status.status(), OrderBook::further);
    }

    /** @return the furthest status of the messages about this order: sent, delivered, read or failed */
    public Optional<String> deliveryOf(String orderId) {
        return Optional.ofNullable(deliveryByOrderId.get(orderId));
    }

    private static String further(String known, String received) {
        if ("failed".equals(known) || "failed".equals(received)) {
            return "failed";
        }
        return PROGRESS.indexOf(received) > PROGRESS.indexOf(known) ? received : known;
    }
}
