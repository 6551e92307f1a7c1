package dev.camelwhatsapp.cloud.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An interactive message: reply buttons, a list, a URL button, a Flow, a location request, catalog products,
 * a call permission request or an address form, with an optional header and footer.
 *
 * <pre>{@code
 * InteractiveMessage.buttons("Keep your 10:00 appointment?").button("keep", "Keep").button("move", "Move").build()
 * InteractiveMessage.list("Pick a time", "Times").section("Morning", ListRow.of("0900", "09:00")).build()
 * InteractiveMessage.ctaUrl("Your invoice is ready", "Open invoice", "https://example.com/i/1234")
 * InteractiveMessage.flow("Book your table", FlowAction.byId("1234567890", "Book"))
 * InteractiveMessage.locationRequest("Where should we deliver?").footer("Tap Send location")
 * InteractiveMessage.product("1537266923812345", "SKU-SHIRT-M").body("Back in stock")
 * InteractiveMessage.productList("Summer picks", "Our favourites this week", "1537266923812345")
 *         .section("Shirts", "SKU-SHIRT-S", "SKU-SHIRT-M").section("Hats", "SKU-HAT-1").build()
 * InteractiveMessage.catalog("Browse our spring collection", "SKU-SHIRT-M")
 * InteractiveMessage.callPermissionRequest("May we call you about your order?")
 * InteractiveMessage.address("Where should we deliver?", AddressAction.of("IN").value("name", "Ann"))
 * }</pre>
 *
 * @param header the header, or {@code null}
 * @param body   the message text
 * @param footer the footer text, or {@code null}
 * @param action what the user can do; decides the interactive {@code type}
 */
