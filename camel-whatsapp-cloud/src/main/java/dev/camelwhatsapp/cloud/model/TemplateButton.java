package dev.camelwhatsapp.cloud.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The value sent for one of a template's buttons, addressed by its position in the template.
 *
 * <pre>{@code
 * TemplateButton.quickReply(0, "CONFIRM_ORDER_1234")
 * TemplateButton.url(1, "order/1234")              // appended to the URL approved with the template
 * TemplateButton.copyCode(0, "SAVE20")
 * TemplateButton.flow(0, "flow-token-42")
 * }</pre>
 *
 * @param subType        which kind of button
 * @param index          the button's position in the template, 0 to 9
 * @param value          the payload, URL suffix, coupon code or flow token
 * @param flowActionData input for the Flow's first screen (flow buttons only); empty when none
 */
public record TemplateButton(SubType subType, int index, String value, Map<String, Object> flowActionData) {

    public TemplateButton {
        Objects.requireNonNull(subType, "subType");
        flowActionData = flowActionData == null
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flowActionData));
    }

    /** A quick-reply button; {@code payload} comes back in the user's reply. */
    public static TemplateButton quickReply(int index, String payload) {
        return new TemplateButton(SubType.QUICK_REPLY, index, payload, Map.of());
    }

    /** A URL button; {@code suffix} completes the dynamic URL approved with the template. */
    public static TemplateButton url(int index, String suffix) {
        return new TemplateButton(SubType.URL, index, suffix, Map.of());
    }

    /** A copy-code button (coupon templates). */
    public static TemplateButton copyCode(int index, String couponCode) {
        return new TemplateButton(SubType.COPY_CODE, index, couponCode, Map.of());
    }

    /** A Flow button; {@code flowToken} may be {@code null} for Meta's default. */
    public static TemplateButton flow(int index, String flowToken) {
        return new TemplateButton(SubType.FLOW, index, flowToken, Map.of());
    }

    /** @return a copy passing {@code data} to the Flow's first screen (flow buttons only) */
    public TemplateButton flowActionData(Map<String, ?> data) {
        return new TemplateButton(subType, index, value, new LinkedHashMap<>(data));
    }

    /** @return a new tree holding the {@code button} component */
    ObjectNode toGraphJson() {
        ObjectNode button = GraphJson.object()
                .put("type", "button")
                .put("sub_type", subType.graphName())
                .put("index", String.valueOf(index));
        ObjectNode parameter = button.putArray("parameters").addObject().put("type", subType.parameterType);
        if (subType == SubType.FLOW) {
            ObjectNode action = GraphJson.putIfPresent(parameter.putObject("action"), "flow_token", value);
            if (!flowActionData.isEmpty()) {
                action.set("flow_action_data", GraphJson.tree(flowActionData));
            }
        } else {
            GraphJson.putIfPresent(parameter, subType.parameterType, value);
        }
        return button;
    }

    /** The kinds of template button that take a value at send time, with the parameter type each takes. */
    public enum SubType {
        QUICK_REPLY("payload"),
        URL("text"),
        COPY_CODE("coupon_code"),
        FLOW("action");

        private final String parameterType;

        SubType(String parameterType) {
            this.parameterType = parameterType;
        }

        /** @return the Graph API {@code sub_type}, e.g. {@code quick_reply} */
        public String graphName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
