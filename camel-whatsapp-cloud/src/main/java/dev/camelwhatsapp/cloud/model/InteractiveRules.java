package dev.camelwhatsapp.cloud.model;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import static dev.camelwhatsapp.cloud.model.FieldReader.array;
import static dev.camelwhatsapp.cloud.model.FieldReader.has;
import static dev.camelwhatsapp.cloud.model.FieldReader.length;
import static dev.camelwhatsapp.cloud.model.FieldReader.object;
import static dev.camelwhatsapp.cloud.model.FieldReader.optionalText;
import static dev.camelwhatsapp.cloud.model.FieldReader.path;
import static dev.camelwhatsapp.cloud.model.MessageValidator.requiredNonEmpty;

/**
 * Rules for {@code interactive} messages. Header, body and footer limits apply to every interactive
 * type; the action is checked for the types this version models (button, list, cta_url, flow,
 * location_request_message, product, product_list, catalog_message, call_permission_request,
 * address_message) and passed through for types Meta adds later.
 */
final class InteractiveRules {

    private static final String ACTION = "interactive.action";

    private InteractiveRules() {
    }

    static void validate(JsonNode interactive) {
        String type = requiredNonEmpty(interactive, "interactive", "type");
        boolean known = switch (type) {
            case "button", "list", "cta_url", "flow", "location_request_message", "product", "product_list",
                    "catalog_message", "call_permission_request", "address_message" -> true;
            default -> false;
        };
        if (has(interactive, "header")) {
            header(object(interactive, "interactive", "header"), type);
        } else if ("product_list".equals(type)) {
            throw productListHeaderRequired();
        }
        // a single-product message shows the product itself; its text is optional
        if (bodyRequired(type, known) || has(interactive, "body")) {
            JsonNode body = object(interactive, "interactive", "body");
            MessageLimits.INTERACTIVE_BODY_TEXT.check("interactive.body.text",
                    length(FieldReader.text(body, "interactive.body", "text")));
        }
        if (has(interactive, "footer")) {
            JsonNode footer = object(interactive, "interactive", "footer");
            MessageLimits.INTERACTIVE_FOOTER_TEXT.check("interactive.footer.text",
                    length(FieldReader.text(footer, "interactive.footer", "text")));
        }
        if (!known) {
            return;
        }
        JsonNode action = object(interactive, "interactive", "action");
        switch (type) {
            case "button" -> replyButtons(action);
            case "list" -> list(action);
            case "cta_url" -> ctaUrl(action);
            case "flow" -> flow(action);
            case "product" -> {
                requiredNonEmpty(action, ACTION, "catalog_id");
                requiredNonEmpty(action, ACTION, "product_retailer_id");
            }
            case "product_list" -> productList(action);
            case "catalog_message" -> catalog(action);
            case "call_permission_request" -> actionName(action, "call_permission_request");
            case "address_message" -> address(action);
            default -> actionName(action, "send_location");
        }
    }

    /** A single-product message shows the product itself; its text is optional. */
    private static boolean bodyRequired(String type, boolean known) {
        return known && !"product".equals(type);
    }

    private static InvalidMessageException productListHeaderRequired() {
        return new InvalidMessageException(
                "interactive.header", "interactive.header is required for a product_list message");
    }

    private static void header(JsonNode header, String interactiveType) {
        String type = headerType(requiredNonEmpty(header, "interactive.header", "type"), interactiveType);
        switch (type) {
            case "text" -> MessageLimits.INTERACTIVE_HEADER_TEXT.check("interactive.header.text",
                    length(FieldReader.text(header, "interactive.header", "text")));
            case "image", "video" -> MediaRules.validate(header.get(type), "interactive.header." + type, false, false);
            default -> MediaRules.validate(header.get(type), "interactive.header.document", false, true);
        }
    }

    /** Which header an interactive type may carry. */
    private static String headerType(String type, String interactiveType) {
        if ("product".equals(interactiveType)) {
            throw InvalidMessageException.notAllowed("interactive.header", "in a product message");
        }
        if (("list".equals(interactiveType) || "product_list".equals(interactiveType)) && !"text".equals(type)) {
            throw new InvalidMessageException(
                    "interactive.header.type",
                    "interactive.header.type must be text for a " + interactiveType + " message");
        }
        if (!Set.of("text", "image", "video", "document").contains(type)) {
            throw new InvalidMessageException(
                    "interactive.header.type",
                    "interactive.header.type must be text, image, video or document");
        }
        return type;
    }

