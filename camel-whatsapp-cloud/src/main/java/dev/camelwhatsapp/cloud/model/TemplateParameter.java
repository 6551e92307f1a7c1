package dev.camelwhatsapp.cloud.model;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A value filled into a template's header or body.
 *
 * <pre>{@code
 * TemplateParameter.text("Ann")
 * TemplateParameter.text("Ann").named("first_name")        // for templates with named parameters
 * TemplateParameter.currency("$100.99", "USD", 100_990)
 * TemplateParameter.dateTime("February 25, 1977")
 * TemplateParameter.image(MediaSource.link("https://example.com/header.png"))
 * }</pre>
 */
public sealed interface TemplateParameter {

    /** @return the parameter {@code type}, e.g. {@code text} */
    String type();

    /** @return a new tree holding the parameter object */
    ObjectNode toGraphJson();

    static Text text(String text) {
        return new Text(text, null);
    }

    /** A money amount; {@code amount1000} is the amount times 1000 (100990 for 100.99). */
    static Currency currency(String fallbackValue, String currencyCode, long amount1000) {
        return new Currency(fallbackValue, currencyCode, amount1000, null);
    }

    /** A date and time; Cloud API always shows the fallback value as given. */
    static DateTime dateTime(String fallbackValue) {
        return new DateTime(fallbackValue, null);
    }

    static Media image(MediaSource source) {
        return new Media(MediaKind.IMAGE, source, null);
    }

    static Media video(MediaSource source) {
        return new Media(MediaKind.VIDEO, source, null);
    }

    static Media document(MediaSource source) {
        return new Media(MediaKind.DOCUMENT, source, null);
    }

    /** A location header; name and address may be {@code null}. */
    static Location location(double latitude, double longitude, String name, String address) {
        return new Location(latitude, longitude, name, address);
    }

    /** Starts a parameter object carrying the type and, for named templates, the parameter name. */
    private static ObjectNode parameter(String type, String parameterName) {
        return GraphJson.putIfPresent(GraphJson.object().put("type", type), "parameter_name", parameterName);
    }

    /**
     * Text, e.g. a name or an order number.
     *
     * @param text          the value
     * @param parameterName the template's name for this parameter, or {@code null} when positional
     */
    record Text(String text, String parameterName) implements TemplateParameter {

        /** @return a copy filling the template parameter {@code {{name}}} */
        public Text named(String parameterName) {
            return new Text(text, parameterName);
        }

        @Override
        public String type() {
            return "text";
        }

        @Override
        public ObjectNode toGraphJson() {
            return GraphJson.putIfPresent(parameter(type(), parameterName), "text", text);
        }
    }

    /**
     * A money amount.
     *
     * @param fallbackValue the text shown, e.g. {@code $100.99}
     * @param code          the ISO 4217 currency code
     * @param amount1000    the amount times 1000
     * @param parameterName the template's name for this parameter, or {@code null} when positional
     */
    record Currency(String fallbackValue, String code, long amount1000, String parameterName)
            implements
                TemplateParameter {

        public Currency named(String parameterName) {
            return new Currency(fallbackValue, code, amount1000, parameterName);
        }

        @Override
        public String type() {
            return "currency";
        }

        @Override
        public ObjectNode toGraphJson() {
            ObjectNode node = parameter(type(), parameterName);
            ObjectNode currency = GraphJson.putIfPresent(node.putObject("currency"), "fallback_value", fallbackValue);
            GraphJson.putIfPresent(currency, "code", code).put("amount_1000", amount1000);
            return node;
        }
    }

    /**
     * A date and time, shown as {@code fallbackValue}.
     *
     * @param fallbackValue the text shown
     * @param parameterName the template's name for this parameter, or {@code null} when positional
     */
    record DateTime(String fallbackValue, String parameterName) implements TemplateParameter {

        public DateTime named(String parameterName) {
            return new DateTime(fallbackValue, parameterName);
        }

        @Override
        public String type() {
            return "date_time";
        }

        @Override
        public ObjectNode toGraphJson() {
            ObjectNode node = parameter(type(), parameterName);
            GraphJson.putIfPresent(node.putObject("date_time"), "fallback_value", fallbackValue);
            return node;
        }
    }

    /**
     * An image, video or document header.
     *
     * @param kind     image, video or document
     * @param source   the media id or HTTPS link
     * @param filename the file name shown for a document, or {@code null}
     */
    record Media(MediaKind kind, MediaSource source, String filename) implements TemplateParameter {

        public Media {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
        }

        /** @return a copy showing this file name; documents only */
        public Media filename(String filename) {
            return new Media(kind, source, filename);
        }

        @Override
        public String type() {
            return kind.graphType();
        }

        @Override
        public ObjectNode toGraphJson() {
            ObjectNode node = parameter(type(), null);
            node.set(type(), GraphJson.putIfPresent(source.toGraphJson(), "filename", filename));
            return node;
        }
    }

    /**
     * A location header.
     *
     * @param latitude  degrees, -90 to 90
     * @param longitude degrees, -180 to 180
     * @param name      the place's name, or {@code null}
     * @param address   the place's address, or {@code null}
     */
    record Location(double latitude, double longitude, String name, String address) implements TemplateParameter {

        @Override
        public String type() {
            return "location";
        }

        @Override
        public ObjectNode toGraphJson() {
            ObjectNode node = parameter(type(), null);
            ObjectNode location = node.putObject("location").put("latitude", latitude).put("longitude", longitude);
            GraphJson.putIfPresent(location, "name", name);
            GraphJson.putIfPresent(location, "address", address);
            return node;
        }
    }
}
