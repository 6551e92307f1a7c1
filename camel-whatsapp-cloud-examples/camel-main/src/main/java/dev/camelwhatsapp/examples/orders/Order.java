package dev.camelwhatsapp.examples.orders;

/**
 * An order event as the ERP emits it, one JSON object per line.
 *
 * @param orderId  the order number
 * @param customer the customer's first name
 * @param phone    the customer's mobile number, in any usual notation
 * @param items    what was ordered
 */
public record Order(String orderId, String customer, String phone, String items) {
}
