package dev.camelwhatsapp.cloud.webhook.internal;

import dev.camelwhatsapp.cloud.webhook.WebhookVerification;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationRequestTest {

    private final Message request = new DefaultExchange(new DefaultCamelContext()).getMessage();

    @Test
    void rawQueryIsDecodedOnce() {
        request.setHeader(Exchange.HTTP_QUERY, "hub.mode=subscribe&hub.verify_token=a%2Bb+c&hub.challenge=%2541");
        request.setHeader(VerificationRequest.VERIFY_TOKEN, "engine-decoded value is ignored");

        VerificationRequest verification = VerificationRequest.of(request);

        assertThat(verification).isEqualTo(new VerificationRequest("subscribe", "a+b c", "%41"));
    }

    @Test
    void firstOccurrenceWins() {
        request.setHeader(Exchange.HTTP_QUERY, "hub.verify_token=first&hub.verify_token=second");

        assertThat(VerificationRequest.of(request).token()).isEqualTo("first");
    }

    @Test
    void malformedEscapeLeavesTheParameterOut() {
        request.setHeader(Exchange.HTTP_QUERY, "hub.mode=subscribe&hub.verify_token=%zz&hub.challenge=1");

        VerificationRequest verification = VerificationRequest.of(request);

        assertThat(verification.token()).isNull();
        assertThat(WebhookVerification.answer(verification.mode(), verification.token(), verification.challenge(),
                "%zz").accepted()).isFalse();
    }

    @Test
    void engineHeadersAreUsedWithoutRawQuery() {
        request.setHeader(VerificationRequest.MODE, "subscribe");
        request.setHeader(VerificationRequest.VERIFY_TOKEN, "t");
        request.setHeader(VerificationRequest.CHALLENGE, "c");

        assertThat(VerificationRequest.of(request)).isEqualTo(new VerificationRequest("subscribe", "t", "c"));
    }

    @Test
    void parameterWithoutValueIsEmpty() {
        request.setHeader(Exchange.HTTP_QUERY, "hub.mode&hub.challenge=");

        assertThat(VerificationRequest.of(request)).isEqualTo(new VerificationRequest("", null, ""));
    }
}
