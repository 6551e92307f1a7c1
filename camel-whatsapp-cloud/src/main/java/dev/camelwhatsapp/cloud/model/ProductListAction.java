package dev.camelwhatsapp.cloud.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shows sections of catalog products, for an interactive {@code product_list} message (multi-product message).
 *
 * @param catalogId the id of the catalog connected to the business account
 * @param sections  1 to {@link MessageLimits#LIST_SECTIONS} sections, with at most
 *                  {@link MessageLimits#PRODUCT_ITEMS_TOTAL} products in all
 */
public record ProductListAction(String catalogId, List<ProductSection> sections) implements InteractiveAction {

    public ProductListAction {
        sections = List.copyOf(sections);
    }

    @Override
    public String interactiveType() {
        return "product_list";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.putIfPresent(GraphJson.object(), "catalog_id", catalogId);
        ArrayNode array = action.putArray("sections");
        sections.forEach(section -> array.add(section.toGraphJson()));
        return action;
    }
}
