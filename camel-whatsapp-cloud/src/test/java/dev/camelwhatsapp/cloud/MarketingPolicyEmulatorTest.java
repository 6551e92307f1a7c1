package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.time.Instant;

import dev.camelwhatsapp.cloud.api.WhatsAppCloudPolicyException;
import dev.camelwhatsapp.cloud.flow.MarketingBlock;
import dev.camelwhatsapp.cloud.flow.MarketingBlockedException;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.Fault;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.ERROR_CODE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MARKETING_SKIPPED;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TEMPLATE_CATEGORY;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The marketing policy end to end against the emulator: a user stops marketing messages (a {@code user_preferences}
 * webhook), Meta's per-user marketing limit refuses a template (a {@code failed} status with 131049), or a send answer
 * says 131050; from then on a MARKETING template to that user fails (or is skipped) before any request, while other
 * templates still go out, until the user resumes or the cooldown ends.
 */
class MarketingPolicyEmulatorTest {

    static final TemplateMessage SALE = TemplateMessage.builder("spring_sale", "en_US").build();
    static final String CAROL = "15550002222";
    static final String DAVE = "15550003333";
    static final TemplateMessage HELLO = TemplateMessage.builder("hello_world", "en_US").build();

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)
                    // one user per test: what the store learnt in one test must not decide another
                    .user(DEFAULT_USER_WA_ID, "Alice").user(CAROL, "Carol").user(DAVE, "Dave")
                    .template(TemplateDefinition.builder("spring_sale", "en_US").category("MARKETING")
                            .body("Spring sale: 20% off everything this week.").build()))
            .resetBeforeEachTest();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(received);
            String producer = "whatsapp-cloud:" + DEFAULT_PHONE_NUMBER_ID + "?accessToken="
                    + DEFAULT_ACCESS_TOKEN + "&clock=#virtualClock&baseUri="
                    + EMULATOR.baseUri();
            from("direct:send").to(producer);
            from("direct:campaign").to(producer + "&marketingPolicy=skip");
        }
    }).settings(main -> main.bind("virtualClock", EMULATOR.emulator().clock())).deliveredBy(EMULATOR);
    static final ReceivedEvents RECEIVED = APP.received();

    @Test
    void aUserWhoStoppedMarketingGetsNoMarketingTemplateUntilResuming() {
        EMULATOR.emulator().stopMarketing(DEFAULT_USER_WA_ID);
        UserPreferenceUpdate stop = awaitPreference(1);
        assertThat(stop.stopsMarketing()).isTrue();
        assertThat(stop.waId()).isEqualTo(DEFAULT_USER_WA_ID);

        Exchange refused = send("direct:send", "+1 555 123 4567", SALE, "MARKETING");
        assertThat(refused.getException()).isInstanceOfSatisfying(MarketingBlockedException.class, e -> {
            assertThat(e.getReason()).isEqualTo(MarketingBlock.Reason.OPTED_OUT);
            assertThat(e.getMetaCode()).isEqualTo(131050);
            assertThat(e.getTemplate()).isEqualTo("spring_sale");
        });
        // the user's business-scoped user id is the same user
        Exchange byUserId = send("direct:send", stop.userId(), SALE, "MARKETING");
        assertThat(byUserId.getException()).isInstanceOf(MarketingBlockedException.class);

        Exchange skipped = send("direct:campaign", DEFAULT_USER_WA_ID, SALE, "marketing");
        assertThat(skipped.getException()).isNull();
        assertThat(skipped.getMessage().getHeader(MARKETING_SKIPPED)).isEqualTo("opted_out");
        assertThat(skipped.getMessage().getHeader(MESSAGE_ID)).isNull();
        assertThat(EMULATOR.emulator().sentMessages()).as("nothing reached Meta").isEmpty();

        Exchange utility = send("direct:send", DEFAULT_USER_WA_ID, HELLO, "UTILITY");
        assertThat(utility.getException()).isNull();

        EMULATOR.emulator().resumeMarketing(DEFAULT_USER_WA_ID);
        assertThat(awaitPreference(2).resumesMarketing()).isTrue();
        Exchange resumed = send("direct:send", DEFAULT_USER_WA_ID, SALE, "MARKETING");
        assertThat(resumed.getException()).isNull();
        assertThat(resumed.getMessage().getHeader(MESSAGE_ID, String.class)).startsWith("wamid.");
    }

    @Test
    void afterTheFailedStatusOfThePerUserLimitTheNextMarketingTemplateWaitsForTheCooldown() {
        EMULATOR.emulator().setMarketingLimitPerUser(1);
        assertThat(send("direct:send", CAROL, SALE, "MARKETING").getException()).isNull();
        Exchange limited = send("direct:send", CAROL, SALE, "MARKETING");
        assertThat(limited.getException()).as("Meta accepts it and fails it later").isNull();
        String wamid = limited.getMessage().getHeader(MESSAGE_ID, String.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream().anyMatch(
                r -> "status".equals(r.header(EVENT_TYPE)) && wamid.equals(r.header(MESSAGE_ID))
                        && Integer.valueOf(131049).equals(r.header(ERROR_CODE))));
        Instant failedAt = RECEIVED.all().stream().map(ReceivedEvents.Received::body)
                .filter(MessageStatus.class::isInstance).map(MessageStatus.class::cast)
                .filter(s -> s.id().equals(wamid)).findFirst().orElseThrow().timestamp();
        int sentBefore = EMULATOR.emulator().sentMessages().size();

        Exchange held = send("direct:send", CAROL, SALE, "MARKETING");

        assertThat(held.getException()).isInstanceOfSatisfying(MarketingBlockedException.class, e -> {
            assertThat(e.getReason()).isEqualTo(MarketingBlock.Reason.MARKETING_LIMIT);
            assertThat(e.getUntil()).isEqualTo(failedAt.plus(Duration.ofHours(24)));
        });
        assertThat(EMULATOR.emulator().sentMessages()).hasSize(sentBefore);

        EMULATOR.emulator().advanceClock(Duration.ofHours(24).plusMinutes(1));
        assertThat(send("direct:send", CAROL, SALE, "MARKETING").getException()).isNull();
    }

    @Test
    void a131050SendAnswerHoldsBackTheNextMarketingTemplate() {
        EMULATOR.emulator().injectFault(Fault.graphError(131050));

        Exchange answered = send("direct:send", DAVE, SALE, null);
        assertThat(answered.getException()).isInstanceOfSatisfying(WhatsAppCloudPolicyException.class,
                e -> assertThat(e.getCode()).isEqualTo(131050));

        Exchange held = send("direct:send", DAVE, SALE, "MARKETING");
        assertThat(held.getException()).isInstanceOfSatisfying(MarketingBlockedException.class,
                e -> assertThat(e.getReason()).isEqualTo(MarketingBlock.Reason.OPTED_OUT));
        assertThat(EMULATOR.emulator().sentMessages()).isEmpty();

        // without a known category the template is sent: the policy cannot tell it is marketing
        assertThat(send("direct:send", DAVE, SALE, null).getException()).isNull();
    }

    private static Exchange send(String endpoint, String to, TemplateMessage template, String category) {
        return APP.context().createProducerTemplate().request(endpoint, exchange -> {
            exchange.getMessage().setHeader(TO, to);
            if (category != null) {
                exchange.getMessage().setHeader(TEMPLATE_CATEGORY, category);
            }
            exchange.getMessage().setBody(template);
        });
    }

    private static UserPreferenceUpdate awaitPreference(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .filter(r -> "user_preferences".equals(r.header(EVENT_TYPE))).count() >= count);
        return RECEIVED.all().stream().filter(r -> "user_preferences".equals(r.header(EVENT_TYPE)))
                .map(r -> (UserPreferenceUpdate) r.body()).skip(count - 1).findFirst().orElseThrow();
    }
}
