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
                report(findings, "BODY", "The body ends with a variable; put text after it, e.g. '… {{2}}. Thank you.'");
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
    EXAMPLE_PLACEHOLDER(LintSeverity.ERROR, "Examples are realistic values, not placeholders such as 'test' or '<name>'") {
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
    LENGTH_LIMIT(LintSeverity.ERROR, "Header and footer ≤ 60, body ≤ 1024, button label ≤ 25, URL ≤ 2000, ≤ 10 buttons") {
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

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2,4})?");
    private static final Pattern EDGE_START = Pattern.compile("^\\{\\{[^{}]*}}");
    private static final Pattern EDGE_END = Pattern.compile("\\{\\{[^{}]*}}$");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/[^\\s]*)?");
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
        return texts;
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
