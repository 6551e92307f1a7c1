package dev.camelwhatsapp.cloud.model;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One or more contact cards: {@code [{"name":{…}, "phones":[…], …}]}.
 *
 * <pre>{@code
 * ContactsMessage.of(Contact.builder("Support desk").phone("+44 20 7946 0000", Contact.Label.WORK).build())
 * }</pre>
 *
 * @param contacts the cards, 1 to {@link MessageLimits#CONTACTS}
 */
public record ContactsMessage(List<Contact> contacts) implements OutgoingMessage {

    /** @throws InvalidMessageException when there are no cards, too many, or a card lacks its name */
    public ContactsMessage(List<Contact> contacts) {
        this.contacts = List.copyOf(contacts);
        MessageValidator.contacts(this.contacts);
    }

    public static ContactsMessage of(Contact... contacts) {
        return new ContactsMessage(List.of(contacts));
    }

    @Override
    public String type() {
        return "contacts";
    }

    @Override
    public ArrayNode toGraphJson() {
        ArrayNode array = GraphJson.array();
        contacts.forEach(contact -> array.add(contact.toGraphJson()));
        return array;
    }
}
