package dev.camelwhatsapp.cloud.model;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every number WhatsApp's Cloud API puts on an outbound message, each defined once, and the numbers Meta puts on
 * the rich template definitions (carousel cards, limited-time offers, one-time password buttons) that the template
 * linter checks.
 *
 * <p>Typed messages and {@link MessageValidator} read the message bounds, the template linter the definition bounds;
 * the sending guide's limits table is checked against this enum by a test, so documentation and code cannot drift.
 * Text lengths count Unicode code points, so an emoji counts as one character as it does on the user's screen.
 */
public enum MessageLimits {

    RECIPIENT_DIGITS("to", Unit.DIGITS, 7, 15),
    RECIPIENT_USER_ID("recipient", Unit.CHARACTERS, 1, 128),
    TEXT_BODY("text.body", Unit.CHARACTERS, 1, 4096),
    MEDIA_CAPTION("<media>.caption", Unit.CHARACTERS, 0, 1024),
    LATITUDE("location.latitude", Unit.DEGREES, -90, 90),
    LONGITUDE("location.longitude", Unit.DEGREES, -180, 180),
    CONTACTS("contacts", Unit.ITEMS, 1, 5),
    INTERACTIVE_HEADER_TEXT("interactive.header.text", Unit.CHARACTERS, 1, 60),
    INTERACTIVE_BODY_TEXT("interactive.body.text", Unit.CHARACTERS, 1, 1024),
    INTERACTIVE_FOOTER_TEXT("interactive.footer.text", Unit.CHARACTERS, 1, 60),
    REPLY_BUTTONS("interactive.action.buttons", Unit.ITEMS, 1, 3),
    REPLY_BUTTON_ID("interactive.action.buttons[].reply.id", Unit.CHARACTERS, 1, 256),
    REPLY_BUTTON_TITLE("interactive.action.buttons[].reply.title", Unit.CHARACTERS, 1, 20),
    LIST_BUTTON_LABEL("interactive.action.button", Unit.CHARACTERS, 1, 20),
    LIST_SECTIONS("interactive.action.sections", Unit.ITEMS, 1, 10),
    LIST_SECTION_TITLE("interactive.action.sections[].title", Unit.CHARACTERS, 1, 24),
    LIST_ROWS_TOTAL("interactive.action.sections[].rows", Unit.ITEMS, 1, 10),
    LIST_ROW_ID("interactive.action.sections[].rows[].id", Unit.CHARACTERS, 1, 200),
    LIST_ROW_TITLE("interactive.action.sections[].rows[].title", Unit.CHARACTERS, 1, 24),
    LIST_ROW_DESCRIPTION("interactive.action.sections[].rows[].description", Unit.CHARACTERS, 0, 72),
    CTA_URL_DISPLAY_TEXT("interactive.action.parameters.display_text", Unit.CHARACTERS, 1, 20),
    FLOW_CTA("interactive.action.parameters.flow_cta", Unit.CHARACTERS, 1, 30),
    PRODUCT_ITEMS_TOTAL("interactive.action.sections[].product_items", Unit.ITEMS, 1, 30),
    ADDRESS_POST_CODE("interactive.action.parameters.values.in_pin_code", Unit.CHARACTERS, 1, 6),
    TEMPLATE_NAME("template.name", Unit.CHARACTERS, 1, 512),
    TEMPLATE_HEADER_TEXT_PARAMETER("template header text parameter", Unit.CHARACTERS, 1, 60),
    TEMPLATE_BODY_TEXT_PARAMETER("template body text parameter", Unit.CHARACTERS, 1, 32768),
    TEMPLATE_PARAMETER_CONSECUTIVE_SPACES("template text parameter", Unit.CONSECUTIVE_SPACES, 0, 4),
    TEMPLATE_BUTTON_INDEX("template button index", Unit.VALUE, 0, 9),
    TEMPLATE_COUPON_CODE("template copy_code button coupon_code", Unit.CHARACTERS, 1, 15),
    TEMPLATE_AUTHENTICATION_CODE("template authentication code", Unit.CHARACTERS, 1, 15),
    TEMPLATE_CAROUSEL_CARDS("template carousel cards", Unit.ITEMS, 2, 10),
    TEMPLATE_CAROUSEL_CARD_BUTTONS("template carousel card buttons", Unit.ITEMS, 0, 2),
    TEMPLATE_CAROUSEL_CARD_BODY_TEXT("template carousel card body text", Unit.CHARACTERS, 0, 160),
    TEMPLATE_MPM_SECTIONS("template mpm button sections", Unit.ITEMS, 1, 10),
    TEMPLATE_MPM_SECTION_TITLE("template mpm button section title", Unit.CHARACTERS, 1, 24),
    TEMPLATE_MPM_PRODUCT_ITEMS("template mpm button product_items", Unit.ITEMS, 1, 30),
    TEMPLATE_LIMITED_TIME_OFFER_TEXT("template limited_time_offer text", Unit.CHARACTERS, 1, 16),
    TEMPLATE_LIMITED_TIME_OFFER_BODY_TEXT("template body text with a limited_time_offer", Unit.CHARACTERS, 1, 600),
    TEMPLATE_CODE_EXPIRATION_MINUTES("template code_expiration_minutes", Unit.VALUE, 1, 90),
    TEMPLATE_OTP_SUPPORTED_APPS("template OTP button supported_apps", Unit.ITEMS, 1, 5),
    TEMPLATE_OTP_SIGNATURE_HASH("template OTP button signature_hash", Unit.CHARACTERS, 11, 11),
    CALLBACK_DATA("biz_opaque_callback_data", Unit.CHARACTERS, 0, 512);

