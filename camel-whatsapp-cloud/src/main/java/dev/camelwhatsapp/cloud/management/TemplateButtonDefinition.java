package dev.camelwhatsapp.cloud.management;

import java.util.List;
import java.util.Objects;

/**
 * A button of a template definition's BUTTONS component.
 *
 * @param type        the button type
 * @param text        the label
 * @param url         a URL button's URL, possibly ending in one variable ({@code https://example.com/track/{{1}}})
 * @param phoneNumber a PHONE_NUMBER button's number
 * @param examples    example values: the URL variable's, or a COPY_CODE button's code
 */
public record TemplateButtonDefinition(Type type, String text, String url, String phoneNumber, List<String> examples) {

    /** Button types; {@code OTHER} keeps types this version does not model (FLOW, MPM, CATALOG, …) as read. */
    public enum Type {
        QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, OTHER
    }

    /** Copies the examples so that the button cannot change after creation. */
    public TemplateButtonDefinition {
        Objects.requireNonNull(type, "type");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    public static TemplateButtonDefinition quickReply(String text) {
        return new TemplateButtonDefinition(Type.QUICK_REPLY, text, null, null, List.of());
    }

    /** A URL button; give an example when the URL ends in a variable. */
    public static TemplateButtonDefinition url(String text, String url, String... examples) {
        return new TemplateButtonDefinition(Type.URL, text, url, null, List.of(examples));
    }

    public static TemplateButtonDefinition phoneNumber(String text, String phoneNumber) {
        return new TemplateButtonDefinition(Type.PHONE_NUMBER, text, null, phoneNumber, List.of());
    }

    /** A copy-code button (marketing coupon) with an example code. */
    public static TemplateButtonDefinition copyCode(String exampleCode) {
        return new TemplateButtonDefinition(Type.COPY_CODE, "Copy offer code", null, null, List.of(exampleCode));
    }
}
