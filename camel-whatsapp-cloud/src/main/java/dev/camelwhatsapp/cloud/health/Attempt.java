package dev.camelwhatsapp.cloud.health;

import java.util.concurrent.CompletableFuture;

import dev.camelwhatsapp.cloud.runtime.RouteContinuation;

/**
 * The outcome of one Graph API call of a check: its value or its failure, so that one failing call does not hide the
 * answers of the others.
 */
record Attempt<T>(T value, Throwable failure) {

    static <T> CompletableFuture<Attempt<T>> of(CompletableFuture<T> call) {
        return call.handle((value, failure) -> new Attempt<>(
                value,
                failure == null ? null : RouteContinuation.causeOf(failure)));
    }

    static <T> CompletableFuture<Attempt<T>> skipped() {
        return CompletableFuture.completedFuture(new Attempt<>(null, null));
    }

    boolean succeeded() {
        return failure == null && value != null;
    }

    /** @return the failure in words: Meta's error without anything of the request, or the I/O problem */
    String describeFailure() {
        return failure == null ? "not checked" : failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage();
    }
}
