package dev.camelwhatsapp.cloud.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The reply buttons of an interactive {@code button} message.
 *
 * @param buttons 1 to {@link MessageLimits#REPLY_BUTTONS} buttons
 */
public record ReplyButtonsAction(List<ReplyButton> buttons) implements InteractiveAction {

    public ReplyButtonsAction {
        buttons = List.copyOf(buttons);
    }

    @Override
    public String interactiveType() {
        return "button";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.object();
        ArrayNode array = action.putArray("buttons");
        for (ReplyButton button : buttons) {
            ObjectNode reply = GraphJson.object();
            GraphJson.putIfPresent(reply, "id", button.id());
            GraphJson.putIfPresent(reply, "title", button.title());
            array.addObject().put("type", "reply").set("reply", reply);
        }
        return action;
    }
}
