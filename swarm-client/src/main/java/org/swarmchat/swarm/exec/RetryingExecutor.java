package org.swarmchat.swarm.exec;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * The outermost layer: tries again while the failure's {@link FailureDecision} allows, the attempt budget
 * lasts and the deadline has not passed, pausing with {@link Backoff} between attempts (STYLE rule 9).
 *
 * <ul>
 * <li>{@code RETRY}, {@code DROP_NODE}, {@code DROP_PATH}: pause, then try again (the lower layers have already
 *     struck the node or penalised the path, so the next attempt goes elsewhere);</li>
 * <li>{@code RESYNC_CLOCK}: re-synchronise the network clock and try once more at once; a second clock
 *     rejection is final ({@link ClockOutOfSyncException});</li>
 * <li>{@code FAIL}: rethrow.</li>
 * </ul>
 * When attempts run out the last failure is thrown as it is; when the deadline stops the retries, a
 * {@link DeadlineExceededException} carrying it. Interrupting the thread cancels the call
 * ({@link RequestCancelledException}); {@link #start} gives a handle that does so.
 *
 * @param <Q> the request type
 * @param <R> the result type
 */
public final class RetryingExecutor<Q, R> implements RequestExecutor<Q, R> {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingExecutor.class);

    private final RequestExecutor<Q, R> next;
    private final int maxAttempts;
    private final Backoff backoff;
    private final ClockResync resync;
    private final RandomGenerator random;
    private final Sleeper sleeper;

    /**
     * A retrying layer over {@code next}.
     *
     * @param maxAttempts attempts in all, the first included (a clock re-sync's extra attempt not counted)
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
     */
    public RetryingExecutor(RequestExecutor<Q, R> next, int maxAttempts, Backoff backoff, ClockResync resync,
            RandomGenerator random, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
        }
        this.next = next;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.resync = resync;
        this.random = random;
        this.sleeper = sleeper;
    }

    @Override
    public R execute(Q request, Deadline deadline) throws SwarmException {
        boolean resynced = false;
        SwarmException last = null;
        int attempt = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RequestCancelledException("cancelled before attempt " + (attempt + 1));
            }
            if (deadline.isExpired()) {
                throw outOfTime(attempt, last);
            }
            attempt++;
            try {
                return next.execute(request, deadline);
            } catch (SwarmException e) {
                last = e;
                FailureDecision decision = Failures.classify(e);
                LOG.debug("attempt {} failed ({}): {}", attempt, decision, e.getMessage());
                if (decision == FailureDecision.FAIL) {
                    throw e;
                }
                if (decision == FailureDecision.RESYNC_CLOCK) {
                    if (resynced) {
                        throw e instanceof ClockOutOfSyncException ? e : new ClockOutOfSyncException(
                                "nodes still reject our timestamps after re-syncing the clock: " + e.getMessage());
                    }
                    resyncClock(deadline, e);
                    resynced = true;
                    attempt--;
                    continue;
                }
                if (attempt >= maxAttempts) {
                    throw e;
                }
                pause(attempt, deadline, e);
            }
        }
    }

    private void resyncClock(Deadline deadline, SwarmException cause) throws SwarmException {
        try {
            resync.resync(deadline);
        } catch (RequestCancelledException e) {
            throw e;
        } catch (SwarmException e) {
            throw new ClockOutOfSyncException(cause.getMessage() + "; re-syncing the clock failed too: "
                    + e.getMessage());
        }
    }

    private void pause(int attempt, Deadline deadline, SwarmException last) throws SwarmException {
        Duration delay = backoff.delay(attempt, random);
        if (delay.compareTo(deadline.remaining()) >= 0) {
            throw outOfTime(attempt, last);
        }
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestCancelledException("cancelled while waiting to retry after: " + last.getMessage());
        }
    }

    private static DeadlineExceededException outOfTime(int attempts, SwarmException last) {
        return new DeadlineExceededException("no success before the deadline after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + (last == null ? "" : "; last failure: " + last.getMessage()), last);
    }

    /**
     * Runs {@link #execute} on a new thread from {@code threads} (a virtual-thread factory).
     *
     * @return the running call: its result future, and {@link RetryCall#cancel()}, which interrupts the thread
     *     and completes the future with {@link RequestCancelledException}; cancelling the future itself also
     *     interrupts the thread
     */
    public RetryCall<R> start(Q request, Deadline deadline, ThreadFactory threads) {
        CompletableFuture<R> future = new CompletableFuture<>();
        Thread thread = threads.newThread(() -> {
            try {
                future.complete(execute(request, deadline));
            } catch (SwarmException | RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                thread.interrupt();
            }
        });
        thread.start();
        return new RetryCall<>(future, () -> {
            if (future.completeExceptionally(new RequestCancelledException("cancelled by the caller"))) {
                thread.interrupt();
            }
        });
    }
}
