package dev.camelwhatsapp.cloud.flow;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.camelwhatsapp.cloud.flow.SendRateLimiter.Reservation;

/**
 * The two kinds of {@link Reservation} every limiter hands out: a refused one, which booked nothing, and a granted
 * one, whose slot is given back at most once however often {@link Reservation#cancel()} is called.
 */
final class Reservations {

    private Reservations() {
    }

    /**
     * @param  delay how long the slot would have taken
     * @return       a reservation that booked nothing
     */
    static Reservation refused(Duration delay) {
        return new Refused(delay);
    }

    /**
     * @param  delay    how long until the slot
     * @param  giveBack frees the booked slot; run on the first {@link Reservation#cancel()} only
     * @return          a reservation of a booked slot
     */
    static Reservation granted(Duration delay, Runnable giveBack) {
        return new Granted(delay, giveBack);
    }

    private record Refused(Duration delay) implements Reservation {

        @Override
        public boolean granted() {
            return false;
        }

        @Override
        public void cancel() {
            // nothing was booked
        }
    }

    private static final class Granted implements Reservation {

        private final Duration delay;
        private final Runnable giveBack;
        private final AtomicBoolean cancelled = new AtomicBoolean();

        Granted(Duration delay, Runnable giveBack) {
            this.delay = delay;
            this.giveBack = giveBack;
        }

        @Override
        public boolean granted() {
            return true;
        }

        @Override
        public Duration delay() {
            return delay;
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                giveBack.run();
            }
        }
    }
}
