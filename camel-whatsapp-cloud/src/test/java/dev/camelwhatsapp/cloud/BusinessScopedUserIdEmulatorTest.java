package dev.camelwhatsapp.cloud;

import java.time.Duration;
import java.util.List;

import dev.camelwhatsapp.cloud.api.SendResult;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudBadRequestException;
import dev.camelwhatsapp.cloud.flow.ConversationWindowStore;
import dev.camelwhatsapp.cloud.flow.FlowDefaults;
import dev.camelwhatsapp.cloud.model.InvalidMessageException;
import dev.camelwhatsapp.cloud.model.TemplateMessage;
import dev.camelwhatsapp.cloud.model.inbound.InboundMessage;
import dev.camelwhatsapp.cloud.model.inbound.MessageStatus;
import dev.camelwhatsapp.cloud.model.inbound.field.UserPreferenceUpdate;
import dev.camelwhatsapp.cloud.test.ReceivedEvents;
import dev.camelwhatsapp.cloud.test.ReceivedEvents.Received;
import dev.camelwhatsapp.cloud.test.WebhookTestServer;
import dev.camelwhatsapp.emulator.SentMessage;
import dev.camelwhatsapp.emulator.TemplateDefinition;
import dev.camelwhatsapp.emulator.WhatsAppCloudEmulator;
import dev.camelwhatsapp.emulator.WhatsAppUser;
import dev.camelwhatsapp.emulator.junit.WhatsAppCloudEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.CONTACT_NAME;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.EVENT_TYPE;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.FROM;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.MESSAGE_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.PARENT_USER_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.RECIPIENT_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.STATUS;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TEMPLATE_CATEGORY;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.TO;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.USERNAME;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.USER_ID;
import static dev.camelwhatsapp.cloud.WhatsAppCloudConstants.WA_ID;
import static dev.camelwhatsapp.cloud.test.WebhookTestServer.APP_SECRET;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_ACCESS_TOKEN;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Usernames and business-scoped user ids end to end against the emulator: a user known only by BSUID writes, the
 * route sees who wrote in the headers and answers to the BSUID (sent in {@code recipient}); a user known by both ids
 * has one 24-hour window whichever id the route replies to; an authentication template never goes to a BSUID;
 * delivered and read statuses and {@code user_preferences} events name the user in the same headers.
 */
class BusinessScopedUserIdEmulatorTest {

    static final String MARIA = "US.13491208655302741918";
    static final String MARIA_PARENT = "US.ENT.11815799212886844830";

    @RegisterExtension
    static final WhatsAppCloudEmulatorExtension EMULATOR = new WhatsAppCloudEmulatorExtension(
            WhatsAppCloudEmulator.builder().appSecret(APP_SECRET)
                    .user(new WhatsAppUser(DEFAULT_USER_WA_ID, "Alice"))
                    .user(new WhatsAppUser(null, "Maria", true, MARIA, "maria.lopez", MARIA_PARENT))
                    .template(TemplateDefinition.builder("login_code", "en_US").category("AUTHENTICATION")
                            .body("{{1}} is your verification code.").build()))
            .resetBeforeEachTest();

