package dev.camelwhatsapp.cloud.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PayloadRejectionTest {

    private final WebhookPayloadParser parser = new WebhookPayloadParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON            | {"object":"whatsapp_business_account","entry":[ | malformed JSON
            garbage after the object  | {"object":"whatsapp_business_account","entry":[]} trailing | malformed JSON
            not JSON at all           | secret-token-1234                                 | malformed JSON
            JSON array body           | [{"object":"whatsapp_business_account","entry":[]}] | body is not a JSON object
            JSON string body          | "whatsapp_business_account"                       | body is not a JSON object
            whitespace only           | `   `                                             | body is not a JSON object
            wrong object              | {"object":"page","entry":[]}                      | object is not whatsapp_business_account
            missing object            | {"entry":[]}                                      | object is not whatsapp_business_account
            missing entry             | {"object":"whatsapp_business_account"}            | entry array missing
            entry not an array        | {"object":"whatsapp_business_account","entry":{}} | entry array missing
            entry item not an object  | {"object":"whatsapp_business_account","entry":[1]} | entry[0] is not an object
            changes not an array      | {"object":"whatsapp_business_account","entry":[{"id":"1","changes":"x"}]} | entry[0].changes is not an array
            change not an object      | {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[null]}]} | entry[0].changes[0] is not an object
            message not an object     | {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messages":["x"]}}]}]} | entry[0].changes[0].value.messages[0] is not an object
            statuses not an array     | {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"statuses":{}}}]}]} | entry[0].changes[0].value.statuses is not an array
            duplicate key             | {"object":"whatsapp_business_account","object":"whatsapp_business_account","entry":[]} | malformed JSON
            """)
    void refusedWithBadRequest(String description, String body, String reason) {
        WebhookRejectedException rejection = rejectionOf(body.getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.statusCode()).isEqualTo(400);
        assertThat(rejection.getMessage()).startsWith(reason);
    }

    @Test
    void emptyBodyIsRefused() {
        assertThat(rejectionOf(new byte[0])).satisfies(rejection -> {
            assertThat(rejection.statusCode()).isEqualTo(400);
            assertThat(rejection.getMessage()).isEqualTo("empty body");
        });
        assertThat(rejectionOf(null).statusCode()).isEqualTo(400);
    }

    @Test
    void reasonGivesThePositionButNeverEchoesThePayload() {
        WebhookRejectedException rejection
                = rejectionOf("{\"object\": secret-token-1234}".getBytes(StandardCharsets.UTF_8));

        assertThat(rejection.getMessage()).matches("malformed JSON at line 1, column \\d+")
                .doesNotContain("secret");
        assertThat(rejection.getCause()).isNull();
    }

    @Test
    void invalidUtf8IsMalformed() {
        byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[\"\"]}".getBytes(StandardCharsets.UTF_8);
        body[body.length - 4] = (byte) 0xC3; // a lead byte followed by a quote is not UTF-8

        assertThat(rejectionOf(body).getMessage()).isEqualTo("body is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "C0AF", // overlong "/"
            "E080AF", // overlong "/", three bytes
            "EDA080", // a UTF-16 surrogate
            "F4908080", // beyond U+10FFFF
            "FF", // never in UTF-8
            "80", // a continuation byte alone
            "E282" // a truncated sequence
    })
    void everyInvalidUtf8SequenceInsideAStringIsRefused(String hex) {
        byte[] before = "{\"object\":\"whatsapp_business_account\",\"entry\":[],\"x\":\"".getBytes(
                StandardCharsets.UTF_8);
        byte[] invalid = java.util.HexFormat.of().parseHex(hex);
        byte[] after = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + invalid.length + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        System.arraycopy(invalid, 0, body, before.length, invalid.length);
        System.arraycopy(after, 0, body, before.length + invalid.length, after.length);

        assertThat(rejectionOf(body).getMessage()).isEqualTo("body is not valid UTF-8");
        assertThat(rejectionOf(body).statusCode()).isEqualTo(400);
    }

    private WebhookRejectedException rejectionOf(byte[] body) {
        WebhookRejectedException rejection
                = catchThrowableOfType(WebhookRejectedException.class, () -> parser.parse(body));
        assertThat(rejection).as("rejection").isNotNull();
        return rejection;
    }
}
