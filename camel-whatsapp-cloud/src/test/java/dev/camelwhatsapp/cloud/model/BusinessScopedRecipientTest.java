package dev.camelwhatsapp.cloud.model;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.MAPPER;
import static dev.camelwhatsapp.cloud.model.GraphJsonAssertions.assertJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A business-scoped user id (BSUID) as recipient: sent in {@code recipient}, checked as strictly as a number. */
class BusinessScopedRecipientTest {

    private static final String BSUID = "US.13491208655302741918";

    @ParameterizedTest
    @ValueSource(strings = { BSUID, "US.ENT.11815799212886844830", "IN.1648738043044942", "BR.abcDEF123" })
    void wellFormedIdsAreKeptAsGiven(String id) {
        assertThat(Recipient.normalize(id)).isEqualTo(id);
        assertThat(Recipient.normalize("  " + id + " ")).isEqualTo(id);
        assertThat(Recipient.isBusinessScopedUserId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "us.13491208655302741918", "US.", "US.1349-1208", "US.ENT.", "US.1349.1208",
            "USA.123", "US.13491208655302741918 x" })
    void malformedIdsFailOnRecipientNamingTheFormat(String id) {
        assertThatThrownBy(() -> Recipient.normalize(id))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.field()).isIn("recipient",
                        "to"))
                .hasMessageContaining("US.13491208655302741918");
    }

    @Test
    void phoneNumbersAreNotTakenForIds() {
        assertThat(Recipient.isBusinessScopedUserId("16505551234")).isFalse();
        assertThat(Recipient.isBusinessScopedUserId("+1 (650) 555-1234")).isFalse();
        assertThat(Recipient.normalize("+1 (650) 555-1234")).isEqualTo("16505551234");
    }

    @Test
    void aTypedMessageToAnIdIsSentInRecipientNotTo() {
        assertJson(MessageRequest.of(BSUID, TextMessage.of("Hi")).toGraphJson(), """
                {"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
                 "type":"text","text":{"body":"Hi","preview_url":false}}""");
    }

    @Test
    void aRawMapMayNameItsUserInRecipient() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("recipient", BSUID);
        message.put("type", "text");
        message.put("text", Map.of("body", "Hi"));
        var body = new MessageRequest(null, RawMessage.of(message), null, null).toGraphJson();
        assertThat(body.get("recipient").asText()).isEqualTo(BSUID);
        assertThat(body.has("to")).isFalse();
    }

    @Test
    void theHeaderRecipientReplacesTheRawMapsOwnWhicheverFieldItUses() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("to", "16505551234");
        message.put("type", "text");
        message.put("text", Map.of("body", "Hi"));
        var toId = MessageRequest.of(BSUID, RawMessage.of(message)).toGraphJson();
        assertThat(toId.get("recipient").asText()).isEqualTo(BSUID);
        assertThat(toId.has("to")).isFalse();

        message.remove("to");
        message.put("recipient", BSUID);
        var toNumber = MessageRequest.of("+1 650 555 1234", RawMessage.of(message)).toGraphJson();
        assertThat(toNumber.get("to").asText()).isEqualTo("16505551234");
        assertThat(toNumber.has("recipient")).isFalse();
    }

    @Test
    void aRawMapWithBothUsesTheNumberAsMetaWould() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("to", "16505551234");
        message.put("recipient", BSUID);
        message.put("type", "text");
        message.put("text", Map.of("body", "Hi"));
        var body = new MessageRequest(null, RawMessage.of(message), null, null).toGraphJson();
        assertThat(body.get("to").asText()).isEqualTo("16505551234");
        assertThat(body.has("recipient")).isFalse();
    }

    @Test
    void theJsonValidatorRefusesAmbiguousOrMisplacedRecipients() throws Exception {
        assertThatThrownBy(() -> MessageValidator.validateRequest(MAPPER.readTree("""
                {"messaging_product":"whatsapp","to":"16505551234","recipient":"US.1","type":"text",
                 "text":{"body":"Hi"}}""")))
                .isInstanceOfSatisfying(InvalidMessageException.class, e -> assertThat(e.field()).isEqualTo(
                        "recipient"))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> MessageValidator.validateRequest(MAPPER.readTree("""
                {"messaging_product":"whatsapp","recipient":"16505551234","type":"text","text":{"body":"Hi"}}""")))
                .hasMessageContaining("a phone number goes in to");
        assertThatThrownBy(() -> MessageValidator.validateRequest(MAPPER.readTree("""
                {"messaging_product":"whatsapp","to":"US.1349","type":"text","text":{"body":"Hi"}}""")))
                .hasMessageContaining("goes in recipient");
    }
}
