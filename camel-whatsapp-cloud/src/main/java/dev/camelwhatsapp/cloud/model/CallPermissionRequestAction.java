package dev.camelwhatsapp.cloud.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asks the user for permission to call them, for an interactive {@code call_permission_request}. The user's answer
 * arrives as an interactive {@code call_permission_reply}.
 */
public record CallPermissionRequestAction() implements InteractiveAction {

    @Override
    public String interactiveType() {
        return "call_permission_request";
    }

    @Override
    public ObjectNode toGraphJson() {
        return GraphJson.object().put("name", "call_permission_request");
    }
}