public record InteractiveMessage(InteractiveHeader header, String body, String footer, InteractiveAction action)
        implements
            OutgoingMessage {

    /** @throws InvalidMessageException when a text is too long, a count is out of range or a field is missing */
    public InteractiveMessage(InteractiveHeader header, String body, String footer, InteractiveAction action) {
        this.header = header;
        this.body = body;
        this.footer = footer;
        this.action = Objects.requireNonNull(action, "action");
        InteractiveRules.validate(this);
    }

    /** Starts a message with 1 to 3 reply buttons. */
    public static ButtonsBuilder buttons(String body) {
        return new ButtonsBuilder(body);
    }

    /** Starts a list message; {@code buttonLabel} is the button that opens the list. */
    public static ListBuilder list(String body, String buttonLabel) {
        return new ListBuilder(body, buttonLabel);
    }

    /** A message with one button that opens {@code url}. */
    public static InteractiveMessage ctaUrl(String body, String displayText, String url) {
        return new InteractiveMessage(null, body, null, new CtaUrlAction(displayText, url));
    }

    /** A message with a button that opens a WhatsApp Flow. */
    public static InteractiveMessage flow(String body, FlowAction flow) {
        return new InteractiveMessage(null, body, null, flow);
    }

    /** A message asking the user to share their location. */
    public static InteractiveMessage locationRequest(String body) {
        return new InteractiveMessage(null, body, null, new LocationRequestAction());
    }

    /**
     * A single-product message showing one catalog product. The body is optional and a header is not allowed.
     *
     * @param catalogId         the catalog connected to the business account
     * @param productRetailerId the product's retailer id (SKU)
     */
    public static InteractiveMessage product(String catalogId, String productRetailerId) {
        return new InteractiveMessage(null, null, null, new ProductAction(catalogId, productRetailerId));
    }

    /**
     * Starts a multi-product message; WhatsApp requires its text header.
     *
     * @param header    the header text
     * @param body      the message text
     * @param catalogId the catalog connected to the business account
     */
    public static ProductListBuilder productList(String header, String body, String catalogId) {
        return new ProductListBuilder(header, body, catalogId);
    }

    /**
     * A message with a button that opens the business's catalog.
     *
     * @param thumbnailProductRetailerId the product whose image heads the message, or {@code null} for the first one
     */
    public static InteractiveMessage catalog(String body, String thumbnailProductRetailerId) {
        return new InteractiveMessage(null, body, null, new CatalogAction(thumbnailProductRetailerId));
    }

    /** A message asking the user for permission to call them. */
    public static InteractiveMessage callPermissionRequest(String body) {
        return new InteractiveMessage(null, body, null, new CallPermissionRequestAction());
    }

    /** A message asking the user to fill in a delivery address (India and Singapore only). */
    public static InteractiveMessage address(String body, AddressAction form) {
        return new InteractiveMessage(null, body, null, form);
    }

    /** @return a copy with this body text */
    public InteractiveMessage body(String body) {
        return new InteractiveMessage(header, body, footer, action);
    }

    /** @return a copy with this header */
    public InteractiveMessage header(InteractiveHeader header) {
        return new InteractiveMessage(header, body, footer, action);
    }

    /** @return a copy with this footer */
    public InteractiveMessage footer(String footer) {
        return new InteractiveMessage(header, body, footer, action);
    }

    @Override
    public String type() {
        return "interactive";
    }

    @Override
    public ObjectNode toGraphJson() {
        ObjectNode interactive = GraphJson.object().put("type", action.interactiveType());
        if (header != null) {
            interactive.set("header", header.toGraphJson());
        }
        if (body != null) {
            interactive.putObject("body").put("text", body);
        }
        if (footer != null) {
            interactive.putObject("footer").put("text", footer);
        }
        interactive.set("action", action.toGraphJson());
        return interactive;
    }

    /** Builds an interactive {@code button} message. */
    public static final class ButtonsBuilder {
        private final String body;
        private final List<ReplyButton> buttons = new ArrayList<>();
        private InteractiveHeader header;
        private String footer;

        private ButtonsBuilder(String body) {
            this.body = body;
        }

        public ButtonsBuilder header(InteractiveHeader header) {
            this.header = header;
            return this;
        }

        public ButtonsBuilder footer(String footer) {
            this.footer = footer;
            return this;
        }

        /** Adds a reply button; the user's answer carries {@code id}. */
        public ButtonsBuilder button(String id, String title) {
            buttons.add(new ReplyButton(id, title));
            return this;
        }

        /** @throws InvalidMessageException when the message breaks a WhatsApp rule */
        public InteractiveMessage build() {
            return new InteractiveMessage(header, body, footer, new ReplyButtonsAction(buttons));
        }
    }

    /** Builds an interactive {@code list} message. */
    public static final class ListBuilder {
        private final String body;
        private final String buttonLabel;
        private final List<ListSection> sections = new ArrayList<>();
        private String headerText;
        private String footer;

        private ListBuilder(String body, String buttonLabel) {
            this.body = body;
            this.buttonLabel = buttonLabel;
        }

        /** A list message's header can only be text. */
        public ListBuilder header(String text) {
            this.headerText = text;
            return this;
        }

        public ListBuilder footer(String footer) {
            this.footer = footer;
            return this;
        }

        /** Adds a section; {@code title} may be {@code null} when the list has a single section. */
        public ListBuilder section(String title, ListRow... rows) {
            sections.add(ListSection.of(title, rows));
            return this;
        }

        /** @throws InvalidMessageException when the message breaks a WhatsApp rule */
        public InteractiveMessage build() {
            InteractiveHeader header = headerText == null ? null : InteractiveHeader.text(headerText);
            return new InteractiveMessage(header, body, footer, new ListAction(buttonLabel, sections));
        }
    }

    /** Builds an interactive {@code product_list} message. */
    public static final class ProductListBuilder {
        private final String header;
        private final String body;
        private final String catalogId;
        private final List<ProductSection> sections = new ArrayList<>();
        private String footer;

        private ProductListBuilder(String header, String body, String catalogId) {
            this.header = header;
            this.body = body;
            this.catalogId = catalogId;
        }

        public ProductListBuilder footer(String footer) {
            this.footer = footer;
            return this;
        }

        /** Adds a section; {@code title} may be {@code null} when the list has a single section. */
        public ProductListBuilder section(String title, String... productRetailerIds) {
            sections.add(ProductSection.of(title, productRetailerIds));
            return this;
        }

        /** @throws InvalidMessageException when the message breaks a WhatsApp rule */
        public InteractiveMessage build() {
            InteractiveHeader textHeader = header == null ? null : InteractiveHeader.text(header);
            return new InteractiveMessage(textHeader, body, footer, new ProductListAction(catalogId, sections));
        }
    }
}
