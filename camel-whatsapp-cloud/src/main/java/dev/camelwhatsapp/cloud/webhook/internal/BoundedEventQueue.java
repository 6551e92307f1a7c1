package dev.camelwhatsapp.cloud.webhook.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import dev.camelwhatsapp.cloud.webhook.AckMode;

/**
 * The events acknowledged before they are processed ({@link AckMode#immediate}), with a fixed capacity counted in
 * events from queuing until their route completes. A payload reserves room for all its events at once or for none,
 * so a full queue answers 503 and Meta delivers the whole payload again: no event is acknowledged without a place.
 */
public final class BoundedEventQueue {

    private final Executor executor;
    private final Semaphore room;
    private final int capacity;

    /**
     * @param executor runs the events; give it an unbounded queue, this class is the bound
     * @param capacity how many events may be queued or in progress at once
     */
    public BoundedEventQueue(Executor executor, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.executor = executor;
        this.capacity = capacity;
        this.room = new Semaphore(capacity);
    }

    /**
     * @param  events how many events to make room for
     * @return        {@code true} if there is room for all of them, now reserved
     */
    public boolean tryReserve(int events) {
        return room.tryAcquire(events);
    }

    /**
     * Gives back reserved room that will not be used.
     *
     * @param events how many reserved places to free
     */
    public void cancel(int events) {
        room.release(events);
    }

    /**
     * Runs an event in a place reserved before; the place is freed when the work reports done.
     *
     * @param  work                       the event's handling
     * @throws RejectedExecutionException if the executor is shut down (the place is freed)
     */
    public void submit(EventWork work) {
        try {
            executor.execute(() -> {
                try {
                    work.process((succeeded, doneSync) -> room.release());
                } catch (RuntimeException notExpected) {
                    // EventWork never throws by contract; free the place anyway so the queue cannot shrink
                    room.release();
                    throw notExpected;
                }
            });
        } catch (RejectedExecutionException shutDown) {
            room.release();
            throw shutDown;
        }
    }

    /**
     * Waits until every event queued or in progress is done, for at most the given time.
     *
     * @param  timeoutMillis        the longest wait
     * @return                      how many events are still queued or in progress
     * @throws InterruptedException if interrupted while waiting
     */
    public int drain(long timeoutMillis) throws InterruptedException {
        if (room.tryAcquire(capacity, timeoutMillis, TimeUnit.MILLISECONDS)) {
            room.release(capacity);
            return 0;
        }
        return capacity - room.availablePermits();
    }

    /**
     * @return how many more events fit now
     */
    public int available() {
        return room.availablePermits();
    }

    /**
     * @return the most events queued or in progress at once
     */
    public int capacity() {
        return capacity;
    }
}
