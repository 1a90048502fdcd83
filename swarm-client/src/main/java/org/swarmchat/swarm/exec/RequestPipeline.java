package org.swarmchat.swarm.exec;

import java.util.concurrent.ThreadFactory;
import java.util.random.RandomGenerator;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.directory.SwarmDirectory;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * The request pipeline, assembled here and nowhere else (STYLE rule 8):
 * {@link RetryingExecutor} -> {@link BatchingExecutor} -> {@link SwarmRoutingExecutor} -> {@link OnionExecutor}
 * (or {@link DirectExecutor}) -> {@code HttpTransport}. Callers with their own cadence (the poller, probes, the
 * pool refresh, which try other nodes themselves) use {@link #executeOnce}, which skips the retrying layer.
 *
 * <p>Thread-safe.
 */
public final class RequestPipeline {
    private final RetryingExecutor<SwarmBatch, BatchReply> retrying;
    private final BatchingExecutor batching;
    private final ClockSync clockSync;

    private RequestPipeline(RetryingExecutor<SwarmBatch, BatchReply> retrying, BatchingExecutor batching,
            ClockSync clockSync) {
        this.retrying = retrying;
        this.batching = batching;
        this.clockSync = clockSync;
    }

    /**
     * Builds the chain on {@code carrier}, the layer that reaches a node (onion or direct).
     *
     * @param threads virtual-thread factory for clock re-syncs and started calls
     */
    public static RequestPipeline build(RequestExecutor<SnodeCall, SnodeReply> carrier, SwarmDirectory directory,
            SnodePool pool, NetworkClock clock, RetrySettings settings, RandomGenerator random,
            ThreadFactory threads, Sleeper sleeper) {
        SwarmRoutingExecutor routing = new SwarmRoutingExecutor(carrier, directory, pool, random);
        BatchingExecutor batching = new BatchingExecutor(routing, clock, settings.batchWindow());
        ClockSync clockSync = new ClockSync(batching, pool, clock, threads);
        RetryingExecutor<SwarmBatch, BatchReply> retrying = new RetryingExecutor<>(batching,
                settings.maxAttempts(), settings.backoff(), clockSync, random, sleeper);
        return new RequestPipeline(retrying, batching, clockSync);
    }

    /**
     * Sends {@code batch} with retries.
     *
     * @throws SwarmException the failure that ended the retries
     */
    public BatchReply execute(SwarmBatch batch, Deadline deadline) throws SwarmException {
        return retrying.execute(batch, deadline);
    }

    /**
     * Sends {@code batch} once (routing may still try several swarm members).
     *
     * @throws SwarmException what went wrong
     */
    public BatchReply executeOnce(SwarmBatch batch, Deadline deadline) throws SwarmException {
        return batching.execute(batch, deadline);
    }

    /**
     * Sends one request with retries and returns its typed result.
     *
     * @throws SwarmException the failure that ended the retries, or the node's refusal of the request
     */
    public <R> R call(Target target, SnodeRequest<R> request, Deadline deadline) throws SwarmException {
        return execute(SwarmBatch.of(target, request), deadline).result(0, request);
    }

    /**
     * Sends one request once and returns its typed result.
     *
     * @throws SwarmException what went wrong, or the node's refusal of the request
     */
    public <R> R callOnce(Target target, SnodeRequest<R> request, Deadline deadline) throws SwarmException {
        return executeOnce(SwarmBatch.of(target, request), deadline).result(0, request);
    }

    /**
     * Learns the network's time again from a few nodes (what the retrying layer does after a 406), for callers that
     * send once, such as the poller.
     *
     * @throws SwarmException if no node gave its time
     */
    public void resyncClock(Deadline deadline) throws SwarmException {
        clockSync.resync(deadline);
    }

    /** The retrying layer, for {@link RetryingExecutor#start} handles. */
    public RetryingExecutor<SwarmBatch, BatchReply> retrying() {
        return retrying;
    }
}
