package dev.camelwhatsapp.examples.springboot;

/**
 * An order as the shop posts it to {@code POST /orders}.
 *
 * @param orderId  the order number
 * @param customer the customer's first name
 * @param phone    the customer's mobile number, in any usual notation
 * @param items    what was ordered
 */
public record Order(String orderId, String customer, String phone, String items) {
}
