package dev.camelwhatsapp.cloud.runtime;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Completes an exchange once Meta has answered, and decides on which thread the route goes on.
 *
 * <p>
 * The answer arrives on one of the HTTP client's I/O threads. Calling the route's callback there would run the rest of
 * the route on it: a blocking step after a send (a JDBC update, a synchronous HTTP call, a nested
 * {@code ProducerTemplate.request} that sends again) would then hold the thread that has to read every other answer,
 * and with one I/O thread (one CPU) the JVM's sends stop. So the callback runs on the worker pool, as camel-kafka's
 * producer hands its continuation to its {@code workerPool}.
 *
 * <p>
 * Two cases need no hop: a call that already completed when it was started (a local failure, a cached answer) is
 * completed on the caller's thread, and a caller that blocks for the exchange through Camel's synchronous API only
 * needs to be woken, which {@link #direct()} does from the I/O thread, since no route step runs there.
 */
public final class RouteContinuation {

    private static final RouteContinuation DIRECT = new RouteContinuation(() -> Runnable::run);

    private final Supplier<? extends Executor> workerPool;

    /**
     * @param workerPool the pool the route continues on, asked for on each completion (so that it is created on
     *                   first use)
     */
    public RouteContinuation(Supplier<? extends Executor> workerPool) {
        this.workerPool = Objects.requireNonNull(workerPool, "workerPool");
    }

    /**
     * @return a continuation that completes the exchange on whichever thread the answer arrives, for callers that
     *         only wait for the callback (Camel's synchronous producer API)
     */
    public static RouteContinuation direct() {
        return DIRECT;
    }

    /**
     * Completes the exchange when {@code call} completes: {@code onSuccess} applies the result to the exchange, a
     * failure (of the call or of {@code onSuccess}) is set on the exchange, and the callback is called exactly once.
     *
     * @return whether the exchange was completed synchronously, on the calling thread (the value for
     *         {@code AsyncProcessor.process})
     */
    public <T> boolean whenAnswered(
            CompletableFuture<T> call, Exchange exchange, AsyncCallback callback, Consumer<? super T> onSuccess) {
        if (call.isDone()) {
            complete(call, exchange, onSuccess);
            callback.done(true);
            return true;
        }
        call.whenComplete((ignoredResult, ignoredFailure) -> dispatch(() -> {
            try {
                complete(call, exchange, onSuccess);
            } finally {
                callback.done(false);
            }
        }));
        return false;
    }

    private void dispatch(Runnable completion) {
        try {
            workerPool.get().execute(completion);
        } catch (RejectedExecutionException | IllegalStateException stopping) {
            // the endpoint is stopping and its pool takes no more work: the exchange must still complete, and its
            // route is being stopped too, so little is left to run on this thread
            completion.run();
        }
    }

    private static <T> void complete(CompletableFuture<T> call, Exchange exchange, Consumer<? super T> onSuccess) {
        try {
            onSuccess.accept(call.join());
        } catch (CompletionException failure) {
            exchange.setException(failure.getCause() != null ? failure.getCause() : failure);
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }
}
