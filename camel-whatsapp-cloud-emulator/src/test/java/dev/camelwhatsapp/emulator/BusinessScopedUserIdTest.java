package dev.camelwhatsapp.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.emulator.support.GraphClient;
import dev.camelwhatsapp.emulator.support.ReceivingEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_PHONE_NUMBER_ID;
import static dev.camelwhatsapp.emulator.WhatsAppCloudEmulator.DEFAULT_USER_WA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Usernames and business-scoped user ids (BSUIDs): a user known only by BSUID writes with webhooks that carry no
 * phone number, is answered through {@code recipient}, and every messages webhook names the user's BSUID.
 */
class BusinessScopedUserIdTest {

    private static final String MESSAGES = "/v26.0/" + DEFAULT_PHONE_NUMBER_ID + "/messages";
    private static final String MARIA = "US.13491208655302741918";

    @RegisterExtension
    static final ReceivingEmulator RUNNING = new ReceivingEmulator(
            builder -> builder
                    .user(new WhatsAppUser(DEFAULT_USER_WA_ID, "Alice"))
                    .user(WhatsAppUser.usernameOnly(MARIA, "maria.lopez", "Maria"))
                    .template(TemplateDefinition.builder("login_code", "en_US").category("AUTHENTICATION")
                            .body("{{1}} is your verification code.").copyCodeButton("123456").build()));

    @BeforeEach
    void reset() {
        RUNNING.client().post("/_emulator/reset", "{}");
        RUNNING.receiver().clear();
    }

    @Test
    void aUsernameOnlyUserWritesWithoutAPhoneNumberAndIsAnsweredByRecipient() {
        String inbound = RUNNING.client().post("/_emulator/inbound", "{\"from_user_id\":\"" + MARIA
                + "\",\"type\":\"text\",\"text\":{\"body\":\"Is my order ready?\"}}").json().path("id").asText();

        await().until(() -> RUNNING.receiver().messages().stream()
                .anyMatch(m -> m.path("id").asText().equals(inbound)));
        JsonNode value = valueWith(inbound);
        JsonNode message = value.path("messages").get(0);
        assertThat(message.has("from")).as("no phone number for a username-only user").isFalse();
        assertThat(message.path("from_user_id").asText()).isEqualTo(MARIA);
        JsonNode contact = value.path("contacts").get(0);
        assertThat(contact.has("wa_id")).isFalse();
        assertThat(contact.path("user_id").asText()).isEqualTo(MARIA);
        assertThat(contact.path("profile").path("username").asText()).isEqualTo("maria.lopez");

        GraphClient.Response answer = RUNNING.client().post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"recipient\":\""
                        + MARIA + "\",\"type\":\"text\",\"text\":{\"body\":\"Yes, it ships today\"}}");
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(200);
        JsonNode answered = answer.json().path("contacts").get(0);
        assertThat(answered.path("input").asText()).isEqualTo(MARIA);
        assertThat(answered.has("wa_id")).isFalse();
        assertThat(answered.path("user_id").asText()).isEqualTo(MARIA);

