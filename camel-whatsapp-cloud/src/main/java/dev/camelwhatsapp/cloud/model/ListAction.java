package dev.camelwhatsapp.cloud.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The menu of an interactive {@code list} message: a button that opens sections of rows.
 *
 * @param button   the label of the button that opens the list
 * @param sections the sections, 1 to {@link MessageLimits#LIST_SECTIONS}
 */
public record ListAction(String button, List<ListSection> sections) implements InteractiveAction {

    public ListAction {
        sections = List.copyOf(sections);
    }

    @Override
    public String interactiveType() {
        return "list";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.putIfPresent(GraphJson.object(), "button", button);
        ArrayNode sectionArray = action.putArray("sections");
        for (ListSection section : sections) {
            ObjectNode sectionNode = GraphJson.putIfPresent(sectionArray.addObject(), "title", section.title());
            ArrayNode rowArray = sectionNode.putArray("rows");
            for (ListRow row : section.rows()) {
                ObjectNode rowNode = rowArray.addObject();
                GraphJson.putIfPresent(rowNode, "id", row.id());
                GraphJson.putIfPresent(rowNode, "title", row.title());
                GraphJson.putIfPresent(rowNode, "description", row.description());
            }
        }
        return action;
    }
}