    private static void replyButtons(JsonNode action) {
        JsonNode buttons = array(action, ACTION, "buttons");
        MessageLimits.REPLY_BUTTONS.check(ACTION + ".buttons", buttons.size());
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            String path = path(ACTION + ".buttons", i);
            JsonNode button = object(buttons.get(i), path);
            if (!"reply".equals(FieldReader.text(button, path, "type"))) {
                throw new InvalidMessageException(path + ".type", path + ".type must be reply");
            }
            JsonNode reply = object(button, path, "reply");
            String id = requiredNonEmpty(reply, path + ".reply", "id");
            MessageLimits.REPLY_BUTTON_ID.check(path + ".reply.id", length(id));
            String title = requiredNonEmpty(reply, path + ".reply", "title");
            MessageLimits.REPLY_BUTTON_TITLE.check(path + ".reply.title", length(title));
            unique(ids, id, path + ".reply.id");
            unique(titles, title, path + ".reply.title");
        }
    }

    private static void list(JsonNode action) {
        String label = requiredNonEmpty(action, ACTION, "button");
        MessageLimits.LIST_BUTTON_LABEL.check(ACTION + ".button", length(label));
        JsonNode sections = array(action, ACTION, "sections");
        MessageLimits.LIST_SECTIONS.check(ACTION + ".sections", sections.size());
        Set<String> rowIds = new HashSet<>();
        int totalRows = 0;
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(ACTION + ".sections", s);
            JsonNode section = object(sections.get(s), sectionPath);
            // a title is what tells several sections apart; a single section may go without
            String title = sections.size() > 1
                    ? requiredNonEmpty(section, sectionPath, "title") : optionalText(section, sectionPath, "title");
            if (title != null) {
                MessageLimits.LIST_SECTION_TITLE.check(sectionPath + ".title", length(title));
            }
            JsonNode rows = array(section, sectionPath, "rows");
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = path(sectionPath + ".rows", r);
                JsonNode row = object(rows.get(r), rowPath);
                String id = requiredNonEmpty(row, rowPath, "id");
                MessageLimits.LIST_ROW_ID.check(rowPath + ".id", length(id));
                MessageLimits.LIST_ROW_TITLE.check(rowPath + ".title",
                        length(requiredNonEmpty(row, rowPath, "title")));
                String description = optionalText(row, rowPath, "description");
                if (description != null) {
                    MessageLimits.LIST_ROW_DESCRIPTION.check(rowPath + ".description", length(description));
                }
                unique(rowIds, id, rowPath + ".id");
            }
            totalRows += rows.size();
        }
        MessageLimits.LIST_ROWS_TOTAL.check(ACTION + ".sections[].rows", totalRows);
    }

    private static void productList(JsonNode action) {
        requiredNonEmpty(action, ACTION, "catalog_id");
        JsonNode sections = array(action, ACTION, "sections");
        MessageLimits.LIST_SECTIONS.check(ACTION + ".sections", sections.size());
        int totalItems = 0;
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(ACTION + ".sections", s);
            totalItems += array(object(sections.get(s), sectionPath), sectionPath, "product_items").size();
        }
        MessageLimits.PRODUCT_ITEMS_TOTAL.check(ACTION + ".sections[].product_items", totalItems);
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(ACTION + ".sections", s);
            JsonNode section = sections.get(s);
            String title = sections.size() > 1
                    ? requiredNonEmpty(section, sectionPath, "title") : optionalText(section, sectionPath, "title");
            if (title != null) {
                MessageLimits.LIST_SECTION_TITLE.check(sectionPath + ".title", length(title));
            }
            JsonNode items = array(section, sectionPath, "product_items");
            if (items.isEmpty()) {
                throw InvalidMessageException.required(sectionPath + ".product_items[0]");
            }
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path(sectionPath + ".product_items", i);
                requiredNonEmpty(object(items.get(i), itemPath), itemPath, "product_retailer_id");
            }
        }
    }

    private static void catalog(JsonNode action) {
        actionName(action, "catalog_message");
        if (has(action, "parameters")) {
            JsonNode parameters = object(action, ACTION, "parameters");
            optionalText(parameters, ACTION + ".parameters", "thumbnail_product_retailer_id");
        }
    }

    private static void address(JsonNode action) {
        actionName(action, "address_message");
        String parametersPath = ACTION + ".parameters";
        JsonNode parameters = object(action, ACTION, "parameters");
        String country = requiredNonEmpty(parameters, parametersPath, "country");
        Set<String> fields = addressForm(country);
        if (has(parameters, "values")) {
            addressFields(object(parameters, parametersPath, "values"), parametersPath + ".values", fields, country);
        }
        if (has(parameters, "saved_addresses")) {
            JsonNode saved = array(parameters, parametersPath, "saved_addresses");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < saved.size(); i++) {
                String path = path(parametersPath + ".saved_addresses", i);
                JsonNode address = object(saved.get(i), path);
                unique(ids, requiredNonEmpty(address, path, "id"), path + ".id");
                addressFields(object(address, path, "value"), path + ".value", fields, country);
            }
        }
        if (has(parameters, "validation_errors")) {
            addressFields(object(parameters, parametersPath, "validation_errors"), parametersPath
                    + ".validation_errors",
                    fields, country);
        }
    }

    private static void addressFields(JsonNode values, String valuesPath, Set<String> fields, String country) {
        for (Iterator<String> it = values.fieldNames(); it.hasNext();) {
            String field = it.next();
            addressField(field, fields, country, valuesPath, () -> FieldReader.text(values, valuesPath, field));
        }
    }

    /** One field of an address form; the value is read only once the field is known to belong there. */
    private static void addressField(String field, Set<String> fields, String country, String valuesPath,
                                     Supplier<String> value) {
        String path = path(valuesPath, field);
        if (!fields.contains(field)) {
            throw new InvalidMessageException(path, path + " is not a field of the " + country + " address form");
        }
        String text = value.get();
        if (field.endsWith("_pin_code") || field.endsWith("_post_code")) {
            MessageLimits.ADDRESS_POST_CODE.check(path, length(text));
        }
    }

    private static Set<String> addressForm(String country) {
        Set<String> fields = MessageLimits.ADDRESS_FIELDS.get(country);
        if (fields == null) {
            String path = ACTION + ".parameters.country";
            throw new InvalidMessageException(
                    path, path + " must be one of "
                            + String.join(", ", new TreeSet<>(MessageLimits.ADDRESS_FIELDS.keySet()))
                            + "; WhatsApp offers address messages only there");
        }
        return fields;
    }

    private static void ctaUrl(JsonNode action) {
        actionName(action, "cta_url");
        JsonNode parameters = object(action, ACTION, "parameters");
        String parametersPath = ACTION + ".parameters";
        MessageLimits.CTA_URL_DISPLAY_TEXT.check(parametersPath + ".display_text",
                length(requiredNonEmpty(parameters, parametersPath, "display_text")));
        requiredNonEmpty(parameters, parametersPath, "url");
    }

    private static void flow(JsonNode action) {
        actionName(action, "flow");
        JsonNode parameters = object(action, ACTION, "parameters");
        String parametersPath = ACTION + ".parameters";
        if (!"3".equals(FieldReader.text(parameters, parametersPath, "flow_message_version"))) {
            throw new InvalidMessageException(
                    parametersPath + ".flow_message_version",
                    parametersPath + ".flow_message_version must be 3");
        }
        flowIds(has(parameters, "flow_id"), has(parameters, "flow_name"));
        MessageLimits.FLOW_CTA.check(parametersPath + ".flow_cta",
                length(requiredNonEmpty(parameters, parametersPath, "flow_cta")));
        oneOf(parameters, parametersPath, "mode", "draft", "published");
        oneOf(parameters, parametersPath, "flow_action", "navigate", "data_exchange");
    }

    private static void flowIds(boolean hasId, boolean hasName) {
        if (hasId == hasName) {
            String path = ACTION + ".parameters";
            throw new InvalidMessageException(path, path + " needs exactly one of flow_id or flow_name");
        }
    }

    private static void actionName(JsonNode action, String expected) {
        if (!expected.equals(FieldReader.text(action, ACTION, "name"))) {
            throw new InvalidMessageException(ACTION + ".name", ACTION + ".name must be " + expected);
        }
    }

    private static void oneOf(JsonNode parent, String parentPath, String name, String... allowed) {
        oneOf(optionalText(parent, parentPath, name), parentPath, name, allowed);
    }

    private static void oneOf(String value, String parentPath, String name, String... allowed) {
        if (value != null && !Set.of(allowed).contains(value)) {
            throw new InvalidMessageException(
                    path(parentPath, name),
                    path(parentPath, name) + " must be one of " + String.join(", ", allowed));
        }
    }

    /** Users answer by tapping; two equal ids or titles would make the answers indistinguishable. */
    private static void unique(Set<String> seen, String value, String path) {
        if (!seen.add(value)) {
            throw new InvalidMessageException(path, path + " repeats an earlier one; each must be unique");
        }
    }

    /**
     * The same rules on a typed interactive message. Paths are those of the JSON it sends, so a violation reads as it
     * would for the same message given raw.
     */
    static void validate(InteractiveMessage message) {
        InteractiveAction action = message.action();
        String type = action.interactiveType();
        if (message.header() != null) {
            header(message.header(), type);
        } else if (action instanceof ProductListAction) {
            throw productListHeaderRequired();
        }
        if (bodyRequired(type, true) || message.body() != null) {
            if (message.body() == null) {
                throw InvalidMessageException.required("interactive.body");
            }
            MessageLimits.INTERACTIVE_BODY_TEXT.check("interactive.body.text", length(message.body()));
        }
        if (message.footer() != null) {
            MessageLimits.INTERACTIVE_FOOTER_TEXT.check("interactive.footer.text", length(message.footer()));
        }
        if (action instanceof ReplyButtonsAction buttons) {
            replyButtons(buttons.buttons());
        } else if (action instanceof ListAction list) {
            list(list);
        } else if (action instanceof CtaUrlAction ctaUrl) {
            String parametersPath = ACTION + ".parameters";
            MessageLimits.CTA_URL_DISPLAY_TEXT.check(parametersPath + ".display_text",
                    length(FieldReader.required(ctaUrl.displayText(), parametersPath + ".display_text")));
            FieldReader.required(ctaUrl.url(), parametersPath + ".url");
        } else if (action instanceof FlowAction flow) {
            flowIds(flow.flowId() != null, flow.flowName() != null);
            String parametersPath = ACTION + ".parameters";
            MessageLimits.FLOW_CTA.check(parametersPath + ".flow_cta",
                    length(FieldReader.required(flow.cta(), parametersPath + ".flow_cta")));
            oneOf(flow.flowAction(), parametersPath, "flow_action", "navigate", "data_exchange");
        } else if (action instanceof ProductAction product) {
            FieldReader.required(product.catalogId(), ACTION + ".catalog_id");
            FieldReader.required(product.productRetailerId(), ACTION + ".product_retailer_id");
        } else if (action instanceof ProductListAction productList) {
            productList(productList);
        } else if (action instanceof AddressAction address) {
            address(address);
        }
        // a location request, a catalog message and a call permission request have nothing to get wrong
    }

    private static void header(InteractiveHeader header, String interactiveType) {
        String type = headerType(FieldReader.required(header.type(), "interactive.header.type"), interactiveType);
        if ("text".equals(type)) {
            if (header.text() == null || header.media() != null) {
                throw header.text() == null ? InvalidMessageException.required("interactive.header.text")
                        : new InvalidMessageException(
                                "interactive.header.text", "interactive.header.text must be a string");
            }
            MessageLimits.INTERACTIVE_HEADER_TEXT.check("interactive.header.text", length(header.text()));
        } else if (header.media() == null) {
            throw InvalidMessageException.required("interactive.header." + type);
        } else {
            MediaRules.validate(header.media(), null, null, "interactive.header." + type, false, "document".equals(
                    type));
        }
    }

    private static void replyButtons(List<ReplyButton> buttons) {
        MessageLimits.REPLY_BUTTONS.check(ACTION + ".buttons", buttons.size());
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
            String path = path(ACTION + ".buttons", i) + ".reply";
            ReplyButton button = buttons.get(i);
            String id = FieldReader.required(button.id(), path + ".id");
            MessageLimits.REPLY_BUTTON_ID.check(path + ".id", length(id));
            String title = FieldReader.required(button.title(), path + ".title");
            MessageLimits.REPLY_BUTTON_TITLE.check(path + ".title", length(title));
            unique(ids, id, path + ".id");
            unique(titles, title, path + ".title");
        }
    }

    private static void list(ListAction list) {
        MessageLimits.LIST_BUTTON_LABEL.check(ACTION + ".button",
                length(FieldReader.required(list.button(), ACTION + ".button")));
        List<ListSection> sections = list.sections();
        MessageLimits.LIST_SECTIONS.check(ACTION + ".sections", sections.size());
        Set<String> rowIds = new HashSet<>();
        int totalRows = 0;
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(ACTION + ".sections", s);
            ListSection section = sections.get(s);
            sectionTitle(section.title(), sections.size(), sectionPath);
            for (int r = 0; r < section.rows().size(); r++) {
                String rowPath = path(sectionPath + ".rows", r);
                ListRow row = section.rows().get(r);
                String id = FieldReader.required(row.id(), rowPath + ".id");
                MessageLimits.LIST_ROW_ID.check(rowPath + ".id", length(id));
                MessageLimits.LIST_ROW_TITLE.check(rowPath + ".title",
                        length(FieldReader.required(row.title(), rowPath + ".title")));
                if (row.description() != null) {
                    MessageLimits.LIST_ROW_DESCRIPTION.check(rowPath + ".description", length(row.description()));
                }
                unique(rowIds, id, rowPath + ".id");
            }
            totalRows += section.rows().size();
        }
        MessageLimits.LIST_ROWS_TOTAL.check(ACTION + ".sections[].rows", totalRows);
    }

    /** A title is what tells several sections apart; a single section may go without. */
    private static void sectionTitle(String title, int sections, String sectionPath) {
        if (sections > 1) {
            FieldReader.required(title, sectionPath + ".title");
        }
        if (title != null) {
            MessageLimits.LIST_SECTION_TITLE.check(sectionPath + ".title", length(title));
        }
    }

    private static void productList(ProductListAction productList) {
        FieldReader.required(productList.catalogId(), ACTION + ".catalog_id");
        List<ProductSection> sections = productList.sections();
        MessageLimits.LIST_SECTIONS.check(ACTION + ".sections", sections.size());
        MessageLimits.PRODUCT_ITEMS_TOTAL.check(ACTION + ".sections[].product_items",
                sections.stream().mapToInt(section -> section.productRetailerIds().size()).sum());
        for (int s = 0; s < sections.size(); s++) {
            String sectionPath = path(ACTION + ".sections", s);
            sectionTitle(sections.get(s).title(), sections.size(), sectionPath);
            TemplateRules.productItems(sections.get(s), sectionPath);
        }
    }

    private static void address(AddressAction address) {
        String parametersPath = ACTION + ".parameters";
        String country = FieldReader.required(address.country(), parametersPath + ".country");
        Set<String> fields = addressForm(country);
        addressFields(address.values(), parametersPath + ".values", fields, country);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < address.savedAddresses().size(); i++) {
            String path = path(parametersPath + ".saved_addresses", i);
            AddressAction.SavedAddress saved = address.savedAddresses().get(i);
            unique(ids, FieldReader.required(saved.id(), path + ".id"), path + ".id");
            addressFields(saved.value(), path + ".value", fields, country);
        }
        addressFields(address.validationErrors(), parametersPath + ".validation_errors", fields, country);
    }

    private static void addressFields(Map<String, String> values, String valuesPath, Set<String> fields,
                                      String country) {
        values.forEach((field, value) -> addressField(field, fields, country, valuesPath, () -> {
            if (value == null) {
                throw InvalidMessageException.required(path(valuesPath, field));
            }
            return value;
        }));
    }
}
