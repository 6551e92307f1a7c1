package dev.camelwhatsapp.cloud.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Asks the user for a delivery address in a form WhatsApp shows, for an interactive {@code address_message}. Meta
 * offers it only to businesses in India ({@code IN}) and Singapore ({@code SG}) writing to users of the same country;
 * the fields each country's form knows are in {@link MessageLimits#ADDRESS_FIELDS}. The submitted address arrives as
 * an interactive {@code nfm_reply} named {@code address_message}.
 *
 * <pre>{@code
 * AddressAction.of("IN").value("name", "Ann").value("phone_number", "+919000000000")
 * AddressAction.of("SG").savedAddress("home", Map.of("name", "Ann", "sg_post_code", "018956", …))
 * }</pre>
 *
 * @param country          {@code IN} or {@code SG}
 * @param values           fields to pre-fill, by field name; empty when none
 * @param savedAddresses   addresses the user may pick instead of typing one; empty when none
 * @param validationErrors messages to show next to fields when asking again after a rejected address; empty when none
 */
public record AddressAction(String country, Map<String, String> values, List<SavedAddress> savedAddresses,
        Map<String, String> validationErrors) implements InteractiveAction {

    public AddressAction {
        values = copy(values);
        savedAddresses = savedAddresses == null ? List.of() : List.copyOf(savedAddresses);
        validationErrors = copy(validationErrors);
    }

    /** An empty form for {@code country} ({@code IN} or {@code SG}). */
    public static AddressAction of(String country) {
        return new AddressAction(country, Map.of(), List.of(), Map.of());
    }

    /** @return a copy pre-filling {@code field} with {@code value} */
    public AddressAction value(String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(field, value);
        return new AddressAction(country, copy, savedAddresses, validationErrors);
    }

    /** @return a copy offering a saved address, identified by {@code id} in the user's answer */
    public AddressAction savedAddress(String id, Map<String, String> address) {
        List<SavedAddress> copy = new ArrayList<>(savedAddresses);
        copy.add(new SavedAddress(id, address));
        return new AddressAction(country, values, copy, validationErrors);
    }

    /** @return a copy showing {@code message} next to {@code field} */
    public AddressAction validationError(String field, String message) {
        Map<String, String> copy = new LinkedHashMap<>(validationErrors);
        copy.put(field, message);
        return new AddressAction(country, values, savedAddresses, copy);
    }

    @Override
    public String interactiveType() {
        return "address_message";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode action = GraphJson.object().put("name", "address_message");
        ObjectNode parameters = GraphJson.putIfPresent(action.putObject("parameters"), "country", country);
        if (!values.isEmpty()) {
            parameters.set("values", GraphJson.tree(values));
        }
        if (!savedAddresses.isEmpty()) {
            ArrayNode saved = parameters.putArray("saved_addresses");
            for (SavedAddress address : savedAddresses) {
                ObjectNode node = GraphJson.putIfPresent(saved.addObject(), "id", address.id());
                node.set("value", GraphJson.tree(address.value()));
            }
        }
        if (!validationErrors.isEmpty()) {
            parameters.set("validation_errors", GraphJson.tree(validationErrors));
        }
        return action;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        // keeps the caller's order so the JSON sent is deterministic
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * An address the user saved with the business before.
     *
     * @param id    returned as {@code saved_address_id} when the user picks it
     * @param value the address fields, by field name
     */
    public record SavedAddress(String id, Map<String, String> value) {

        public SavedAddress {
            value = copy(value);
        }
    }
}
