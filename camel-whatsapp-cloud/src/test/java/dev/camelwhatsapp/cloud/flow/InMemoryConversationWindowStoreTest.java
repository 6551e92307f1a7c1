package dev.camelwhatsapp.cloud.flow;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryConversationWindowStoreTest {

    static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    final InMemoryConversationWindowStore store = new InMemoryConversationWindowStore(3);

    @Test
    void remembersTheLatestInboundPerNumberAndUser() {
        store.recordInbound("n1", "u1", T);
        store.recordInbound("n2", "u1", T.plusSeconds(5));

        assertThat(store.lastInbound("n1", "u1")).contains(T);
        assertThat(store.lastInbound("n2", "u1")).contains(T.plusSeconds(5));
        assertThat(store.lastInbound("n1", "u2")).isEmpty();
    }

    @Test
    void aLateOlderMessageDoesNotShortenTheWindow() {
        store.recordInbound("n1", "u1", T.plusSeconds(60));
        store.recordInbound("n1", "u1", T);

        assertThat(store.lastInbound("n1", "u1")).contains(T.plusSeconds(60));
    }

    @Test
    void windowIsOpenFor24Hours() {
        store.recordInbound("n1", "u1", T);

        assertThat(store.isOpen("n1", "u1", T.plusSeconds(24 * 3600 - 1))).isTrue();
        assertThat(store.isOpen("n1", "u1", T.plusSeconds(24 * 3600))).isFalse();
        assertThat(store.isOpen("n1", "nobody", T)).isFalse();
    }

    @Test
    void whenFullTheUserWhoWroteLeastRecentlyIsForgotten() {
        store.recordInbound("n", "a", T);
        store.recordInbound("n", "b", T);
        store.recordInbound("n", "c", T);
        store.recordInbound("n", "a", T.plusSeconds(1)); // a wrote again: b is now the eldest
        store.recordInbound("n", "d", T);

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.lastInbound("n", "b")).isEmpty();
        assertThat(store.lastInbound("n", "a")).isPresent();
        assertThat(store.lastInbound("n", "d")).isPresent();
    }

    @Test
    void concurrentRecordsKeepTheMaximum() throws InterruptedException {
        InMemoryConversationWindowStore big = new InMemoryConversationWindowStore();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntStream.range(0, 4000).forEach(i -> pool.execute(() -> big.recordInbound("n", "u" + (i % 10),
                T.plusSeconds(i))));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(big.size()).isEqualTo(10);
        assertThat(big.lastInbound("n", "u9")).contains(T.plusSeconds(3999));
    }

    @Test
    void sizeMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InMemoryConversationWindowStore(0));
    }
}
