package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExactlyOnceGateTest {

    final MemoryIdempotentRepository repository = started(new MemoryIdempotentRepository());
    final ExactlyOnceGate gate = new ExactlyOnceGate(repository);

    static MemoryIdempotentRepository started(MemoryIdempotentRepository repository) {
        repository.start(); // its cache exists from start on
        return repository;
    }
    final AtomicInteger routed = new AtomicInteger();
    final List<String> outcomes = new ArrayList<>();

    /** Work that routes synchronously with the given outcome. */
    EventWork route(boolean succeeds) {
        return callback -> {
            routed.incrementAndGet();
            callback.done(succeeds, true);
            return true;
        };
    }

    EventCallback record() {
        return (succeeded, doneSync) -> outcomes.add(succeeded + (doneSync ? "/sync" : "/async"));
    }

    @Test
    void keyIsRememberedOnlyAfterSuccess() {
        gate.process("k", route(false), record());
        assertThat(repository.contains("k")).isFalse();

        gate.process("k", route(true), record());
        gate.process("k", route(true), record());

        assertThat(routed).hasValue(2);
        assertThat(outcomes).containsExactly("false/sync", "true/sync", "true/sync");
        assertThat(repository.contains("k")).isTrue();
        assertThat(gate.inProgress()).isZero();
    }

    @Test
    void sameKeyInProgressIsAnsweredAsFailedAtOnceAndNotRouted() {
        EventCallback[] first = new EventCallback[1];
        EventWork pending = callback -> {
            routed.incrementAndGet();
            first[0] = callback;
            return false;
        };

        assertThat(gate.process("k", pending, record())).isFalse();
        assertThat(gate.process("k", route(true), record())).as("does not wait").isTrue();
        assertThat(outcomes).containsExactly("false/sync");
        first[0].done(true, false);

        assertThat(routed).as("routed once").hasValue(1);
        assertThat(outcomes).containsExactly("false/sync", "true/async");
        assertThat(gate.process("k", route(true), record())).as("later: processed before").isTrue();
        assertThat(outcomes).endsWith("true/sync");
        assertThat(routed).hasValue(1);
        assertThat(gate.inProgress()).isZero();
    }

    @Test
    void repositoryThatCannotAnswerFailsTheEventRatherThanRoutingIt() {
        ExactlyOnceGate broken = new ExactlyOnceGate(started(new MemoryIdempotentRepository() {
            @Override
            public boolean contains(String key) {
                throw new IllegalStateException("database down");
            }
        }));

        assertThat(broken.process("k", route(true), record())).isTrue();

        assertThat(routed).hasValue(0);
        assertThat(outcomes).containsExactly("false/sync");
    }

    final MemoryIdempotentRepository claims = started(new MemoryIdempotentRepository());
    final ExactlyOnceGate shared = new ExactlyOnceGate(repository, claims);

    @Test
    void anEventClaimedByAnotherInstanceIsAnsweredAsFailedAndNotRouted() {
        claims.add("k"); // the other instance, in the middle of its route

        assertThat(shared.process("k", route(true), record())).isTrue();

        assertThat(routed).hasValue(0);
        assertThat(outcomes).containsExactly("false/sync");
        assertThat(claims.contains("k")).as("the other instance's claim stays").isTrue();
    }

    @Test
    void theClaimIsReleasedAfterSuccessAndAfterFailure() {
        shared.process("ok", route(true), record());
        shared.process("failed", route(false), record());

        assertThat(claims.contains("ok")).isFalse();
        assertThat(claims.contains("failed")).isFalse();
        assertThat(repository.contains("ok")).isTrue();
        assertThat(repository.contains("failed")).isFalse();
        assertThat(outcomes).containsExactly("true/sync", "false/sync");
    }

    @Test
    void anEventRememberedWhileTheClaimWasTakenIsNotRoutedAgain() {
        MemoryIdempotentRepository racing = started(new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                // the previous holder remembered the event and released its claim just before ours
                repository.add(key);
                return super.add(key);
            }
        });

        new ExactlyOnceGate(repository, racing).process("k", route(true), record());

        assertThat(routed).hasValue(0);
        assertThat(outcomes).containsExactly("true/sync");
        assertThat(racing.contains("k")).as("claim released").isFalse();
    }

    @Test
    void aClaimLostOnTheStoresUniqueKeyCountsAsHeldElsewhere() {
        MemoryIdempotentRepository uniqueKey = started(new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                super.add(key);
                throw new IllegalStateException("duplicate key value violates unique constraint");
            }
        });

        new ExactlyOnceGate(repository, uniqueKey).process("k", route(true), record());

        assertThat(routed).hasValue(0);
        assertThat(outcomes).containsExactly("false/sync");
    }

    @Test
    void longKeysAreStoredAsTheirHash() {
        String huge = "message:" + "x".repeat(512 * 1024);

        gate.process(huge, route(true), record());

        assertThat(ExactlyOnceGate.bounded(huge)).hasSizeLessThanOrEqualTo(ExactlyOnceGate.MAX_KEY_LENGTH)
                .startsWith("sha256:");
        assertThat(repository.contains(ExactlyOnceGate.bounded(huge))).isTrue();
        assertThat(repository.contains(huge)).isFalse();
        assertThat(ExactlyOnceGate.bounded("message:wamid.short")).isEqualTo("message:wamid.short");
        gate.process(huge, route(true), record());
        assertThat(routed).as("the hash still deduplicates").hasValue(1);
    }
}
