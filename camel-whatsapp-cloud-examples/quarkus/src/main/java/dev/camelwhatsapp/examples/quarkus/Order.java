package dev.camelwhatsapp.examples.quarkus;

/**
 * An order event as the shop posts it to {@code POST /orders}.
 *
 * @param orderId  the order number
 * @param customer the customer's first name
 * @param phone    the customer's mobile number, in any usual notation
 */
public record Order(String orderId, String customer, String phone) {
}