    @RegisterExtension
    static final WebhookTestServer.PerClass APP = WebhookTestServer.perClass(received -> new RouteBuilder() {
        @Override
        public void configure() {
            from("whatsapp-cloud:*?appSecret=RAW({{whatsapp.secret}})").process(received);
            // strict window policy: a free-form reply goes out only when the producer knows the window is open
            from("direct:send").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s",
                    DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri());
            from("direct:checkedSend").toF("whatsapp-cloud:%s?accessToken=RAW(%s)&baseUri=%s&templateCheck=true"
                    + "&wabaId=%s",
                    DEFAULT_PHONE_NUMBER_ID, DEFAULT_ACCESS_TOKEN, EMULATOR.baseUri(),
                    WhatsAppCloudEmulator.DEFAULT_WABA_ID);
        }
    }).deliveredBy(EMULATOR);
    static final ReceivedEvents RECEIVED = APP.received();

    @Test
    void aUsernameOnlyUserWritesAndIsAnsweredByBsuid() {
        String inbound = EMULATOR.emulator().simulateInbound("{\"from_user_id\":\"" + MARIA
                + "\",\"type\":\"text\",\"text\":{\"body\":\"Is my order"
                + " ready?\"}}");
        Received message = awaitMessage(inbound);
        assertThat(message.headers()).doesNotContainKey(FROM)
                .containsEntry(USER_ID, MARIA)
                .containsEntry(PARENT_USER_ID, MARIA_PARENT)
                .containsEntry(USERNAME, "maria.lopez");
        assertThat(((InboundMessage) message.body()).from()).isNull();

        // the route answers to whatever id the event names
        Exchange answer = send("direct:send", (String) message.header(USER_ID), "Yes, it ships today");

        assertThat(answer.getException()).isNull();
        assertThat(answer.getMessage().getHeader(USER_ID)).isEqualTo(MARIA);
        assertThat(answer.getMessage().getHeader(WA_ID)).isNull();
        assertThat(answer.getMessage().getBody(SendResult.class).userId()).isEqualTo(MARIA);
        SentMessage sent = EMULATOR.emulator().sentMessage(answer.getMessage().getHeader(MESSAGE_ID, String.class))
                .orElseThrow();
        assertThat(sent.request().path("recipient").asText()).isEqualTo(MARIA);
        assertThat(sent.request().has("to")).isFalse();
    }

    @Test
    void aUserKnownByBothIdsHasOneWindowWhicheverIdTheRouteRepliesTo() {
        String inbound = EMULATOR.emulator().simulateText(DEFAULT_USER_WA_ID, "hi");
        Received message = awaitMessage(inbound);
        String bsuid = (String) message.header(USER_ID);
        assertThat(bsuid).isNotNull();
        assertThat(message.header(FROM)).isEqualTo(DEFAULT_USER_WA_ID);

        Exchange byBsuid = send("direct:send", bsuid, "Replying by id");
        Exchange byPhone = send("direct:send", "+" + DEFAULT_USER_WA_ID, "Replying by number");

        assertThat(byBsuid.getException()).isNull();
        assertThat(byPhone.getException()).isNull();
        assertThat(byPhone.getMessage().getHeader(USER_ID)).isEqualTo(bsuid);
        assertThat(byBsuid.getMessage().getHeader(WA_ID)).isEqualTo(DEFAULT_USER_WA_ID);
    }

    @Test
    void aSendAnswerThatNamesBothIdsLinksThemForTheWindowCheck() {
        // no webhook reaches the app: the send answer is the only place the link can come from
        EMULATOR.emulator().pauseWebhooks();
        try {
            Exchange template = APP.context().createProducerTemplate().request("direct:send", exchange -> {
                exchange.getMessage().setHeader(TO, WhatsAppCloudEmulator.DEFAULT_NON_READING_USER_WA_ID);
                exchange.getMessage().setBody(TemplateMessage.builder("hello_world", "en_US").build());
            });

            String bsuid = template.getMessage().getHeader(USER_ID, String.class);
            assertThat(bsuid).startsWith("US.");
            ConversationWindowStore windows = FlowDefaults.conversationWindowStore(APP.context());
            assertThat(windows.linkedUserId(DEFAULT_PHONE_NUMBER_ID,
                    WhatsAppCloudEmulator.DEFAULT_NON_READING_USER_WA_ID)).contains(bsuid);
            assertThat(windows.linkedUserId(DEFAULT_PHONE_NUMBER_ID, bsuid))
                    .contains(WhatsAppCloudEmulator.DEFAULT_NON_READING_USER_WA_ID);
        } finally {
            EMULATOR.emulator().resumeWebhooks();
        }
    }

    @Test
    void aBsuidNobodyWroteFromHasNoOpenWindow() {
        Exchange refused = send("direct:send", "DE.55555555555555555555", "Hello?");

        assertThat(refused.getException()).isInstanceOf(
                dev.camelwhatsapp.cloud.flow.ConversationWindowClosedException.class);
        assertThat(EMULATOR.emulator().sentMessages()).isEmpty();
    }

    @Test
    void anAuthenticationTemplateToABsuidIsRefusedBeforeHttpByHeaderOrTemplateCheck() {
        TemplateMessage code = TemplateMessage.builder("login_code", "en_US").bodyText("123456").build();

        Exchange byHeader = APP.context().createProducerTemplate().request("direct:send", exchange -> {
            exchange.getMessage().setHeader(TO, MARIA);
            exchange.getMessage().setHeader(TEMPLATE_CATEGORY, "authentication");
            exchange.getMessage().setBody(code);
        });
        Exchange byCache = APP.context().createProducerTemplate().request("direct:checkedSend", exchange -> {
            exchange.getMessage().setHeader(TO, MARIA);
            exchange.getMessage().setBody(code);
        });

        for (Exchange refused : List.of(byHeader, byCache)) {
            assertThat(refused.getException()).isInstanceOfSatisfying(InvalidMessageException.class, e -> {
                assertThat(e.field()).isEqualTo("recipient");
                assertThat(e.getMessage()).contains("needs a phone number").contains("131062");
            });
        }
        assertThat(EMULATOR.emulator().sentMessages()).isEmpty();

        // without a known category the emulator answers as Meta does
        Exchange unchecked = APP.context().createProducerTemplate().request("direct:send", exchange -> {
            exchange.getMessage().setHeader(TO, MARIA);
            exchange.getMessage().setBody(code);
        });
        assertThat(unchecked.getException()).isInstanceOfSatisfying(WhatsAppCloudBadRequestException.class,
                e -> assertThat(e.getCode()).isEqualTo(131062));
    }

    @Test
    void deliveredAndReadStatusesNameTheRecipientsUsernameFromContacts() {
        awaitMessage(EMULATOR.emulator().simulateInbound("{\"from_user_id\":\"" + MARIA + "\",\"type\":\"text\","
                + "\"text\":{\"body\":\"hi\"}}"));
        Exchange answer = send("direct:send", MARIA, "Hello Maria");
        assertThat(answer.getException()).isNull();
        String wamid = answer.getMessage().getHeader(MESSAGE_ID, String.class);

        Received read = awaitStatus(wamid, "read");
        Received sent = awaitStatus(wamid, "sent");
        // Meta names the username once the message reached the user, not in sent (nor failed) statuses
        assertThat(read.headers()).containsEntry(USERNAME, "maria.lopez").containsEntry(USER_ID, MARIA)
                .containsEntry(PARENT_USER_ID, MARIA_PARENT).doesNotContainKey(RECIPIENT_ID);
        assertThat(((MessageStatus) read.body()).contact().username()).isEqualTo("maria.lopez");
        assertThat(awaitStatus(wamid, "delivered").headers()).containsEntry(USERNAME, "maria.lopez");
        assertThat(sent.headers()).doesNotContainKey(USERNAME).containsEntry(USER_ID, MARIA);
    }

    @Test
    void aUserPreferencesEventNamesTheUserInTheIdentityHeaders() {
        EMULATOR.emulator().stopMarketing(DEFAULT_USER_WA_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .anyMatch(r -> "user_preferences".equals(r.header(EVENT_TYPE))));
        Received stop = RECEIVED.all().stream().filter(r -> "user_preferences".equals(r.header(EVENT_TYPE)))
                .findFirst().orElseThrow();
        UserPreferenceUpdate update = (UserPreferenceUpdate) stop.body();
        assertThat(update.userId()).startsWith("US.");
        assertThat(stop.headers()).containsEntry(FROM, DEFAULT_USER_WA_ID)
                .containsEntry(USER_ID, update.userId())
                .containsEntry(CONTACT_NAME, "Alice")
                .containsKey(WhatsAppCloudConstants.TIMESTAMP);
        // both ids named in one event: a reply to either finds the same user
        assertThat(FlowDefaults.conversationWindowStore(APP.context())
                .linkedUserId(DEFAULT_PHONE_NUMBER_ID, DEFAULT_USER_WA_ID)).contains(update.userId());
    }

    private static Received awaitStatus(String wamid, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .anyMatch(r -> status.equals(r.header(STATUS)) && wamid.equals(r.header(MESSAGE_ID))));
        return RECEIVED.all().stream()
                .filter(r -> status.equals(r.header(STATUS)) && wamid.equals(r.header(MESSAGE_ID)))
                .findFirst().orElseThrow();
    }

    private static Exchange send(String endpoint, String to, String text) {
        return APP.context().createProducerTemplate().request(endpoint, exchange -> {
            exchange.getMessage().setHeader(TO, to);
            exchange.getMessage().setBody(text);
        });
    }

    private static Received awaitMessage(String wamid) {
        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.all().stream()
                .anyMatch(r -> "message".equals(r.header(EVENT_TYPE)) && wamid.equals(r.header(MESSAGE_ID))));
        return RECEIVED.all().stream()
                .filter(r -> "message".equals(r.header(EVENT_TYPE)) && wamid.equals(r.header(MESSAGE_ID)))
                .findFirst().orElseThrow();
    }
}