        String wamid = answer.wamid();
        await().until(() -> RUNNING.receiver().statusesOf(wamid).contains("delivered"));
        JsonNode delivered = RUNNING.receiver().statuses().stream().filter(s -> s.path("id").asText().equals(wamid))
                .filter(s -> s.path("status").asText().equals("delivered")).findFirst().orElseThrow();
        assertThat(delivered.has("recipient_id")).isFalse();
        assertThat(delivered.path("recipient_user_id").asText()).isEqualTo(MARIA);
    }

    @Test
    void aPhoneUserHasABsuidInWebhooksAndAnswersAndCanBeReachedByIt() {
        String inbound = RUNNING.client().post("/_emulator/inbound", "{\"from\":\"" + DEFAULT_USER_WA_ID
                + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}").json().path("id").asText();
        await().until(() -> RUNNING.receiver().messages().stream()
                .anyMatch(m -> m.path("id").asText().equals(inbound)));
        JsonNode message = valueWith(inbound).path("messages").get(0);
        String bsuid = message.path("from_user_id").asText();
        assertThat(message.path("from").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(bsuid).matches("US\\.\\d{20}");
        assertThat(valueWith(inbound).path("contacts").get(0).path("user_id").asText())
                .isEqualTo(bsuid);

        GraphClient.Response byPhone = RUNNING.client().post(MESSAGES,
                GraphClient.text(DEFAULT_USER_WA_ID, "by phone"));
        assertThat(byPhone.json().path("contacts").get(0).path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(byPhone.json().path("contacts").get(0).path("user_id").asText()).isEqualTo(bsuid);

        // the BSUID reaches the same user: the window the phone number opened serves it too
        GraphClient.Response byBsuid = RUNNING.client().post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"recipient\":\""
                        + bsuid + "\",\"type\":\"text\",\"text\":{\"body\":\"by id\"}}");
        assertThat(byBsuid.status()).as(String.valueOf(byBsuid.json())).isEqualTo(200);
        assertThat(byBsuid.json().path("contacts").get(0).path("wa_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        await().until(() -> RUNNING.receiver().statusesOf(byBsuid.wamid()).contains("delivered"));
        JsonNode sent = RUNNING.receiver().statuses().stream()
                .filter(s -> s.path("id").asText().equals(byBsuid.wamid()))
                .findFirst().orElseThrow();
        assertThat(sent.path("recipient_id").asText()).isEqualTo(DEFAULT_USER_WA_ID);
        assertThat(sent.path("recipient_user_id").asText()).isEqualTo(bsuid);
    }

    private static JsonNode valueWith(String messageId) {
        return RUNNING.receiver().changes().stream().map(change -> change.path("value"))
                .filter(value -> value.path("messages").path(0).path("id").asText().equals(messageId))
                .findFirst().orElseThrow();
    }

    @Test
    void anAuthenticationTemplateToABsuidIs131062() {
        GraphClient.Response refused = RUNNING.client().post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"recipient\":\""
                        + MARIA
                        + "\",\"type\":\"template\",\"template\":{\"name\":\"login_code\",\"language\":{\"code\":"
                        + "\"en_US\"},\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":"
                        + "\"123456\"}]},{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"0\",\"parameters\":"
                        + "[{\"type\":\"text\",\"text\":\"123456\"}]}]}}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo(131062);
    }

    @Test
    void malformedOrUnknownBsuids() {
        GraphClient.Response malformed = RUNNING.client().post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"recipient\":"
                        + "\"us-123\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo(100);

        GraphClient.Response unknown = RUNNING.client().post(MESSAGES,
                "{\"messaging_product\":\"whatsapp\",\"recipient\":"
                        + "\"DE.99999999999999999999\",\"type\":\"template\",\"template\":{\"name\":\"hello_world\","
                        + "\"language\":{\"code\":\"en_US\"}}}");
        assertThat(unknown.status()).isEqualTo(200);
        await().until(() -> RUNNING.receiver().statusesOf(unknown.wamid()).contains("failed"));
    }

    @Test
    void controlApiAddsAUsernameOnlyUser() {
        GraphClient.Response added = RUNNING.client().post("/_emulator/users",
                "{\"user_id\":\"GB.77777777777777777777\",\"username\":\"olivia\",\"name\":\"Olivia\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().has("wa_id")).isFalse();
        assertThat(added.json().path("user_id").asText()).isEqualTo("GB.77777777777777777777");

        GraphClient.Response phoneUser = RUNNING.client().post("/_emulator/users", "{\"wa_id\":\"447700900123\"}");
        assertThat(phoneUser.json().path("user_id").asText()).startsWith("GB.");

        assertThat(RUNNING.client().post("/_emulator/users", "{\"name\":\"nobody\"}").status()).isEqualTo(400);
        assertThat(RUNNING.client().post("/_emulator/users", "{\"user_id\":\"not a bsuid\"}").status()).isEqualTo(400);
    }
}
