package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Opens the business's whole catalog, for an interactive {@code catalog_message}.
 *
 * @param thumbnailProductRetailerId the product whose image heads the message, or {@code null} for the catalog's
 *                                   first product
 */
public record CatalogAction(String thumbnailProductRetailerId) implements InteractiveAction {

    @Override
    public String interactiveType() {
        return "catalog_message";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.object().put("name", "catalog_message");
        GraphJson.putIfPresent(action.putObject("parameters"), "thumbnail_product_retailer_id",
                thumbnailProductRetailerId);
        return action;
    }
}
