package dev.camelwhatsapp.cloud.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookVerificationTest {

    private static final String TOKEN = "meatyhamhock";

    @Test
    void matchingTokenAnswersTheChallenge() {
        WebhookVerification answer = WebhookVerification.answer("subscribe", TOKEN, "1158201444", TOKEN);

        assertThat(answer).isEqualTo(new WebhookVerification(200, "1158201444"));
        assertThat(answer.accepted()).isTrue();
    }

    @ParameterizedTest(name = "mode={0} token={1} challenge={2} expected={3}")
    @CsvSource(nullValues = "null", value = {
            "subscribe,   wrong-token,    1158201444, meatyhamhock",
            "subscribe,   meatyhamhocks,  1158201444, meatyhamhock",
            "subscribe,   meatyhamhoc,    1158201444, meatyhamhock",
            "subscribe,   MEATYHAMHOCK,   1158201444, meatyhamhock",
            "unsubscribe, meatyhamhock,   1158201444, meatyhamhock",
            "Subscribe,   meatyhamhock,   1158201444, meatyhamhock",
            "null,        meatyhamhock,   1158201444, meatyhamhock",
            "subscribe,   null,           1158201444, meatyhamhock",
            "subscribe,   meatyhamhock,   null,       meatyhamhock",
            "subscribe,   meatyhamhock,   '',         meatyhamhock",
            "subscribe,   null,           1158201444, null",
            "subscribe,   '',             1158201444, ''",
    })
    void anythingElseIsRefused(String mode, String token, String challenge, String expected) {
        WebhookVerification answer = WebhookVerification.answer(mode, token, challenge, expected);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.accepted()).isFalse();
        assertThat(answer.body()).isNotEqualTo(challenge);
    }

    @Test
    void unicodeTokensCompareExactly() {
        assertThat(WebhookVerification.answer("subscribe", "clé-ünïcode", "42", "clé-ünïcode").accepted()).isTrue();
        assertThat(WebhookVerification.answer("subscribe", "cle-ünïcode", "42", "clé-ünïcode").accepted()).isFalse();
    }
}
