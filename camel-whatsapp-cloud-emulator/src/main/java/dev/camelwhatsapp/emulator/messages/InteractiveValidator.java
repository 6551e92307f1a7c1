package dev.camelwhatsapp.emulator.messages;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.MetaErrorCode;
import dev.camelwhatsapp.emulator.server.Json;

/**
 * Meta's limits on interactive messages: reply buttons 1-3 (title 20, id 256), lists of up to 10 sections and
 * 10 rows in total (row title 24, description 72, id 200, button label 20), body 1024, header and footer 60,
 * product lists of up to 30 items in up to 10 sections under a text header, single products without a header,
 * call permission requests, and address messages for India and Singapore with each country's form fields.
 */
final class InteractiveValidator {

    private static final Set<String> TYPES = Set.of("button", "list", "cta_url", "flow", "location_request_message",
            "product", "product_list", "catalog_message", "call_permission_request", "address_message",
            "order_details", "order_status");
    private static final Set<String> ORDER_STATUSES = Set.of("pending", "processing", "partially_shipped", "shipped",
            "completed", "canceled");

    /** Meta's address form fields per supported country. */
    private static final java.util.Map<String, Set<String>> ADDRESS_FORMS = java.util.Map.of(
            "IN", Set.of("name", "phone_number", "in_pin_code", "house_number", "floor_number", "tower_number",
                    "building_name", "address", "landmark_area", "city", "state"),
            "SG", Set.of("name", "phone_number", "sg_post_code", "address", "unit_number", "city"));

    private InteractiveValidator() {
    }

