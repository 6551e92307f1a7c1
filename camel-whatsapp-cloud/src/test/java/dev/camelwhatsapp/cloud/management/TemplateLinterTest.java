package dev.camelwhatsapp.cloud.management;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelwhatsapp.cloud.management.TemplateCategory.MARKETING;
import static dev.camelwhatsapp.cloud.management.TemplateCategory.UTILITY;
import static org.assertj.core.api.Assertions.assertThat;

class TemplateLinterTest {

    /** A template Meta approves: every rule passes. */
    static TemplateDefinition.Builder clean() {
        return TemplateDefinition.builder("order_shipped", "en_US", UTILITY)
                .header(TemplateHeader.text("Order {{1}} update", "#48213"))
                .body("Hello {{1}}, your order {{2}} has shipped and arrives on {{3}}. Track it below.",
                        "Maria", "#48213", "12 May")
                .footer("Reply STOP to opt out")
                .button(TemplateButtonDefinition.url("Track order", "https://shop.example.com/track/{{1}}", "48213"));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(LintRule.NAME_FORMAT,
                        TemplateDefinition.builder("Order Shipped!", "en_US", UTILITY).body("Your order has shipped.")
                                .build(),
                        "must be 1 to 512 lower-case letters"),
                Arguments.of(LintRule.LANGUAGE_CODE,
                        TemplateDefinition.builder("order_shipped", "en-US", UTILITY).body("Your order has shipped.")
                                .build(),
                        "with an underscore"),
                Arguments.of(LintRule.VARIABLE_FORMAT,
                        clean().body("Hello { {1} }, your order {{ 2 }} has shipped.", "Maria", "#48213").build(),
                        "'{{ 2 }}' is not a valid variable"),
                Arguments.of(LintRule.PARAMETER_FORMAT,
                        clean().body("Hello {{first_name}}, your order {{1}} has shipped.", "Maria").build(),
                        "mixes positional"),
                Arguments.of(LintRule.VARIABLE_SEQUENCE,
                        clean().body("Hello {{1}}, your order {{3}} has shipped.", "Maria", "#48213").build(),
                        "they must be {{1}}, {{2}} in this order"),
                Arguments.of(LintRule.VARIABLE_AT_EDGE,
                        clean().body("{{1}}, your order has shipped on {{2}}", "Maria", "12 May").build(),
                        "starts with a variable"),
                Arguments.of(LintRule.VARIABLE_NOT_ALLOWED,
                        clean().footer("Sent to {{1}}").build(), "footer has a variable"),
                Arguments.of(LintRule.URL_SHORTENER,
                        clean().button(TemplateButtonDefinition.url("Details", "https://bit.ly/3xYz")).build(),
                        "URL shortener bit.ly"),
                Arguments.of(LintRule.EXAMPLE_MISSING,
                        clean().body("Hello {{1}}, your order {{2}} has shipped.", "Maria").build(),
                        "2 variable(s) but 1 example(s)"),
                Arguments.of(LintRule.EXAMPLE_PLACEHOLDER,
                        clean().body("Hello {{1}}, your order {{2}} has shipped.", "test", "<order>").build(),
                        "looks like a placeholder"),
                Arguments.of(LintRule.SENSITIVE_DATA,
                        clean().body("Hello {{1}}, please reply with your card number to confirm order {{2}}.",
                                "Maria", "#48213").build(),
                        "card number"),
                Arguments.of(LintRule.LENGTH_LIMIT,
                        clean().footer("x".repeat(61)).build(), "footer text is 61 characters; at most 60"),
                Arguments.of(LintRule.BODY_REQUIRED,
                        TemplateDefinition.builder("order_shipped", "en_US", UTILITY).footer("Thanks").build(),
                        "has no body text"),
                Arguments.of(LintRule.PROMOTIONAL_IN_UTILITY,
                        clean().body("Hello {{1}}, your order {{2}} shipped. Use code SAVE10 for 10% off your next"
                                + " order!", "Maria", "#48213").build(),
                        "re-categorises"),
                Arguments.of(LintRule.CAROUSEL,
                        RichTemplateLintTest.carousel(UTILITY, 1).build(), "must be MARKETING"),
                Arguments.of(LintRule.LIMITED_TIME_OFFER,
                        RichTemplateLintTest.offer("Expiring offer!").footer("Terms apply").build(),
                        "cannot have a footer"),
                Arguments.of(LintRule.AUTHENTICATION,
                        RichTemplateLintTest.authentication(OneTimePassword.copyCode()).codeExpirationMinutes(91)
                                .build(),
                        "code_expiration_minutes is 91; it must be 1 to 90"),
                Arguments.of(LintRule.ONE_TIME_PASSWORD_APPS,
                        RichTemplateLintTest.authentication(OneTimePassword.zeroTap(false, RichTemplateLintTest.APP))
                                .build(), "accept Meta's zero-tap terms"),
                Arguments.of(LintRule.PRODUCT_BUTTONS,
                        TemplateDefinition.builder("spring_picks", "en_US", MARKETING)
                                .body("Hi {{1}}, here are our picks for you this spring.", "Maria")
                                .button(TemplateButtonDefinition.multiProduct("View items")).build(),
                        "needs a TEXT header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleReportsItsViolationWithAPreciseMessage(LintRule rule, TemplateDefinition failing, String message) {
        LintReport report = TemplateLinter.lint(failing);

        assertThat(report.findings()).filteredOn(f -> f.rule() == rule).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()))
                .anySatisfy(f -> assertThat(f.message()).contains(message));
    }

    @Test
    void everyRuleIsCoveredByAFailingExample() {
        Set<LintRule> covered = EnumSet.noneOf(LintRule.class);
        rules().forEach(arguments -> covered.add((LintRule) arguments.get()[0]));
        assertThat(covered).containsExactlyInAnyOrder(LintRule.values());
    }

    @Test
    void aRealisticTemplatePassesEveryRule() {
        LintReport report = TemplateLinter.lint(clean().build());

        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.toText()).contains("no problems found");
    }

    @Test
    void namedParametersWithExamplesPass() {
        TemplateDefinition named = TemplateDefinition.builder("delivery_window", "pt_BR", UTILITY)
                .body(TemplateBody.named("Hello {{first_name}}, your delivery arrives between {{start}} and {{end}}.",
                        Map.of("first_name", "Maria", "start", "9:00", "end", "11:00")))
                .build();

        assertThat(TemplateLinter.lint(named).findings()).isEmpty();
        assertThat(named.parameterFormat()).isEqualTo(ParameterFormat.NAMED);
    }

    @Test
    void namedVariableWithoutExampleFailsAndPositionalFormatForNamedVariablesFails() {
        TemplateDefinition named = TemplateDefinition.builder("delivery_window", "en_US", UTILITY)
                .body(TemplateBody.named("Hello {{first_name}}, it arrives at {{start}} today.", Map.of("first_name",
                        "Maria")))
                .build();
        TemplateDefinition undeclared = TemplateDefinition.builder("delivery_window", "en_US", UTILITY)
                .body("Hello {{first_name}}, it arrives today.")
                .build();

        assertThat(TemplateLinter.lint(named).findings()).extracting(LintFinding::message)
                .contains("Variable {{start}} has no example; give a realistic value");
        assertThat(TemplateLinter.lint(undeclared).findings()).extracting(LintFinding::rule)
                .contains(LintRule.PARAMETER_FORMAT, LintRule.EXAMPLE_MISSING);
    }

    @Test
    void bodyEndingWithAVariableFails() {
        LintReport report = TemplateLinter.lint(clean().body("Your code for order {{1}} is {{2}}", "#48213", "K7Q2")
                .build());

        assertThat(report.findings()).extracting(LintFinding::message)
                .containsExactly("The body ends with a variable; put text after it, e.g. '… {{2}}. Thank you.'");
    }

    @Test
    void warningsDoNotCountAsErrorsAndMarketingMayPromote() {
        TemplateDefinition promo = clean().body("Hello {{1}}, enjoy 20% off your next order {{2}} this week only.",
                "Maria", "#48213").build();
        LintReport utility = TemplateLinter.lint(promo);
        LintReport marketing = TemplateLinter.lint(TemplateDefinition.builder("spring_sale", "en_US", MARKETING)
                .body(promo.body()).build());

        assertThat(utility.warnings()).extracting(LintFinding::rule).containsExactly(LintRule.PROMOTIONAL_IN_UTILITY);
        assertThat(utility.hasErrors()).isFalse();
        assertThat(marketing.findings()).isEmpty();
    }

    @Test
    void mentioningAPasswordWithoutAskingForItPasses() {
        LintReport report = TemplateLinter.lint(clean().body("Hello {{1}}, the password of account {{2}} was changed"
                + " today.", "Maria", "48213").build());

        assertThat(report.has(LintRule.SENSITIVE_DATA)).isFalse();
    }

    @Test
    void shortenedLinksInTheBodyAreFoundToo() {
        LintReport report = TemplateLinter.lint(clean().body("Hello {{1}}, details at tinyurl.com/abc for {{2}} now.",
                "Maria", "#48213").build());

        assertThat(report.findings()).extracting(LintFinding::component, LintFinding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BODY", LintRule.URL_SHORTENER));
    }
}
