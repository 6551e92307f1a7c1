package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Asks the user to share their location, for an interactive {@code location_request_message}. */
public record LocationRequestAction() implements InteractiveAction {

    @Override
    public String interactiveType() {
        return "location_request_message";
    }

    @Override
    public ObjectNode toGraphJson() {
        return GraphJson.object().put("name", "send_location");
    }
}
