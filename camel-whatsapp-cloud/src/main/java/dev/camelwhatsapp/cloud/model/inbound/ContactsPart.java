package dev.camelwhatsapp.cloud.model.inbound;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Contact cards the user shared (message type {@code contacts}). Not to be confused with
 * {@link InboundMessage#contact()}, the sender's own profile.
 *
 * @param cards the shared cards, in the order sent
 */
public record ContactsPart(List<ContactCard> cards) implements MessagePart {

    /**
     * Creates the record; the list is copied so the caller cannot change it afterwards.
     *
     * @param cards the shared cards, in the order sent
     */
    public ContactsPart {
        cards = List.copyOf(cards);
    }

    /**
     * One shared contact card. Addresses, organisation, birthday and URLs are in {@link #json()}.
     *
     * @param formattedName the full name as displayed
     * @param firstName     first name, or {@code null}
     * @param lastName      last name, or {@code null}
     * @param phones        phone numbers of the card
     * @param emails        e-mail addresses of the card
     * @param json          the whole card object
     */
    public record ContactCard(String formattedName, String firstName, String lastName, List<Phone> phones,
            List<Email> emails, JsonNode json) {

        /**
         * Creates the card; the lists are copied so the caller cannot change it afterwards.
         *
         * @param formattedName the full name as displayed
         * @param firstName     first name, or {@code null}
         * @param lastName      last name, or {@code null}
         * @param phones        phone numbers of the card
         * @param emails        e-mail addresses of the card
         * @param json          the whole card object
         */
        public ContactCard {
            phones = List.copyOf(phones);
            emails = List.copyOf(emails);
        }
    }

    /**
     * A phone number of a contact card.
     *
     * @param phone the number as written on the card
     * @param waId  the WhatsApp id of the number, when it has WhatsApp
     * @param type  the label, for example {@code MOBILE} or {@code HOME}
     */
    public record Phone(String phone, String waId, String type) {
    }

    /**
     * An e-mail address of a contact card.
     *
     * @param email the address
     * @param type  the label, for example {@code WORK}
     */
    public record Email(String email, String type) {
    }
}
