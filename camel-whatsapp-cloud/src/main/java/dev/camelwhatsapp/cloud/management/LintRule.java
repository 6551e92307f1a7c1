package dev.camelwhatsapp.cloud.management;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelwhatsapp.cloud.model.MessageLimits;

/**
 * The template lint rules: one constant per reason Meta rejects (or re-categorises) a template, each with the check
 * and the message that says how to fix it. The templates guide lists these constants; a test keeps the two in step.
 */
public enum LintRule {

    /** Names are lower-case letters, digits and underscores, at most 512 characters. */
    NAME_FORMAT(LintSeverity.ERROR, "The name uses only lower-case letters, digits and underscores (at most 512)") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            String name = template.name();
            if (name.isEmpty() || name.length() > 512 || !MessageLimits.TEMPLATE_NAME_PATTERN.matcher(name).matches()) {
                report(findings, "name", "Template name '" + name + "' must be 1 to 512 lower-case letters, digits and"
                        + " underscores, e.g. '" + suggestName(name) + "'");
            }
        }
    },

    /** The language code is a WhatsApp locale such as {@code en} or {@code en_US}. */
    LANGUAGE_CODE(LintSeverity.ERROR, "The language is a locale code such as en or en_US") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (!LANGUAGE.matcher(template.language()).matches()) {
                report(findings, "language", "Language '" + template.language() + "' is not a WhatsApp language code;"
                        + " use e.g. en, en_US, pt_BR, with an underscore");
            }
        }
    },

    /** Only {@code {{1}}} or {@code {{lower_case_name}}} between double braces, no single braces or spaces. */
    VARIABLE_FORMAT(LintSeverity.ERROR, "Variables are written {{1}} or {{name}}: double braces, no spaces") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            texts(template).forEach((component, text) -> {
                for (String bad : TemplateVariables.of(text).malformed()) {
                    report(findings, component, "'" + bad + "' is not a valid variable; write {{1}}, {{2}}, … or a"
                            + " lower-case name such as {{first_name}}, with double braces and no"
                            + " spaces");
                }
            });
        }
    },

    /** One template uses one kind of variable, and named variables only with the NAMED parameter format. */
    PARAMETER_FORMAT(LintSeverity.ERROR, "Variables are all positional, or all named with parameter_format NAMED") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            boolean anyPositional = false;
            boolean anyNamed = false;
            for (String text : texts(template).values()) {
                TemplateVariables variables = TemplateVariables.of(text);
                anyPositional |= !variables.positional().isEmpty();
                anyNamed |= !variables.named().isEmpty();
            }
            if (anyPositional && anyNamed) {
                report(findings, "template", "The template mixes positional ({{1}}) and named ({{name}}) variables;"
                        + " use one kind throughout");
            } else if (anyNamed && template.parameterFormat() != ParameterFormat.NAMED) {
                report(findings, "template", "The template has named variables but parameter_format POSITIONAL; set"
                        + " parameter_format NAMED (named examples do so)");
            } else if (anyPositional && template.parameterFormat() == ParameterFormat.NAMED) {
                report(findings, "template", "The template has parameter_format NAMED but positional variables;"
                        + " name them, e.g. {{first_name}}");
            }
        }
    },

    /** Positional variables are {@code {{1}}, {{2}}, …} in order, without gaps. */
    VARIABLE_SEQUENCE(LintSeverity.ERROR, "Positional variables run {{1}}, {{2}}, {{3}} in order, without gaps") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            texts(template).forEach((component, text) -> {
                List<Integer> numbers = TemplateVariables.of(text).positional();
                for (int i = 0; i < numbers.size(); i++) {
                    if (numbers.get(i) != i + 1) {
                        report(findings, component, "Variables appear as " + render(numbers) + "; they must be "
                                + render(sequence(numbers.size())) + " in this order");
                        return;
                    }
                }
            });
        }
    },

    /** The body neither starts nor ends with a variable. */
    VARIABLE_AT_EDGE(LintSeverity.ERROR, "The body neither starts nor ends with a variable") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (template.body() == null || template.body().text() == null) {
                return;
            }
            String text = template.body().text().strip();
            if (EDGE_START.matcher(text).find()) {
                report(findings, "BODY", "The body starts with a variable; put text before it, e.g. 'Hello {{1}}, …'");
            }
            if (EDGE_END.matcher(text).find()) {
                report(findings, "BODY",
                        "The body ends with a variable; put text after it, e.g. '… {{2}}. Thank you.'");
            }
        }
    },

    /** Footers and button labels carry no variables; a text header at most one. */
    VARIABLE_NOT_ALLOWED(LintSeverity.ERROR, "No variables in footers and button labels; at most one in a header") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (!TemplateVariables.of(template.footer()).isEmpty()) {
                report(findings, "FOOTER", "The footer has a variable; footers are fixed text");
            }
            if (template.header() != null && TemplateVariables.of(template.header().text()).count() > 1) {
                report(findings, "HEADER", "The header has " + TemplateVariables.of(template.header().text()).count()
                        + " variables; a header may have one");
            }
            for (int i = 0; i < template.buttons().size(); i++) {
                if (!TemplateVariables.of(template.buttons().get(i).text()).isEmpty()) {
                    report(findings, "BUTTONS[" + i + "]", "The button label has a variable; labels are fixed text");
                }
            }
        }
    },

    /** No link goes through a URL shortener. */
    URL_SHORTENER(LintSeverity.ERROR, "No links through URL shorteners (bit.ly, tinyurl.com, …)") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            Map<String, String> texts = new java.util.LinkedHashMap<>(texts(template));
            for (int i = 0; i < template.buttons().size(); i++) {
                String url = template.buttons().get(i).url();
                if (url != null) {
                    texts.put("BUTTONS[" + i + "]", url);
                }
            }
            texts.forEach((component, text) -> {
                Matcher links = LINK.matcher(text);
                while (links.find()) {
                    String host = host(links.group());
                    for (String shortener : MessageLimits.URL_SHORTENER_HOSTS) {
                        if (host != null && (host.equals(shortener) || host.endsWith("." + shortener))) {
                            report(findings, component, "The link " + links.group() + " goes through the URL"
                                    + " shortener " + shortener + "; use the full URL on your own"
                                    + " domain");
                        }
                    }
                }
            });
        }
    },

    /** Every variable has an example value. */
    EXAMPLE_MISSING(LintSeverity.ERROR, "Every variable has an example value") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (template.header() != null) {
                missing(findings, "HEADER", template.header().text(), template.header().examples(),
                        template.header().namedExamples());
            }
            if (template.body() != null) {
                missing(findings, "BODY", template.body().text(), template.body().examples(),
                        template.body().namedExamples());
            }
            for (int i = 0; i < template.cards().size(); i++) {
                TemplateBody body = template.cards().get(i).body();
                if (body != null) {
                    missing(findings, "CAROUSEL[" + i + "].BODY", body.text(), body.examples(), body.namedExamples());
                }
            }
            for (int i = 0; i < template.buttons().size(); i++) {
                TemplateButtonDefinition button = template.buttons().get(i);
                TemplateVariables variables = TemplateVariables.of(button.url());
                if (!variables.isEmpty() && button.examples().isEmpty()) {
                    report(findings, "BUTTONS[" + i + "]", "The URL " + button.url() + " has a variable but no"
                            + " example; give a complete example value for it");
                }
            }
        }
    },

    /** Examples look like real content, not like placeholders. */
    EXAMPLE_PLACEHOLDER(LintSeverity.ERROR,
            "Examples are realistic values, not placeholders such as 'test' or '<name>'") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (template.header() != null) {
                placeholders(findings, "HEADER", template.header().examples(), template.header().namedExamples());
            }
            if (template.body() != null) {
                placeholders(findings, "BODY", template.body().examples(), template.body().namedExamples());
            }
            for (int i = 0; i < template.buttons().size(); i++) {
                placeholders(findings, "BUTTONS[" + i + "]", template.buttons().get(i).examples(), Map.of());
            }
        }
    },

    /** The template does not ask for card numbers, passwords, national ids or similar. */
    SENSITIVE_DATA(LintSeverity.ERROR, "No requests for card numbers, passwords, PINs or national ids") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            texts(template).forEach((component, text) -> {
                for (String sentence : text.split("(?<=[.!?\\n])")) {
                    String lower = sentence.toLowerCase(Locale.ROOT);
                    if (!REQUEST.matcher(lower).find()) {
                        continue;
                    }
                    Matcher sensitive = SENSITIVE.matcher(lower);
                    if (sensitive.find()) {
                        report(findings, component, "The text asks the user for '" + sensitive.group() + "'; WhatsApp"
                                + " templates must never request card numbers, passwords, PINs or"
                                + " national id numbers");
                    }
                }
            });
        }
    },

    /** Texts, buttons and examples stay within Meta's lengths and counts. */
    LENGTH_LIMIT(LintSeverity.ERROR,
            "Header and footer ≤ 60, body ≤ 1024, button label ≤ 25, URL ≤ 2000, ≤ 10 buttons") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (template.header() != null) {
                length(findings, "HEADER", "header text", template.header().text(), 60);
            }
            if (template.body() != null) {
                length(findings, "BODY", "body text", template.body().text(), 1024);
            }
            length(findings, "FOOTER", "footer text", template.footer(), 60);
            List<TemplateButtonDefinition> buttons = template.buttons();
            if (buttons.size() > 10) {
                report(findings, "BUTTONS", "The template has " + buttons.size() + " buttons; at most 10 are allowed");
            }
            count(findings, buttons, TemplateButtonDefinition.Type.URL, 2);
            count(findings, buttons, TemplateButtonDefinition.Type.PHONE_NUMBER, 1);
            count(findings, buttons, TemplateButtonDefinition.Type.COPY_CODE, 1);
            for (int i = 0; i < buttons.size(); i++) {
                TemplateButtonDefinition button = buttons.get(i);
                String component = "BUTTONS[" + i + "]";
                length(findings, component, "button label", button.text(), 25);
                length(findings, component, "button URL", button.url(), 2000);
                if (button.type() == TemplateButtonDefinition.Type.COPY_CODE) {
                    button.examples().forEach(code -> length(findings, component, "coupon code", code, 15));
                }
            }
        }
    },

    /** Every template but an authentication one has a body. */
    BODY_REQUIRED(LintSeverity.ERROR, "Every template but an authentication one has a body text") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            boolean hasBody = template.body() != null && template.body().text() != null
                    && !template.body().text().isBlank();
            if (!hasBody && template.category() != TemplateCategory.AUTHENTICATION) {
                report(findings, "BODY", "The template has no body text; every " + template.category()
                        + " template needs one");
            }
        }
    },

    /** Carousels: MARKETING, 2 to 10 alike cards, each with an image or video, a short body and one or two buttons. */
    CAROUSEL(LintSeverity.ERROR, "Carousels are MARKETING with 2 to 10 alike cards: IMAGE or VIDEO header, body ≤ 160,"
            + " 1 or 2 buttons") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            List<TemplateCarouselCardDefinition> cards = template.cards();
            if (cards.isEmpty()) {
                return;
            }
            if (template.category() != TemplateCategory.MARKETING) {
                report(findings, "CAROUSEL", "Carousel templates must be MARKETING, not " + template.category());
            }
            MessageLimits cardCount = MessageLimits.TEMPLATE_CAROUSEL_CARDS;
            if (cards.size() < cardCount.min() || cards.size() > cardCount.max()) {
                report(findings, "CAROUSEL", "The carousel has " + cards.size() + " cards; it needs "
                        + cardCount.min() + " to " + cardCount.max());
            }
            String firstShape = shape(cards.get(0));
            for (int i = 0; i < cards.size(); i++) {
                TemplateCarouselCardDefinition card = cards.get(i);
                String component = "CAROUSEL[" + i + "]";
                HeaderFormat format = card.header() == null ? null : card.header().format();
                if (format != HeaderFormat.IMAGE && format != HeaderFormat.VIDEO) {
                    report(findings, component, "A card needs an IMAGE or VIDEO header"
                            + (format == null ? "" : ", not " + format));
                }
                if (card.body() != null) {
                    length(findings, component, "card body text", card.body().text(),
                            (int) MessageLimits.TEMPLATE_CAROUSEL_CARD_BODY_TEXT.max());
                }
                if (card.buttons().isEmpty()
                        || card.buttons().size() > MessageLimits.TEMPLATE_CAROUSEL_CARD_BUTTONS.max()) {
                    report(findings, component, "The card has " + card.buttons().size() + " buttons; a card has 1 to "
                            + MessageLimits.TEMPLATE_CAROUSEL_CARD_BUTTONS.max());
                }
                if (!shape(card).equals(firstShape)) {
                    report(findings, component, "The card differs from the first card (" + shape(card) + " against "
                            + firstShape + "); all cards need the same components and buttons");
                }
            }
        }
    },

    /** Limited-time offers: MARKETING, a short headline, a short body, no footer, a URL button. */
    LIMITED_TIME_OFFER(LintSeverity.ERROR, "Limited-time offers are MARKETING: headline ≤ 16, body ≤ 600, no footer,"
            + " a URL button") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            LimitedTimeOfferDefinition offer = template.limitedTimeOffer();
            if (offer == null) {
                return;
            }
            if (template.category() != TemplateCategory.MARKETING) {
                report(findings, "LIMITED_TIME_OFFER", "Limited-time offer templates must be MARKETING, not "
                        + template.category());
            }
            MessageLimits headline = MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_TEXT;
            if (offer.text() == null || offer.text().isBlank()) {
                report(findings, "LIMITED_TIME_OFFER", "The offer needs a headline of at most " + headline.max()
                        + " characters");
            } else {
                length(findings, "LIMITED_TIME_OFFER", "offer headline", offer.text(), (int) headline.max());
            }
            if (template.body() != null) {
                length(findings, "BODY", "body text of a limited-time offer", template.body().text(),
                        (int) MessageLimits.TEMPLATE_LIMITED_TIME_OFFER_BODY_TEXT.max());
            }
            if (template.footer() != null) {
                report(findings, "FOOTER", "Limited-time offer templates cannot have a footer");
            }
            if (template.buttons().stream().noneMatch(b -> b.type() == TemplateButtonDefinition.Type.URL)) {
                report(findings, "BUTTONS", "A limited-time offer needs a URL button (and may add a COPY_CODE one)");
            }
        }
    },

    /** Authentication templates: Meta's fixed text, one OTP button, an expiry of 1 to 90 minutes. */
    AUTHENTICATION(LintSeverity.ERROR, "Authentication templates have no header or body text, one OTP button, code"
            + " expiry 1 to 90 minutes") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            long otpButtons = template.buttons().stream()
                    .filter(b -> b.type() == TemplateButtonDefinition.Type.OTP).count();
            if (template.category() != TemplateCategory.AUTHENTICATION) {
                if (otpButtons > 0) {
                    report(findings, "BUTTONS", "OTP buttons belong to AUTHENTICATION templates only");
                }
                return;
            }
            if (template.header() != null) {
                report(findings, "HEADER", "Authentication templates have no header");
            }
            if (template.body() != null && template.body().text() != null) {
                report(findings, "BODY", "Meta writes the body of authentication templates ('<code> is your"
                        + " verification code.'); leave the text out");
            }
            if (otpButtons != 1 || template.buttons().size() != 1) {
                report(findings, "BUTTONS", "An authentication template has exactly one button, of type OTP");
            }
            Integer minutes = template.codeExpirationMinutes();
            if (minutes != null) {
                MessageLimits expiry = MessageLimits.TEMPLATE_CODE_EXPIRATION_MINUTES;
                if (minutes < expiry.min() || minutes > expiry.max()) {
                    report(findings, "FOOTER", "code_expiration_minutes is " + minutes + "; it must be "
                            + expiry.min() + " to " + expiry.max());
                }
            }
        }
    },

    /** One-tap and zero-tap buttons name the Android apps that receive the code. */
    ONE_TIME_PASSWORD_APPS(LintSeverity.ERROR, "One-tap and zero-tap buttons name 1 to 5 apps with 11-character"
            + " signature hashes; zero-tap needs its terms accepted") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            for (int i = 0; i < template.buttons().size(); i++) {
                OneTimePassword otp = template.buttons().get(i).otp();
                if (otp == null || otp.otpType() == OneTimePassword.OtpType.COPY_CODE) {
                    continue;
                }
                String component = "BUTTONS[" + i + "]";
                MessageLimits apps = MessageLimits.TEMPLATE_OTP_SUPPORTED_APPS;
                if (otp.supportedApps().size() < apps.min() || otp.supportedApps().size() > apps.max()) {
                    report(findings, component, "A " + otp.otpType() + " button names " + apps.min() + " to "
                            + apps.max() + " apps; it names " + otp.supportedApps().size());
                }
                for (OneTimePassword.SupportedApp app : otp.supportedApps()) {
                    if (app.packageName() == null || !PACKAGE_NAME.matcher(app.packageName()).matches()) {
                        report(findings, component, "'" + app.packageName() + "' is not an Android package name such"
                                + " as com.example.bank");
                    }
                    long hashLength = app.signatureHash() == null ? 0
                            : app.signatureHash().codePointCount(0, app.signatureHash().length());
                    if (hashLength != MessageLimits.TEMPLATE_OTP_SIGNATURE_HASH.max()) {
                        report(findings, component, "The signature hash of " + app.packageName() + " has " + hashLength
                                + " characters; an app signing key hash has "
                                + MessageLimits.TEMPLATE_OTP_SIGNATURE_HASH.max());
                    }
                }
                if (otp.otpType() == OneTimePassword.OtpType.ZERO_TAP && !otp.zeroTapTermsAccepted()) {
                    report(findings, component, "Zero-tap needs zero_tap_terms_accepted: accept Meta's zero-tap terms");
                }
            }
        }
    },

    /** Catalog and multi-product templates: one CATALOG or MPM button; a multi-product template has a text header. */
    PRODUCT_BUTTONS(LintSeverity.ERROR, "A CATALOG or MPM button is the template's only button; MPM templates have a"
            + " TEXT header") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            List<TemplateButtonDefinition> buttons = template.buttons();
            boolean catalog = buttons.stream().anyMatch(b -> b.type() == TemplateButtonDefinition.Type.CATALOG);
            boolean mpm = buttons.stream().anyMatch(b -> b.type() == TemplateButtonDefinition.Type.MPM);
            if ((catalog || mpm) && buttons.size() != 1) {
                report(findings, "BUTTONS", "A " + (catalog ? "CATALOG" : "MPM") + " button must be the template's"
                        + " only button; it has " + buttons.size());
            }
            if (mpm && (template.header() == null || template.header().format() != HeaderFormat.TEXT)) {
                report(findings, "HEADER", "A multi-product template needs a TEXT header");
            }
        }
    },

    /** A UTILITY template reads as a transaction: warm or promotional wording makes it MARKETING. */
    PROMOTIONAL_IN_UTILITY(LintSeverity.WARNING, "UTILITY templates avoid promotional or warm wording") {
        @Override
        void check(TemplateDefinition template, List<LintFinding> findings) {
            if (template.category() != TemplateCategory.UTILITY) {
                return;
            }
            texts(template).forEach((component, text) -> {
                Matcher promotional = PROMOTIONAL.matcher(text.toLowerCase(Locale.ROOT));
                if (promotional.find()) {
                    report(findings, component, "'" + promotional.group() + "' reads as promotional or warm; Meta"
                            + " re-categorises such UTILITY templates as MARKETING (priced"
                            + " higher). Use plain transactional wording");
                }
            });
        }
    };

    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2,4})?");
    private static final Pattern EDGE_START = Pattern.compile("^\\{\\{[^{}]*}}");
    private static final Pattern EDGE_END = Pattern.compile("\\{\\{[^{}]*}}$");
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/[^\\s]*)?");
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("test", "testing", "example", "sample", "placeholder",
            "value", "variable", "param", "parameter", "string", "text", "abc", "foo", "bar", "foobar", "lorem",
            "lorem ipsum", "n/a", "na", "null", "undefined", "none", "tbd", "todo", "asdf", "dummy", "xxx", "name");
    private static final Pattern REPEATED_LETTER = Pattern.compile("(?i)([a-z])\\1{2,}");
    private static final Pattern REQUEST = Pattern.compile(
            "\\b(send|share|provide|enter|reply|respond|confirm|tell|give|type|submit|verify|update|text)\\b");
    private static final Pattern SENSITIVE = Pattern.compile(
            "\\b(card numbers?|credit card|debit card|cvv|cvc|card security code|pin code|\\bpin\\b|passwords?|passcode"
                    + "|social security|ssn|national (id|identity|insurance)( (card|number))?|passport number|tax id"
                    + "|bank account number|iban|online banking login)\\b");
    private static final Pattern PROMOTIONAL = Pattern.compile(
            "\\b(sale|discounts?|\\d+ ?% off|special offer|offers?|deals?|promo(tion)? ?(code)?|coupons?|free gift"
                    + "|limited time|buy now|shop now|don't miss|hurry|exclusive|we miss you|we'd love|treat yourself"
                    + "|best price|upgrade now)\\b");

    private final LintSeverity severity;
    private final String summary;

    LintRule(LintSeverity severity, String summary) {
        this.severity = severity;
        this.summary = summary;
    }

    /** @return how sure it is that Meta would refuse a template breaking this rule */
    public LintSeverity severity() {
        return severity;
    }

    /** @return the rule in one line, as the templates guide lists it */
    public String summary() {
        return summary;
    }

    abstract void check(TemplateDefinition template, List<LintFinding> findings);

    void report(List<LintFinding> findings, String component, String message) {
        findings.add(new LintFinding(this, severity, component, message));
    }

    /** The texts that may carry variables and links, by component. */
    static Map<String, String> texts(TemplateDefinition template) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (template.header() != null && template.header().text() != null) {
            texts.put("HEADER", template.header().text());
        }
        if (template.body() != null && template.body().text() != null) {
            texts.put("BODY", template.body().text());
        }
        if (template.footer() != null) {
            texts.put("FOOTER", template.footer());
        }
        for (int i = 0; i < template.buttons().size(); i++) {
            if (template.buttons().get(i).text() != null) {
                texts.put("BUTTONS[" + i + "]", template.buttons().get(i).text());
            }
        }
        for (int i = 0; i < template.cards().size(); i++) {
            TemplateBody body = template.cards().get(i).body();
            if (body != null && body.text() != null) {
                texts.put("CAROUSEL[" + i + "].BODY", body.text());
            }
        }
        return texts;
    }

    /** What a carousel card is made of: Meta requires every card to have the same. */
    static String shape(TemplateCarouselCardDefinition card) {
        List<String> parts = new ArrayList<>();
        parts.add(card.header() == null ? "no header" : card.header().format().name());
        if (card.body() != null) {
            parts.add("BODY");
        }
        card.buttons().forEach(button -> parts.add(button.type().name()));
        return String.join(", ", parts);
    }

    void missing(List<LintFinding> findings, String component, String text, List<String> examples,
                 Map<String, String> namedExamples) {
        TemplateVariables variables = TemplateVariables.of(text);
        if (!variables.positional().isEmpty() && examples.size() < variables.positional().size()) {
            report(findings, component, "The " + component.toLowerCase(Locale.ROOT) + " has "
                    + variables.positional().size() + " variable(s) but " + examples.size()
                    + " example(s); give one realistic example per variable, in order");
        }
        for (String name : variables.named()) {
            String example = namedExamples.get(name);
            if (example == null || example.isBlank()) {
                report(findings, component, "Variable {{" + name + "}} has no example; give a realistic value");
            }
        }
    }

    void placeholders(List<LintFinding> findings, String component, List<String> examples,
                      Map<String, String> namedExamples) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            all.add(Map.entry("{{" + (i + 1) + "}}", examples.get(i) == null ? "" : examples.get(i)));
        }
        namedExamples.forEach((name, example) -> all.add(Map.entry(name, example == null ? "" : example)));
        for (Map.Entry<String, String> entry : all) {
            String example = entry.getValue().strip();
            String lower = example.toLowerCase(Locale.ROOT);
            boolean placeholder = example.isEmpty() || example.contains("{{") || example.contains("}}")
                    || example.matches("<[^>]*>|\\[[^]]*]") || PLACEHOLDER_WORDS.contains(lower)
                    || lower.equals(entry.getKey().replace("{", "").replace("}", ""))
                    || REPEATED_LETTER.matcher(example).matches();
            if (placeholder) {
                report(findings, component, "The example '" + example + "' for " + variable(entry.getKey())
                        + " looks like a placeholder; reviewers reject unrealistic examples, give"
                        + " a value the message could really carry (e.g. 'Maria', '#48213')");
            }
        }
    }

    private static String variable(String key) {
        return key.startsWith("{{") ? key : "{{" + key + "}}";
    }

    void length(List<LintFinding> findings, String component, String what, String text, int max) {
        if (text != null && text.codePointCount(0, text.length()) > max) {
            report(findings, component, "The " + what + " is " + text.codePointCount(0, text.length())
                    + " characters; at most " + max + " are allowed");
        }
    }

    void count(List<LintFinding> findings, List<TemplateButtonDefinition> buttons, TemplateButtonDefinition.Type type,
               int max) {
        long count = buttons.stream().filter(b -> b.type() == type).count();
        if (count > max) {
            report(findings, "BUTTONS", "The template has " + count + " " + type + " buttons; at most " + max
                    + " allowed");
        }
    }

    private static String host(String link) {
        try {
            String withScheme = link.matches("(?i)https?://.*") ? link : "https://" + link;
            String host = URI.create(withScheme.replaceAll("[\\s{}]", "")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static String suggestName(String name) {
        String suggestion = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return suggestion.isEmpty() ? "order_update" : suggestion;
    }

    private static String render(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(n -> "{{" + n + "}}").toList());
    }

    private static List<Integer> sequence(int size) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
