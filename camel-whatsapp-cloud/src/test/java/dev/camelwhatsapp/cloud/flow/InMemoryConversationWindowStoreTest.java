package dev.camelwhatsapp.cloud.flow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryConversationWindowStoreTest {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void keepsTheLatestMessageTimeEvenWhenWebhooksArriveOutOfOrder() {
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore();

        store.recordInbound("n", "u", T0.plusSeconds(60));
        store.recordInbound("n", "u", T0);

        assertThat(store.lastInbound("n", "u")).contains(T0.plusSeconds(60));
        assertThat(store.lastInbound("n", "other")).isEmpty();
        assertThat(store.lastInbound("other", "u")).isEmpty();
    }

    @Test
    void isBoundedAndDropsTheConversationWrittenToLongestAgo() {
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore(3);
        store.recordInbound("n", "a", T0);
        store.recordInbound("n", "b", T0.plusSeconds(1));
        store.recordInbound("n", "c", T0.plusSeconds(2));
        store.recordInbound("n", "a", T0.plusSeconds(3)); // a wrote again: b is now the oldest

        store.recordInbound("n", "d", T0.plusSeconds(4));

        assertThat(store.size()).isEqualTo(3);
        assertThat(store.lastInbound("n", "b")).isEmpty();
        assertThat(store.lastInbound("n", "a")).contains(T0.plusSeconds(3));
        assertThat(store.lastInbound("n", "d")).contains(T0.plusSeconds(4));
    }

    @Test
    void neverDropsAnOpenWindowPastTheBound() {
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore(1_000);
        store.recordInbound("n", "closed", Instant.now().minus(ConversationWindowStore.WINDOW).minusSeconds(60));
        Instant now = Instant.now();

        for (int user = 0; user < 1_500; user++) {
            store.recordInbound("n", "u" + user, now);
        }

        assertThat(store.isOpen("n", "u0", now.plusSeconds(1))).as("the first of 1,500 users who just wrote").isTrue();
        assertThat(store.size()).isEqualTo(1_500);
        assertThat(store.lastInbound("n", "closed")).as("the closed window made room").isEmpty();
    }

    @Test
    void judgesClosedWindowsByItsClockNotTheSystemClock() {
        // the clock stands at T0: both windows are open by it, though long closed by the system clock
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore(1, Clock.fixed(T0, ZoneOffset.UTC));

        store.recordInbound("n", "a", T0.minusSeconds(3_600));
        store.recordInbound("n", "b", T0);

        assertThat(store.size()).isEqualTo(2);
        assertThat(store.lastInbound("n", "a")).contains(T0.minusSeconds(3_600));
    }

    @Test
    void concurrentRecordsKeepTheMaximum() throws Exception {
        InMemoryConversationWindowStore store = new InMemoryConversationWindowStore();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            int offset = t;
            threads.execute(() -> {
                for (int i = 0; i < 2000; i++) {
                    store.recordInbound("n", "u" + (i % 50), T0.plusMillis(i * 4L + offset));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        // user u49 last wrote at i = 1999, by the thread with the largest offset
        assertThat(store.lastInbound("n", "u49")).contains(T0.plusMillis(1999 * 4L + 3));
        assertThat(store.size()).isEqualTo(50);
    }
}
