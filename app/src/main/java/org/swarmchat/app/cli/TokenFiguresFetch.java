package org.swarmchat.app.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.swarmchat.app.core.TokenFigures;
import org.swarmchat.swarm.netinfo.NetworkInfo;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;

/**
 * The token figures of {@code swarmchat network} (SPEC §8), fetched while the command probes the network. The fetch
 * runs on the source client's own thread from {@link #start}; {@link #result} waits for it only until {@link #WAIT}
 * after the start, so a slow source adds at most that to the command, and a failing one is a result, never an
 * exception: the figures are an extra, and the network status must not be lost for them.
 */
final class TokenFiguresFetch {
    /**
     * How long after the start the figures are waited for. A devnet answers in milliseconds, and the status fetch
     * beside it takes seconds, so a working source is done long before; a hanging one (the client's own limit is
     * 10 s) costs the command a few seconds, not the whole limit.
     */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final CompletableFuture<NetworkInfo> pending;
    private final long startedAt;

    private TokenFiguresFetch(CompletableFuture<NetworkInfo> pending, long startedAt) {
        this.pending = pending;
        this.startedAt = startedAt;
    }

    /** Starts fetching from {@code source}; returns at once. */
    static TokenFiguresFetch start(NetworkInfoClient source) {
        long now = System.nanoTime();
        try {
            return new TokenFiguresFetch(source.fetch(), now);
        } catch (RuntimeException e) {
            // The contract says a failure completes the future, but a client that throws must not fail the command.
            return new TokenFiguresFetch(CompletableFuture.failedFuture(e), now);
        }
    }

    /** The figures, or why there are none; blocks at most until {@link #WAIT} after the start. */
    TokenFiguresResult result() throws InterruptedException {
        long left = Math.max(0, WAIT.toNanos() - (System.nanoTime() - startedAt));
        try {
            return TokenFiguresResult.of(pending.get(left, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return TokenFiguresResult.failed("the network info source did not answer within " + WAIT.toSeconds()
                    + " s");
        } catch (ExecutionException | RuntimeException e) {
            return TokenFiguresResult.failed(TokenFigures.reason(e));
        }
    }

    /** Gives up on the figures, when the command fails before it can show them. */
    void cancel() {
        pending.cancel(true);
    }
}
