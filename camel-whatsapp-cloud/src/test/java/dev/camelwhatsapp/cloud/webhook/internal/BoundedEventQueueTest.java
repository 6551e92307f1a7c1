package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedEventQueueTest {

    final List<Runnable> tasks = new ArrayList<>();
    final BoundedEventQueue queue = new BoundedEventQueue(tasks::add, 3);

    @Test
    void reservesAllOrNothing() {
        assertThat(queue.tryReserve(2)).isTrue();
        assertThat(queue.tryReserve(2)).isFalse();
        assertThat(queue.available()).isEqualTo(1);
        queue.cancel(2);
        assertThat(queue.tryReserve(3)).isTrue();
    }

    @Test
    void placeIsFreedWhenTheEventIsDoneNotWhenItStarts() {
        EventCallback[] pending = new EventCallback[1];
        queue.tryReserve(1);
        queue.submit(callback -> {
            pending[0] = callback;
            return false;
        });

        tasks.get(0).run();
        assertThat(queue.available()).isEqualTo(2);
        pending[0].done(true, false);

        assertThat(queue.available()).isEqualTo(3);
    }

    @Test
    void rejectedSubmissionFreesItsPlace() {
        BoundedEventQueue shutDown = new BoundedEventQueue(task -> {
            throw new RejectedExecutionException("shut down");
        }, 1);
        shutDown.tryReserve(1);

        assertThatThrownBy(() -> shutDown.submit(callback -> true)).isInstanceOf(RejectedExecutionException.class);
        assertThat(shutDown.available()).isEqualTo(1);
    }
}
