package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.camelwhatsapp.cloud.PhoneNumberIds;
import dev.camelwhatsapp.cloud.model.inbound.FieldChange;
import dev.camelwhatsapp.cloud.model.inbound.WebhookContext;
import dev.camelwhatsapp.cloud.webhook.AckMode;
import dev.camelwhatsapp.cloud.webhook.WebhookEventEnvelope;
import dev.camelwhatsapp.cloud.webhook.WebhookVerification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventSequenceTest {

    static final WebhookEventEnvelope EVENT = WebhookEventEnvelope.of(new FieldChange(
            new WebhookContext("waba", "account_update", null, null), JsonNodeFactory.instance.objectNode()));

    /** A subscriber whose processing is given per test. */
    static WebhookSubscriber subscriber(EventProcessing processing) {
        return new WebhookSubscriber() {
            public String phoneNumberId() {
                return PhoneNumberIds.ANY;
            }

            public String wabaId() {
                return null;
            }

            public boolean acceptsEventType(String eventType) {
                return true;
            }

            public boolean trusts(byte[] rawBody, String signatureHeader) {
                return true;
            }

            public WebhookVerification verify(String mode, String token, String challenge) {
                return WebhookVerification.answer(mode, token, challenge, null);
            }

            public long maxBodySize() {
                return 1;
            }

            public AckMode ackMode() {
                return AckMode.afterProcessing;
            }

            public BoundedEventQueue immediateQueue() {
                return null;
            }

            public boolean process(WebhookEventEnvelope event, EventCallback callback) {
                return processing.process(callback);
            }
        };
    }

    interface EventProcessing {
        boolean process(EventCallback callback);
    }

    @Test
    void thousandsOfSynchronousEventsDoNotGrowTheStack() {
        int[] processed = { 0 };
        WebhookSubscriber sync = subscriber(callback -> {
            processed[0]++;
            callback.done(true, true);
            return true;
        });
        List<EventSequence.Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            deliveries.add(new EventSequence.Delivery(EVENT, sync));
        }
        boolean[] result = new boolean[2];

        boolean doneSync = new EventSequence(deliveries, (all, sync2) -> {
            result[0] = all;
            result[1] = sync2;
        }).start();

        assertThat(doneSync).isTrue();
        assertThat(processed[0]).isEqualTo(100_000);
        assertThat(result).containsExactly(true, true);
    }

    @Test
    void asynchronousEventsContinueOnTheirThreadAndOneFailureFailsAllButStopsNone() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        int[] processed = { 0 };
        WebhookSubscriber async = subscriber(callback -> {
            int index = processed[0]++;
            pool.execute(() -> callback.done(index != 1, false));
            return false;
        });
        CompletableFuture<String> outcome = new CompletableFuture<>();

        boolean doneSync = new EventSequence(
                List.of(new EventSequence.Delivery(EVENT, async),
                        new EventSequence.Delivery(EVENT, async), new EventSequence.Delivery(EVENT, async)),
                (all, sync) -> outcome.complete(all + "/" + sync)).start();

        assertThat(doneSync).isFalse();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("false/false");
        assertThat(processed[0]).isEqualTo(3);
        pool.shutdown();
    }

    @Test
    void emptyPayloadCompletesAtOnce() {
        boolean[] all = { false };

        assertThat(new EventSequence(List.of(), (succeeded, sync) -> all[0] = succeeded && sync).start()).isTrue();
        assertThat(all[0]).isTrue();
    }
}