    static void validate(JsonNode interactive) throws GraphApiException {
        String type = Checks.requireText(interactive, "type", "interactive.type");
        if (!TYPES.contains(type)) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param interactive['type'] must be one of " + TYPES);
        }
        if (type.equals("product") && interactive.get("header") != null) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param interactive['header'] is not supported for single product messages");
        }
        checkHeader(interactive.get("header"));
        JsonNode body = interactive.get("body");
        if (body == null) {
            if (!type.equals("product")) {
                throw Checks.missing("interactive.body");
            }
        } else {
            Checks.lengthBetween(Json.text(body, "text"), 1, 1024, "Body text");
        }
        JsonNode footer = interactive.get("footer");
        if (footer != null) {
            Checks.lengthBetween(Json.text(footer, "text"), 1, 60, "Footer text");
        }
        JsonNode action = Checks.requireObject(interactive, "action", "interactive.action");
        switch (type) {
            case "button" -> checkReplyButtons(action);
            case "list" -> checkList(action);
            case "cta_url" -> checkCtaUrl(action);
            case "flow" -> checkFlow(action);
            case "location_request_message" -> requireActionName(action, "send_location");
            case "product" -> {
                Checks.requireText(action, "catalog_id", "interactive.action.catalog_id");
                Checks.requireText(action, "product_retailer_id", "interactive.action.product_retailer_id");
            }
            case "product_list" -> checkProductList(interactive, action);
            case "call_permission_request" -> requireActionName(action, "call_permission_request");
            case "address_message" -> checkAddress(action);
            case "order_details" -> checkOrder(action, "review_and_pay");
            case "order_status" -> {
                checkOrder(action, "review_order");
                String status = Json.text(action.path("parameters").path("order"), "status");
                if (status == null || !ORDER_STATUSES.contains(status)) {
                    throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                            "interactive.action.parameters.order.status must be one of " + ORDER_STATUSES);
                }
            }
            default -> requireActionName(action, "catalog_message");
        }
    }

    /** Payments messages: the action names Meta documents, and the order's reference id. */
    private static void checkOrder(JsonNode action, String name) throws GraphApiException {
        requireActionName(action, name);
        JsonNode parameters = Checks.requireObject(action, "parameters", "interactive.action.parameters");
        Checks.requireText(parameters, "reference_id", "interactive.action.parameters.reference_id");
        Checks.requireObject(parameters, "order", "interactive.action.parameters.order");
    }

    private static void checkHeader(JsonNode header) throws GraphApiException {
        if (header == null) {
            return;
        }
        String type = Checks.requireText(header, "type", "interactive.header.type");
        switch (type) {
            case "text" -> Checks.lengthBetween(Json.text(header, "text"), 1, 60, "Header text");
            case "image", "video", "document" -> {
                JsonNode media = Checks.requireObject(header, type, "interactive.header." + type);
                String link = Json.text(media, "link");
                if (link != null) {
                    Checks.httpsLink(link, "interactive.header." + type + ".link");
                } else if (Json.text(media, "id") == null) {
                    throw Checks.missing("interactive.header." + type + ".id");
                }
            }
            default -> throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param interactive['header']['type'] must be one of {text, image, video, document}");
        }
    }

    private static void checkReplyButtons(JsonNode action) throws GraphApiException {
        JsonNode buttons = Checks.requireArray(action, "buttons", "interactive.action.buttons");
        Checks.countBetween(buttons.size(), 1, 3, "buttons");
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (JsonNode button : buttons) {
            if (!"reply".equals(Json.text(button, "type"))) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                        "Param interactive['action']['buttons'][]['type'] must be 'reply'");
            }
            JsonNode reply = Checks.requireObject(button, "reply", "interactive.action.buttons[].reply");
            String id = Json.text(reply, "id");
            String title = Json.text(reply, "title");
            Checks.lengthBetween(id, 1, 256, "Button id");
            Checks.lengthBetween(title, 1, 20, "Button title");
            if (!ids.add(id) || !titles.add(title)) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                        "Buttons must have unique ids and titles");
            }
        }
    }

    private static void checkList(JsonNode action) throws GraphApiException {
        Checks.lengthBetween(Json.text(action, "button"), 1, 20, "Button label");
        JsonNode sections = Checks.requireArray(action, "sections", "interactive.action.sections");
        Checks.countBetween(sections.size(), 1, 10, "sections");
        int rows = 0;
        Set<String> rowIds = new HashSet<>();
        for (JsonNode section : sections) {
            String title = Json.text(section, "title");
            if (sections.size() > 1 || title != null) {
                Checks.lengthBetween(title, 1, 24, "Section title");
            }
            JsonNode sectionRows = Checks.requireArray(section, "rows", "interactive.action.sections[].rows");
            for (JsonNode row : sectionRows) {
                rows++;
                String id = Json.text(row, "id");
                Checks.lengthBetween(id, 1, 200, "Row id");
                Checks.lengthBetween(Json.text(row, "title"), 1, 24, "Row title");
                String description = Json.text(row, "description");
                if (description != null) {
                    Checks.lengthBetween(description, 0, 72, "Row description");
                }
                if (!rowIds.add(id)) {
                    throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE, "Row ids must be unique");
                }
            }
        }
        Checks.countBetween(rows, 1, 10, "rows");
    }

    private static void checkCtaUrl(JsonNode action) throws GraphApiException {
        requireActionName(action, "cta_url");
        JsonNode parameters = Checks.requireObject(action, "parameters", "interactive.action.parameters");
        Checks.lengthBetween(Json.text(parameters, "display_text"), 1, 20, "Display text");
        String url = Checks.requireText(parameters, "url", "interactive.action.parameters.url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Param interactive.action.parameters.url must be an http(s) URL");
        }
    }

    private static void checkFlow(JsonNode action) throws GraphApiException {
        requireActionName(action, "flow");
        JsonNode parameters = Checks.requireObject(action, "parameters", "interactive.action.parameters");
        if (Json.text(parameters, "flow_id") == null && Json.text(parameters, "flow_name") == null) {
            throw Checks.missing("interactive.action.parameters.flow_id");
        }
        Checks.lengthBetween(Json.text(parameters, "flow_cta"), 1, 20, "Flow CTA");
    }

    private static void checkProductList(JsonNode interactive, JsonNode action) throws GraphApiException {
        if (interactive.get("header") == null) {
            throw Checks.missing("interactive.header");
        }
        if (!"text".equals(Json.text(interactive.get("header"), "type"))) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param interactive['header']['type'] must be 'text' for multi product messages");
        }
        Checks.requireText(action, "catalog_id", "interactive.action.catalog_id");
        JsonNode sections = Checks.requireArray(action, "sections", "interactive.action.sections");
        Checks.countBetween(sections.size(), 1, 10, "sections");
        int items = 0;
        for (JsonNode section : sections) {
            String title = Json.text(section, "title");
            if (sections.size() > 1 || title != null) {
                Checks.lengthBetween(title, 1, 24, "Section title");
            }
            JsonNode products = Checks.requireArray(section, "product_items",
                    "interactive.action.sections[].product_items");
            for (JsonNode product : products) {
                Checks.requireText(product, "product_retailer_id",
                        "interactive.action.sections[].product_items[].product_retailer_id");
            }
            items += products.size();
        }
        Checks.countBetween(items, 1, 30, "product_items");
    }

    private static void checkAddress(JsonNode action) throws GraphApiException {
        requireActionName(action, "address_message");
        JsonNode parameters = Checks.requireObject(action, "parameters", "interactive.action.parameters");
        String country = Checks.requireText(parameters, "country", "interactive.action.parameters.country");
        Set<String> form = ADDRESS_FORMS.get(country);
        if (form == null) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                    "Address messages are only supported for IN and SG, not " + country);
        }
        checkAddressFields(parameters.get("values"), form);
        checkAddressFields(parameters.get("validation_errors"), form);
        JsonNode saved = parameters.get("saved_addresses");
        if (saved != null) {
            for (JsonNode address : saved) {
                Checks.requireText(address, "id", "interactive.action.parameters.saved_addresses[].id");
                checkAddressFields(Checks.requireObject(address, "value",
                        "interactive.action.parameters.saved_addresses[].value"), form);
            }
        }
    }

    private static void checkAddressFields(JsonNode fields, Set<String> form) throws GraphApiException {
        if (fields == null) {
            return;
        }
        for (var names = fields.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!form.contains(name)) {
                throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER_VALUE,
                        "Unknown address field " + name);
            }
            if (name.endsWith("_code")) {
                Checks.lengthBetween(fields.get(name).asText(), 1, 6, "Postal code");
            }
        }
    }

    private static void requireActionName(JsonNode action, String expected) throws GraphApiException {
        if (!expected.equals(Json.text(action, "name"))) {
            throw GraphApiException.of(MetaErrorCode.INVALID_PARAMETER,
                    "Param interactive['action']['name'] must be '" + expected + "'");
        }
    }
}
