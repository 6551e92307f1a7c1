package dev.camelwhatsapp.cloud.flow;

/**
 * What a shared {@link SendRateLimiter} may also offer: the arrival window of {@link ArrivalWindow}, counted across
 * every replica. Evenly spaced slots still bunch up on the way to Meta (late timers, a pause of a replica's JVM, a
 * stalled connection), and only a count of what is in flight or was just answered, kept where every replica sees it,
 * bounds what arrives at Meta in any second. A limiter that does not implement it gets the per-JVM window.
 */
public interface SharedArrivalWindow {

    /**
     * Takes a place for one request under {@code key} if fewer than {@code limit} requests are in flight or were
     * answered less than a second ago, across all replicas.
     *
     * @return the place, to be given back with {@link Place#answered(long)} once the answer (or failure) is in, or
     *         {@code null} when the window is full
     */
    Place tryTake(String key, int limit);

    /** A request's place in the window. */
    interface Place {

        /**
         * The request has its answer, or failed: it keeps its place for one more second from then. Called once, maybe
         * a little later than the answer came (the store is not written from the HTTP client's I/O thread).
         *
         * @param answeredAtNanos the {@link System#nanoTime()} at which the answer came
         */
        void answered(long answeredAtNanos);
    }
}
