package dev.camelwhatsapp.cloud.model.inbound;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The user's answer to an interactive message: a reply button, a list row, a submitted flow or a call permission
 * request. Exactly one of the replies is set, the one named by {@link #type()}; all are {@code null} for a reply kind
 * this model does not know (its JSON is in the message's {@code json()}).
 *
 * @param type                {@code button_reply}, {@code list_reply}, {@code nfm_reply} or
 *                            {@code call_permission_reply}
 * @param buttonReply         the tapped reply button, or {@code null}
 * @param listReply           the chosen list row, or {@code null}
 * @param nfmReply            the submitted flow or address form, or {@code null}
 * @param callPermissionReply the answer to a call permission request, or {@code null}
 */
public record InteractivePart(String type, ButtonReply buttonReply, ListReply listReply, NfmReply nfmReply,
        CallPermissionReply callPermissionReply) implements MessagePart {

    /**
     * A tapped reply button.
     *
     * @param id    the id the business gave the button
     * @param title the button label
     */
    public record ButtonReply(String id, String title) {
    }

    /**
     * A chosen row of a list message.
     *
     * @param id          the id the business gave the row
     * @param title       the row title
     * @param description the row description, or {@code null}
     */
    public record ListReply(String id, String title, String description) {
    }

    /**
     * A submitted WhatsApp Flow ("native flow message" reply).
     *
     * @param name         the reply name, usually {@code flow}
     * @param body         the text shown in the chat, usually {@code Sent}
     * @param responseJson the flow's answer exactly as sent, a JSON document inside a string
     * @param response     {@code responseJson} parsed, or {@code null} if it is not valid JSON
     */
    public record NfmReply(String name, String body, String responseJson, JsonNode response) {

        /**
         * @return the address the user submitted when this answers an address message (name {@code address_message}),
         *         or {@code null} for any other reply
         */
        public AddressReply address() {
            if (!"address_message".equals(name) || response == null || !response.isObject()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            response.path("values").fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()
                    .asText()));
            JsonNode saved = response.get("saved_address_id");
            return new AddressReply(saved == null || saved.isNull() ? null : saved.asText(), values);
        }
    }

    /**
     * The answer to an address message.
     *
     * @param savedAddressId the id of the saved address the user picked, or {@code null} when they typed one
     * @param values         the address fields, by field name (e.g. {@code in_pin_code}, {@code city})
     */
    public record AddressReply(String savedAddressId, Map<String, String> values) {

        public AddressReply {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * The user's answer to a call permission request.
     *
     * @param response            {@code accept} or {@code reject}
     * @param permanent           whether the permission is permanent
     * @param expirationTimestamp when a temporary permission expires, or {@code null}
     * @param responseSource      {@code user_action} or {@code automatic}, or {@code null}
     */
    public record CallPermissionReply(String response, boolean permanent, Instant expirationTimestamp,
            String responseSource) {
    }
}
