package dev.camelwhatsapp.cloud.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The value sent for one of a template's buttons, addressed by its position in the template.
 *
 * <pre>{@code
 * TemplateButton.quickReply(0, "CONFIRM_ORDER_1234")
 * TemplateButton.url(1, "order/1234")              // appended to the URL approved with the template
 * TemplateButton.copyCode(0, "SAVE20")
 * TemplateButton.flow(0, "flow-token-42")
 * TemplateButton.catalog(0, "SKU-SHIRT-M")                 // catalog templates
 * TemplateButton.multiProduct(0, "SKU-SHIRT-M", ProductSection.of("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M"))
 * }</pre>
 *
 * @param subType        which kind of button
 * @param index          the button's position in the template, 0 to 9
 * @param value          the payload, URL suffix, coupon code, flow token, or the thumbnail product of a catalog or
 *                       multi-product button
 * @param flowActionData input for the Flow's first screen (flow buttons only); empty when none
 * @param sections       the products a multi-product button shows; empty for every other kind
 */
public record TemplateButton(SubType subType, int index, String value, Map<String, Object> flowActionData,
        List<ProductSection> sections) {

    public TemplateButton {
        Objects.requireNonNull(subType, "subType");
        flowActionData = flowActionData == null
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(flowActionData));
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** A button without product sections: every kind but {@link SubType#MPM}. */
    public TemplateButton(SubType subType, int index, String value, Map<String, Object> flowActionData) {
        this(subType, index, value, flowActionData, List.of());
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

    /**
     * The button of a catalog template, which opens the business's catalog.
     *
     * @param thumbnailProductRetailerId the product whose image heads the message, or {@code null} for the first one
     */
    public static TemplateButton catalog(int index, String thumbnailProductRetailerId) {
        return new TemplateButton(SubType.CATALOG, index, thumbnailProductRetailerId, Map.of());
    }

    /**
     * The button of a multi-product (MPM) template: the products it opens, in sections.
     *
     * @param thumbnailProductRetailerId the product whose image heads the message
     * @param sections                   1 to {@link MessageLimits#TEMPLATE_MPM_SECTIONS} titled sections with
     *                                   {@link MessageLimits#TEMPLATE_MPM_PRODUCT_ITEMS} products at most in all
     */
    public static TemplateButton multiProduct(int index, String thumbnailProductRetailerId,
                                              ProductSection... sections) {
        return new TemplateButton(SubType.MPM, index, thumbnailProductRetailerId, Map.of(), List.of(sections));
    }

    /** @return a copy passing {@code data} to the Flow's first screen (flow buttons only) */
    public TemplateButton flowActionData(Map<String, ?> data) {
        return new TemplateButton(subType, index, value, new LinkedHashMap<>(data), sections);
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
        } else if (subType == SubType.CATALOG || subType == SubType.MPM) {
            ObjectNode action = GraphJson.putIfPresent(parameter.putObject("action"), "thumbnail_product_retailer_id",
                    value);
            if (subType == SubType.MPM) {
                ArrayNode array = action.putArray("sections");
                sections.forEach(section -> array.add(section.toGraphJson()));
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
        FLOW("action"),
        /** Opens the business's catalog. */
        CATALOG("action"),
        /** Opens a multi-product message. */
        MPM("action");

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
