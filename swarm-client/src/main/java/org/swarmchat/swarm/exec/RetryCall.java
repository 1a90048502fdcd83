package org.swarmchat.swarm.exec;

import java.util.concurrent.CompletableFuture;

/**
 * A request running with retries on its own virtual thread: its result, and the handle to cancel it.
 *
 * @param <R> the result type
 */
public final class RetryCall<R> implements Cancellable {
    private final CompletableFuture<R> result;
    private final Cancellable cancel;

    RetryCall(CompletableFuture<R> result, Cancellable cancel) {
        this.result = result;
        this.cancel = cancel;
    }

    /** Completes with the result, or exceptionally with the {@code SwarmException} that ended the retries. */
    public CompletableFuture<R> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancel.cancel();
    }
}
