package dev.camelwhatsapp.examples.springboot;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /orders/{orderId}}: an order and how far its WhatsApp notification got. A plain Spring MVC controller,
 * served by the same DispatcherServlet as the Camel platform-http routes.
 */
@RestController
public class OrderController {

    /**
     * @param order    the order
     * @param whatsApp the furthest status of the messages about it ({@code sent}, {@code delivered}, {@code read},
     *                 {@code failed}), {@code null} before the first status webhook
     */
    public record OrderView(Order order, String whatsApp) {
    }

    private final OrderBook orders;

    public OrderController(OrderBook orders) {
        this.orders = orders;
    }

    @GetMapping("/orders/{orderId}")
    public ResponseEntity<OrderView> order(@PathVariable String orderId) {
        return ResponseEntity.of(orders.byId(orderId)
                .map(order -> new OrderView(order, orders.deliveryOf(orderId).orElse(null))));
    }
}
