package dev.camelwhatsapp.cloud.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A contact card sent in a {@link ContactsMessage}.
 *
 * <pre>{@code
 * Contact.builder("John Smith").firstName("John").lastName("Smith")
 *         .phone("+1 (650) 555-1234", Contact.Label.WORK, "16505551234")
 *         .email("john@example.com", Contact.Label.WORK)
 *         .organization("Example Ltd", "Support", "Manager")
 *         .build()
 * }</pre>
 *
 * @param name         the person's name; {@code formatted_name} is required
 * @param birthday     the birthday, or {@code null}
 * @param organization where the person works, or {@code null}
 * @param addresses    postal addresses
 * @param emails       e-mail addresses
 * @param phones       phone numbers
 * @param urls         web addresses
 */
public record Contact(
        Name name, LocalDate birthday, Organization organization, List<Address> addresses, List<Email> emails,
        List<Phone> phones, List<Url> urls) {

    public Contact {
        addresses = List.copyOf(addresses);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        urls = List.copyOf(urls);
    }

    /** Starts a card for the name shown in the chat ({@code name.formatted_name}). */
    public static Builder builder(String formattedName) {
        return new Builder(formattedName);
    }

    ObjectNode toGraphJson() {
        ObjectNode contact = GraphJson.object();
        if (!addresses.isEmpty()) {
            ArrayNode array = contact.putArray("addresses");
            addresses.forEach(address -> array.add(address.toGraphJson()));
        }
        if (birthday != null) {
            contact.put("birthday", birthday.toString()); // ISO yyyy-MM-dd, as Meta expects
        }
        if (!emails.isEmpty()) {
            ArrayNode array = contact.putArray("emails");
            emails.forEach(email -> array.add(labelled(GraphJson.object().put("email", email.email()), email.label())));
        }
        contact.set("name", name == null ? GraphJson.object() : name.toGraphJson());
        if (organization != null) {
            contact.set("org", organization.toGraphJson());
        }
        if (!phones.isEmpty()) {
            ArrayNode array = contact.putArray("phones");
            phones.forEach(phone -> array.add(GraphJson.putIfPresent(
                    labelled(GraphJson.object().put("phone", phone.phone()), phone.label()), "wa_id", phone.waId())));
        }
        if (!urls.isEmpty()) {
            ArrayNode array = contact.putArray("urls");
            urls.forEach(url -> array.add(labelled(GraphJson.object().put("url", url.url()), url.label())));
        }
        return contact;
    }

    private static ObjectNode labelled(ObjectNode node, Label label) {
        return label == null ? node : node.put("type", label.name());
    }

    /** Whether an address, phone, e-mail or URL is private or for work. */
    public enum Label {
        HOME,
        WORK
    }

    /** A name; WhatsApp shows {@code formattedName}. Other parts may be {@code null}. */
    public record Name(
            String formattedName, String firstName, String lastName, String middleName, String prefix, String suffix) {

        ObjectNode toGraphJson() {
            ObjectNode node = GraphJson.object();
            GraphJson.putIfPresent(node, "formatted_name", formattedName);
            GraphJson.putIfPresent(node, "first_name", firstName);
            GraphJson.putIfPresent(node, "last_name", lastName);
            GraphJson.putIfPresent(node, "middle_name", middleName);
            GraphJson.putIfPresent(node, "prefix", prefix);
            return GraphJson.putIfPresent(node, "suffix", suffix);
        }
    }

    /** An employer; any part may be {@code null}. */
    public record Organization(String company, String department, String title) {

        ObjectNode toGraphJson() {
            ObjectNode node = GraphJson.object();
            GraphJson.putIfPresent(node, "company", company);
            GraphJson.putIfPresent(node, "department", department);
            return GraphJson.putIfPresent(node, "title", title);
        }
    }

    /** A phone number as written, with the WhatsApp id it belongs to when known (adds a "Message" button). */
    public record Phone(String phone, Label label, String waId) {
    }

    public record Email(String email, Label label) {
    }

    public record Url(String url, Label label) {
    }

    /** A postal address; any part may be {@code null}. {@code countryCode} is the ISO 3166 alpha-2 code. */
    public record Address(
            String street, String city, String state, String zip, String country, String countryCode, Label label) {

        ObjectNode toGraphJson() {
            ObjectNode node = GraphJson.object();
            GraphJson.putIfPresent(node, "street", street);
            GraphJson.putIfPresent(node, "city", city);
            GraphJson.putIfPresent(node, "state", state);
            GraphJson.putIfPresent(node, "zip", zip);
            GraphJson.putIfPresent(node, "country", country);
            GraphJson.putIfPresent(node, "country_code", countryCode);
            return labelled(node, label);
        }
    }

    /** Builds a {@link Contact}. */
    public static final class Builder {
        private final String formattedName;
        private String firstName;
        private String lastName;
        private String middleName;
        private String prefix;
        private String suffix;
        private LocalDate birthday;
        private Organization organization;
        private final List<Address> addresses = new ArrayList<>();
        private final List<Email> emails = new ArrayList<>();
        private final List<Phone> phones = new ArrayList<>();
        private final List<Url> urls = new ArrayList<>();

        private Builder(String formattedName) {
            this.formattedName = formattedName;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder middleName(String middleName) {
            this.middleName = middleName;
            return this;
        }

        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public Builder birthday(LocalDate birthday) {
            this.birthday = birthday;
            return this;
        }

        public Builder organization(String company, String department, String title) {
            this.organization = new Organization(company, department, title);
            return this;
        }

        public Builder address(Address address) {
            addresses.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        public Builder email(String email, Label label) {
            emails.add(new Email(email, label));
            return this;
        }

        public Builder phone(String phone, Label label) {
            return phone(phone, label, null);
        }

        /** A phone number with the WhatsApp id it belongs to. */
        public Builder phone(String phone, Label label, String waId) {
            phones.add(new Phone(phone, label, waId));
            return this;
        }

        public Builder url(String url, Label label) {
            urls.add(new Url(url, label));
            return this;
        }

        public Contact build() {
            return new Contact(
                    new Name(formattedName, firstName, lastName, middleName, prefix, suffix),
                    birthday, organization, addresses, emails, phones, urls);
        }
    }
}