    /** Template names: lower-case letters, digits and underscores. */
    public static final Pattern TEMPLATE_NAME_PATTERN = Pattern.compile("[a-z0-9_]+");

    /**
     * The countries Meta offers address messages in, each with the fields its address form knows
     * ({@code interactive.action.parameters.values}); {@code sg_post_code} takes the same
     * {@link #ADDRESS_POST_CODE} limit as {@code in_pin_code}.
     */
    public static final Map<String, Set<String>> ADDRESS_FIELDS = Map.of(
            "IN", Set.of("name", "phone_number", "in_pin_code", "house_number", "floor_number", "tower_number",
                    "building_name", "address", "landmark_area", "city", "state"),
            "SG", Set.of("name", "phone_number", "sg_post_code", "address", "unit_number", "city"));

    /** Named template parameters ({@code parameter_name}): lower-case letters, digits and underscores. */
    public static final Pattern TEMPLATE_PARAMETER_NAME_PATTERN = Pattern.compile("[a-z0-9_]+");

    /**
     * Hosts of URL shorteners; WhatsApp rejects media links through them. A link is refused when its host
     * is one of these or a sub-domain of one.
     */
    public static final Set<String> URL_SHORTENER_HOSTS = Set.of(
            "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
            "cutt.ly", "shorturl.at", "t.ly", "tiny.cc", "rb.gy", "v.gd", "s.id", "lnkd.in", "shorte.st",
            "bl.ink", "short.io", "soo.gd", "clck.ru", "qrco.de", "urlz.fr");

    /** What a limit counts, which decides how a violation reads. */
    public enum Unit {
        CHARACTERS("is %s characters"),
        ITEMS("has %s items"),
        DIGITS("has %s digits"),
        DEGREES("is %s"),
        VALUE("is %s"),
        CONSECUTIVE_SPACES("has %s consecutive spaces");

        private final String phrase;

        Unit(String phrase) {
            this.phrase = phrase;
        }
    }

    private final String field;
    private final Unit unit;
    private final long min;
    private final long max;

    MessageLimits(String field, Unit unit, long min, long max) {
        this.field = field;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    /** @return where the limit applies, in Graph API terms ({@code []} stands for any index) */
    public String field() {
        return field;
    }

    /** @return what the limit counts */
    public Unit unit() {
        return unit;
    }

    /** @return the smallest allowed size or value */
    public long min() {
        return min;
    }

    /** @return the largest allowed size or value */
    public long max() {
        return max;
    }

    /**
     * Checks a size or whole-number value against this limit.
     *
     * @param path   the Graph API path of the field being checked, used in the exception
     * @param actual the size or value found
     * @throws InvalidMessageException naming the path, the size and the bound crossed
     */
    public void check(String path, long actual) {
        if (actual > max) {
            throw violation(path, String.valueOf(actual), actual, max, "allows at most");
        }
        if (actual < min) {
            throw violation(path, String.valueOf(actual), actual, min, "requires at least");
        }
    }

    /** Checks a fractional value, such as a coordinate; the exception carries the bound but no size. */
    void check(String path, double actual) {
        if (Double.isNaN(actual) || actual > max) {
            throw violation(path, String.valueOf(actual), -1, max, "allows at most");
        }
        if (actual < min) {
            throw violation(path, String.valueOf(actual), -1, min, "requires at least");
        }
    }

    private InvalidMessageException violation(String path, String shown, long actual, long bound, String verb) {
        return new InvalidMessageException(
                path,
                path + " " + unit.phrase.formatted(shown) + "; WhatsApp " + verb + " " + bound, actual, bound);
    }
}
