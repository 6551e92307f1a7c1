package dev.camelwhatsapp.cloud.model.inbound;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order the user placed from a catalog.
 *
 * @param catalogId    the catalog id
 * @param text         the text sent with the order, often empty
 * @param productItems the ordered items, in the order sent
 */
public record OrderPart(String catalogId, String text, List<ProductItem> productItems) implements MessagePart {

    /**
     * Creates the record; the list is copied so the caller cannot change it afterwards.
     *
     * @param catalogId    the catalog id
     * @param text         the text sent with the order, often empty
     * @param productItems the ordered items, in the order sent
     */
    public OrderPart {
        productItems = List.copyOf(productItems);
    }

    /**
     * One ordered item.
     *
     * @param productRetailerId the product's retailer id (SKU)
     * @param quantity          how many, or {@code null} if absent
     * @param itemPrice         unit price exactly as sent (no binary floating point for money), or {@code null}
     * @param currency          ISO 4217 currency code
     */
    public record ProductItem(String productRetailerId, Integer quantity, BigDecimal itemPrice, String currency) {
    }
}
