package dev.camelwhatsapp.cloud.management;

import java.util.List;
import java.util.Objects;

/**
 * A button of a template definition's BUTTONS component.
 *
 * <pre>{@code
 * TemplateButtonDefinition.url("Track", "https://shop.example.com/track/{{1}}", "1234")
 * TemplateButtonDefinition.copyCode("SPRING20")                         // marketing coupon
 * TemplateButtonDefinition.catalog("View catalog")
 * TemplateButtonDefinition.multiProduct("View items")
 * TemplateButtonDefinition.oneTimePassword(OneTimePassword.copyCode())  // authentication
 * TemplateButtonDefinition.oneTimePassword(OneTimePassword.oneTap("Autofill",
 *         new OneTimePassword.SupportedApp("com.example.bank", "K8a/AINcGX7")))
 * }</pre>
 *
 * @param type        the button type
 * @param text        the label
 * @param url         a URL button's URL, possibly ending in one variable ({@code https://example.com/track/{{1}}})
 * @param phoneNumber a PHONE_NUMBER button's number
 * @param examples    example values: the URL variable's, or a COPY_CODE button's code
 * @param otp         how an OTP button delivers the code, or {@code null} for other buttons
 */
public record TemplateButtonDefinition(Type type, String text, String url, String phoneNumber, List<String> examples,
        OneTimePassword otp) {

    /** Button types; {@code OTHER} keeps types this version does not model as read. */
    public enum Type {
        QUICK_REPLY,
        URL,
        PHONE_NUMBER,
        COPY_CODE,
        OTP,
        FLOW,
        CATALOG,
        MPM,
        OTHER
    }

    /** Copies the examples so that the button cannot change after creation. */
    public TemplateButtonDefinition {
        Objects.requireNonNull(type, "type");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }

    /** A button that is not a one-time password button. */
    public TemplateButtonDefinition(Type type, String text, String url, String phoneNumber, List<String> examples) {
        this(type, text, url, phoneNumber, examples, null);
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

    /** The button of a catalog template, which opens the business's catalog. */
    public static TemplateButtonDefinition catalog(String text) {
        return new TemplateButtonDefinition(Type.CATALOG, text, null, null, List.of());
    }

    /** The button of a multi-product (MPM) template; the products are chosen with each send. */
    public static TemplateButtonDefinition multiProduct(String text) {
        return new TemplateButtonDefinition(Type.MPM, text, null, null, List.of());
    }

    /** The one-time password button of an authentication template. */
    public static TemplateButtonDefinition oneTimePassword(OneTimePassword otp) {
        return new TemplateButtonDefinition(Type.OTP, otp.text(), null, null, List.of(), Objects.requireNonNull(otp));
    }
}
