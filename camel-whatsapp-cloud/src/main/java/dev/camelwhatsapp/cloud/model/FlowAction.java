package dev.camelwhatsapp.cloud.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Opens a WhatsApp Flow, for an interactive {@code flow} message.
 *
 * <pre>{@code
 * FlowAction.byId("1234567890", "Book a table").token("booking-42").navigate("WELCOME", Map.of("guests", 2))
 * FlowAction.byName("table_booking", "Book a table").draft(true)
 * }</pre>
 *
 * @param flowId     the Flow id, or {@code null} when {@code flowName} is set
 * @param flowName   the Flow name, or {@code null} when {@code flowId} is set
 * @param cta        the label of the button that opens the Flow
 * @param draft      whether to open the draft version (for testing) rather than the published one
 * @param token      identifies this conversation in the Flow's responses, or {@code null} for Meta's default
 * @param flowAction {@code navigate} or {@code data_exchange}, or {@code null} for Meta's default (navigate)
 * @param screen     the first screen when navigating, or {@code null}
 * @param data       input data for the first screen; empty when none
 */
public record FlowAction(
        String flowId, String flowName, String cta, boolean draft, String token, String flowAction, String screen,
        Map<String, Object> data) implements InteractiveAction {

    public FlowAction {
        // keeps the caller's order so the JSON sent is deterministic
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The published Flow with this id. */
    public static FlowAction byId(String flowId, String cta) {
        return new FlowAction(flowId, null, cta, false, null, null, null, Map.of());
    }

    /** The published Flow with this name. */
    public static FlowAction byName(String flowName, String cta) {
        return new FlowAction(null, flowName, cta, false, null, null, null, Map.of());
    }

    /** @return a copy that opens the Flow's draft (which only testers can see), or the published Flow */
    public FlowAction draft(boolean draft) {
        return new FlowAction(flowId, flowName, cta, draft, token, flowAction, screen, data);
    }

    /** @return a copy carrying this flow token */
    public FlowAction token(String token) {
        return new FlowAction(flowId, flowName, cta, draft, token, flowAction, screen, data);
    }

    /** @return a copy that opens {@code screen} with {@code data} ({@code flow_action: navigate}) */
    public FlowAction navigate(String screen, Map<String, ?> data) {
        return new FlowAction(flowId, flowName, cta, draft, token, "navigate", screen, new LinkedHashMap<>(data));
    }

    /** @return a copy whose first screen comes from the business's Flow endpoint ({@code data_exchange}) */
    public FlowAction dataExchange() {
        return new FlowAction(flowId, flowName, cta, draft, token, "data_exchange", null, Map.of());
    }

    @Override
    public String interactiveType() {
        return "flow";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode parameters = GraphJson.object().put("flow_message_version", "3");
        GraphJson.putIfPresent(parameters, "flow_id", flowId);
        GraphJson.putIfPresent(parameters, "flow_name", flowName);
        GraphJson.putIfPresent(parameters, "flow_cta", cta);
        if (draft) {
            parameters.put("mode", "draft");
        }
        GraphJson.putIfPresent(parameters, "flow_token", token);
        GraphJson.putIfPresent(parameters, "flow_action", flowAction);
        if (screen != null || !data.isEmpty()) {
            ObjectNode payload = GraphJson.putIfPresent(parameters.putObject("flow_action_payload"), "screen", screen);
            if (!data.isEmpty()) {
                payload.set("data", GraphJson.tree(data));
            }
        }
        ObjectNode action = GraphJson.object().put("name", "flow");
        action.set("parameters", parameters);
        return action;
    }
}
