package dev.camelwhatsapp.cloud.flow.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import dev.camelwhatsapp.cloud.api.GraphApiError;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedeliveryPolicyTest {

    static final Duration SECOND = Duration.ofSeconds(1);

    final RedeliveryPolicy policy = new RedeliveryPolicy(
            4, SECOND, 2.0, Duration.ofSeconds(5), 0.0,
            Duration.ofSeconds(6), false);

    static WhatsAppCloudApiException meta(int httpStatus, Integer code, Duration retryAfter) {
        return WhatsAppCloudApiException.of(new GraphApiError(
                httpStatus, code, null, "OAuthException", "message",
                null, null, null, null, "AXsg", retryAfter));
    }

    @ParameterizedTest(name = "{0} is retried")
    @ValueSource(ints = { 130429, 4, 17, 80007, 131000, 131016, 131057, 1, 2 })
    void transientMetaErrorsAreRetriedWithExponentialBackOffCappedAtTheMaximum(int code) {
        WhatsAppCloudApiException error = meta(400, code, null);

        assertThat(policy.delayBefore(1, error, () -> 0.5)).contains(SECOND);
        assertThat(policy.delayBefore(2, error, () -> 0.5)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(3, error, () -> 0.5)).contains(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(4, error, () -> 0.5)).contains(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(5, error, () -> 0.5)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is never retried")
    @ValueSource(ints = {
            131047, 131026, 132000, 132001, 132015, 132069, 100, 131008, 131009, 190, 0, 10, 368,
            131049, 131050, 131031, 130497, 131021, 131051, 987654 })
    void permanentMetaErrorsFailAtOnce(int code) {
        assertThat(policy.delayBefore(1, meta(400, code, null), () -> 0.5)).isEmpty();
    }

    @Test
    void serverErrorsWithoutAMetaCodeAreRetried() {
        assertThat(policy.delayBefore(1, meta(502, null, null), () -> 0.5)).contains(SECOND);
        assertThat(policy.delayBefore(1, meta(400, null, null), () -> 0.5)).isEmpty();
    }

    @Test
    void pairRateErrorWaitsAtLeastThePairRateIntervalForThatRecipient() {
        RedeliveryPolicy patient = new RedeliveryPolicy(
                4, SECOND, 2.0, Duration.ofSeconds(60), 0.0,
                Duration.ofSeconds(6), false);

        assertThat(patient.delayBefore(1, meta(400, 131056, null), () -> 0.5)).contains(Duration.ofSeconds(6));
    }

    @Test
    void metasRequestedWaitIsHonouredAndTooLongAWaitFailsWithTheException() {
        assertThat(policy.delayBefore(1, meta(400, 80007, Duration.ofSeconds(3)), () -> 0.5))
                .contains(Duration.ofSeconds(3));
        assertThat(policy.delayBefore(1, meta(400, 4, Duration.ofMinutes(5)), () -> 0.5)).isEmpty();
    }

    @Test
    void jitterSpreadsTheDelayBothWaysWithinItsFraction() {
        RedeliveryPolicy jittery = new RedeliveryPolicy(
                4, SECOND, 2.0, Duration.ofSeconds(60), 0.2,
                Duration.ofSeconds(6), false);
        WhatsAppCloudApiException error = meta(400, 130429, null);

        assertThat(jittery.delayBefore(1, error, () -> 0.0)).contains(Duration.ofMillis(800));
        assertThat(jittery.delayBefore(1, error, () -> 0.999999)).hasValueSatisfying(
                d -> assertThat(d).isBetween(Duration.ofMillis(1199), Duration.ofMillis(1200)));
    }

    @Test
    void connectionFailuresThatSentNothingAreRetried() {
        for (Throwable unsent : new Throwable[]{
                new ConnectException("Connection refused"),
                new HttpHostConnectException("Connect to http://127.0.0.1:1 failed: Connection refused"),
                new ConnectTimeoutException("Connect timed out"),
                new UnknownHostException("graph.facebook.com"),
                DeadlineTimeoutException.from(org.apache.hc.core5.util.Deadline.fromUnixMilliseconds(1)),
                new CompletionException(new ConnectException("wrapped")) }) {
            assertThat(policy.delayBefore(1, unsent, () -> 0.5)).as(unsent.toString()).contains(SECOND);
        }
    }

    @Test
    void failuresAfterTheRequestWasWrittenAreNotRetriedUnlessAskedTo() {
        RedeliveryPolicy daring = new RedeliveryPolicy(
                4, SECOND, 2.0, Duration.ofSeconds(5), 0.0,
                Duration.ofSeconds(6), true);
        for (Throwable unanswered : new Throwable[]{
                new SocketTimeoutException("Read timed out"),
                new ConnectionClosedException("Connection closed by peer"),
                new IOException("Connection reset") }) {
            assertThat(policy.delayBefore(1, unanswered, () -> 0.5)).as(unanswered.toString()).isEmpty();
            assertThat(daring.delayBefore(1, unanswered, () -> 0.5)).as(unanswered.toString()).contains(SECOND);
        }
        assertThat(daring.delayBefore(1, new IllegalStateException("client closed"), () -> 0.5)).isEmpty();
        assertThat(daring.delayBefore(1, new javax.net.ssl.SSLHandshakeException("bad certificate"), () -> 0.5))
                .isEmpty();
    }

    @Test
    void zeroRedeliveriesNeverRetries() {
        RedeliveryPolicy none = new RedeliveryPolicy(0, SECOND, 2.0, SECOND, 0.0, Duration.ofSeconds(6), false);

        assertThat(none.delayBefore(1, meta(400, 130429, null), () -> 0.5)).isEqualTo(Optional.empty());
    }
}
