package org.swarmchat.swarm.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.swarm.api.ClockOutOfSyncException;
import org.swarmchat.swarm.api.InfoRequest;
import org.swarmchat.swarm.api.NodeInfo;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Re-learns network time from {@value #NODES} random pool nodes' {@code info} replies (desktop learns
 * {@code NetworkTime} from {@code info} too) and sets the {@link NetworkClock} to the median offset, corrected
 * for half the round trip. The median, not any single node, so that one node with a skewed clock cannot drag the
 * client's time away from everybody else's.
 */
public final class ClockSync implements ClockResync {
    /** Nodes asked. */
    static final int NODES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ClockSync.class);

    private final RequestExecutor<SwarmBatch, BatchReply> executor;
    private final SnodePool pool;
    private final NetworkClock clock;
    private final ThreadFactory threads;

    /** Asks nodes through {@code executor} (the pipeline below the retrying layer). */
    public ClockSync(RequestExecutor<SwarmBatch, BatchReply> executor, SnodePool pool, NetworkClock clock,
            ThreadFactory threads) {
        this.executor = executor;
        this.pool = pool;
        this.clock = clock;
        this.threads = threads;
    }

    @Override
    public void resync(Deadline deadline) throws SwarmException {
        List<Snode> nodes = pool.random(NODES, Set.of());
        List<Future<Long>> offsets = new ArrayList<>();
        for (Snode node : nodes) {
            FutureTask<Long> task = new FutureTask<>(() -> offsetOf(node, deadline));
            threads.newThread(task).start();
            offsets.add(task);
        }
        List<Long> known = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Future<Long> f : offsets) {
            try {
                known.add(f.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                offsets.forEach(o -> o.cancel(true));
                throw new RequestCancelledException("cancelled while re-syncing the clock");
            } catch (ExecutionException | TimeoutException e) {
                failures.add(e.getCause() != null ? e.getCause().getMessage() : "no answer in time");
                f.cancel(true);
            }
        }
        if (known.isEmpty()) {
            throw new ClockOutOfSyncException("no node told its time (" + String.join("; ", failures) + ")");
        }
        known.sort(Long::compare);
        long median = known.get(known.size() / 2);
        long local = clock.nowMillis() - clock.offset().toMillis();
        clock.observe(local + median, local);
        LOG.info("network clock re-synced from {} nodes: offset now {} ms", known.size(), clock.offset().toMillis());
    }

    private long offsetOf(Snode node, Deadline deadline) throws SwarmException {
        InfoRequest info = new InfoRequest();
        long sentLocal = clock.nowMillis() - clock.offset().toMillis();
        BatchReply reply = executor.execute(SwarmBatch.of(new Target.Node(node, null), info), deadline);
        NodeInfo answer = reply.result(0, info);
        long receivedLocal = clock.nowMillis() - clock.offset().toMillis();
        return answer.timestampMs() - (sentLocal + receivedLocal) / 2;
    }
}
