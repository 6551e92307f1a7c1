package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shows one catalog product, for an interactive {@code product} message (single-product message).
 *
 * @param catalogId         the id of the catalog connected to the business account
 * @param productRetailerId the product's retailer id (SKU) in that catalog
 */
public record ProductAction(String catalogId, String productRetailerId) implements InteractiveAction {

    @Override
    public String interactiveType() {
        return "product";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.putIfPresent(GraphJson.object(), "catalog_id", catalogId);
        return GraphJson.putIfPresent(action, "product_retailer_id", productRetailerId);
    }
}
