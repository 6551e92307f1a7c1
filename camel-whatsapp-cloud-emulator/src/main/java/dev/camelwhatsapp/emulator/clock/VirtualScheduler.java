package dev.camelwhatsapp.emulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks when the {@link VirtualClock} reaches their due time, whether real time gets there or the clock is
 * advanced. Tasks run one at a time in due order, so the status webhooks of a message keep their order
 * (sent, delivered, read). Tasks must be short and never block: they update state and enqueue webhooks.
 */
public final class VirtualScheduler implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VirtualScheduler.class.getName());
    private static final long MAX_IDLE_WAIT_MILLIS = 1000;

    private record Task(Instant due, long sequence, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task other) {
            int byDue = due.compareTo(other.due);
            return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
        }
    }

    private final VirtualClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final ReentrantLock queueLock = new ReentrantLock();
    private final Condition changed = queueLock.newCondition();
    // Held while tasks run so that the timer thread and advanceClock never run tasks concurrently (order matters).
    private final ReentrantLock runLock = new ReentrantLock();
    private final Thread timer;
    private volatile boolean running = true;

    public VirtualScheduler(VirtualClock clock) {
        this.clock = clock;
        this.timer = new Thread(this::timerLoop, "whatsapp-emulator-clock");
        this.timer.setDaemon(true);
        this.timer.start();
    }

    /** Runs {@code action} once virtual time reaches {@code due}. */
    /** The virtual time now. */
    public Instant now() {
        return clock.instant();
    }

    public void schedule(Instant due, Runnable action) {
        queueLock.lock();
        try {
            queue.add(new Task(due, sequence.incrementAndGet(), action));
            changed.signalAll();
        } finally {
            queueLock.unlock();
        }
    }

    /** Runs {@code action} after {@code delay} of virtual time. */
    public void scheduleAfter(Duration delay, Runnable action) {
        schedule(clock.instant().plus(delay), action);
    }

    /** Runs every task that is due now, in the calling thread; used right after the clock was advanced. */
    public void runDueTasks() {
        runLock.lock();
        try {
            Task task;
            while ((task = pollDue()) != null) {
                try {
                    task.action().run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A scheduled emulator task failed", e);
                }
            }
        } finally {
            runLock.unlock();
        }
    }

    /** Forgets every pending task. */
    public void clear() {
        queueLock.lock();
        try {
            queue.clear();
        } finally {
            queueLock.unlock();
        }
    }

    private Task pollDue() {
        queueLock.lock();
        try {
            Task head = queue.peek();
            if (head != null && !head.due().isAfter(clock.instant())) {
                return queue.poll();
            }
            return null;
        } finally {
            queueLock.unlock();
        }
    }

    private void timerLoop() {
        while (running) {
            runDueTasks();
            queueLock.lock();
            try {
                Task head = queue.peek();
                long waitMillis = head == null ? MAX_IDLE_WAIT_MILLIS
                        : Math.min(MAX_IDLE_WAIT_MILLIS, Duration.between(clock.instant(), head.due()).toMillis());
                if (waitMillis > 0) {
                    changed.await(waitMillis, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                queueLock.unlock();
            }
        }
    }

    /** Wakes the timer so it re-reads the clock. */
    public void clockChanged() {
        queueLock.lock();
        try {
            changed.signalAll();
        } finally {
            queueLock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        timer.interrupt();
    }
}
