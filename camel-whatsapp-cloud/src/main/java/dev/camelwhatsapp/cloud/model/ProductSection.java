package dev.camelwhatsapp.cloud.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A titled group of catalog products in a product list or a multi-product template button.
 *
 * <pre>{@code
 * ProductSection.of("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M")
 * }</pre>
 *
 * @param title              the section title; may be {@code null} only in a product list with a single section
 * @param productRetailerIds the products' retailer ids (SKUs), in display order
 */
public record ProductSection(String title, List<String> productRetailerIds) {

    public ProductSection {
        productRetailerIds = List.copyOf(productRetailerIds);
    }

    public static ProductSection of(String title, String... productRetailerIds) {
        return new ProductSection(title, List.of(productRetailerIds));
    }

    /** @return a new {@code {"title":…, "product_items":[{"product_retailer_id":…}, …]}} */
    ObjectNode toGraphJson() {
        ObjectNode section = GraphJson.putIfPresent(GraphJson.object(), "title", title);
        ArrayNode items = section.putArray("product_items");
        productRetailerIds.forEach(id -> GraphJson.putIfPresent(items.addObject(), "product_retailer_id", id));
        return section;
    }
}
