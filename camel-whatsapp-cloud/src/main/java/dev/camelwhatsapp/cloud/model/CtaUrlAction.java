package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A call-to-action button that opens a URL, for an interactive {@code cta_url} message.
 *
 * @param displayText the button label
 * @param url         the URL opened when the button is tapped
 */
public record CtaUrlAction(String displayText, String url) implements InteractiveAction {

    @Override
    public String interactiveType() {
        return "cta_url";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode parameters = GraphJson.putIfPresent(GraphJson.object(), "display_text", displayText);
        GraphJson.putIfPresent(parameters, "url", url);
        ObjectNode action = GraphJson.object().put("name", "cta_url");
        action.set("parameters", parameters);
        return action;
    }
}
