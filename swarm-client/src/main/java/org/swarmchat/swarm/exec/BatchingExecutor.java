package org.swarmchat.swarm.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.BatchRequest;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SubResponse;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Sends typed requests as one {@code batch} (SPEC §3.4.10; desktop sends everything, even a single request, as a
 * batch), with network time taken at sending, so that every pass through this layer (a retry after a clock
 * re-sync included) signs with a fresh timestamp; and checks that the reply has one result per request.
 *
 * <p>With a positive {@code window}, batches for the same target are merged into one {@code batch} of at most
 * {@value SwarmBatch#MAX_REQUESTS} sub-requests, as session-android's batch executor does, but only under load: a
 * batch for a target with nothing in flight goes out at once (a lone message pays no wait), while batches that
 * arrive while one for the same target is in flight collect into a group. The group's first caller sends it when
 * a batch for the target finishes or after the window, whichever comes first, and hands each caller its own slice
 * of the results; a failure reaches every caller of the merged batch, and each retries on its own. A merged batch
 * is sent under the first caller's deadline; the others wait no longer than their own.
 */
public final class BatchingExecutor implements RequestExecutor<SwarmBatch, BatchReply> {
    private final RequestExecutor<RoutedCall, BatchReply> next;
    private final NetworkClock clock;
    private final Duration window;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever a batch for any target finishes. */
    private final Condition finished = lock.newCondition();
    private final Map<Target, Slot> slots = new HashMap<>();

    /** Batches onto {@code next}, timestamping with {@code clock}, without merging concurrent batches. */
    public BatchingExecutor(RequestExecutor<RoutedCall, BatchReply> next, NetworkClock clock) {
        this(next, clock, Duration.ZERO);
    }

    /**
     * Batches onto {@code next}, merging batches for one target that arrive while another is in flight, for at
     * most {@code window}.
     */
    public BatchingExecutor(RequestExecutor<RoutedCall, BatchReply> next, NetworkClock clock, Duration window) {
        this.next = next;
        this.clock = clock;
        this.window = window;
    }

    /** One target's batches in flight, how many of them have finished, and the group open to join. */
    private static final class Slot {
        private int inFlight;
        private long finishedCount;
        private Group open;
    }

    /** Callers whose batches go out together. Guarded by {@link #lock} while open. */
    private static final class Group {
        private final List<SnodeRequest<?>> requests = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
    }

    /** One caller's part of a group: where its requests start, how many, and its result. */
    private record Member(int offset, int count, CompletableFuture<BatchReply> result) {
    }

    /** The {@code {"method":"batch","params":{"requests":[…]}}} body, signed at {@code networkNowMillis}. */
    public static byte[] body(List<SnodeRequest<?>> requests, long networkNowMillis) {
        return SnodeJson.bytes(new BatchRequest(requests).toJson(networkNowMillis));
    }

    @Override
    public BatchReply execute(SwarmBatch batch, Deadline deadline) throws SwarmException {
        if (window.isZero() || window.isNegative()) {
            return send(batch.target(), batch.requests(), deadline);
        }
        Target target = batch.target();
        Slot slot;
        Group group;
        Member member;
        boolean leader;
        lock.lock();
        try {
            slot = slots.computeIfAbsent(target, t -> new Slot());
            if (slot.inFlight == 0 && slot.open == null) {
                slot.inFlight++;
                group = null;
                member = null;
                leader = false;
            } else {
                group = slot.open;
                leader = group == null || group.requests.size() + batch.requests().size() > SwarmBatch.MAX_REQUESTS;
                if (leader) {
                    group = new Group();
                    slot.open = group;
                }
                member = new Member(group.requests.size(), batch.requests().size(), new CompletableFuture<>());
                group.requests.addAll(batch.requests());
                group.members.add(member);
            }
        } finally {
            lock.unlock();
        }
        if (group == null) {
            try {
                return send(target, batch.requests(), deadline);
            } finally {
                finish(target, slot);
            }
        }
        if (leader) {
            lead(target, slot, group, deadline);
        }
        return await(member, deadline);
    }

    /** Waits for a batch to the target to finish (at most the window), then sends the group. */
    private void lead(Target target, Slot slot, Group group, Deadline deadline) throws RequestCancelledException {
        boolean interrupted = false;
        lock.lock();
        try {
            long seen = slot.finishedCount;
            long nanos = window.toNanos();
            while (slot.inFlight > 0 && slot.finishedCount == seen && nanos > 0) {
                nanos = finished.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            close(slot, group);
            if (!interrupted) {
                slot.inFlight++;
            }
            lock.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            RequestCancelledException cancelled = new RequestCancelledException("cancelled while batching");
            group.members.forEach(m -> m.result().completeExceptionally(cancelled));
            throw cancelled;
        }
        try {
            BatchReply reply = send(target, group.requests, deadline);
            for (Member m : group.members) {
                List<SubResponse> slice = reply.results().subList(m.offset(), m.offset() + m.count());
                m.result().complete(new BatchReply(reply.node(), slice));
            }
        } catch (SwarmException | RuntimeException e) {
            group.members.forEach(m -> m.result().completeExceptionally(e));
        } finally {
            finish(target, slot);
        }
    }

    /** Stops {@code group} taking members. Call with {@link #lock} held. */
    private static void close(Slot slot, Group group) {
        if (slot.open == group) {
            slot.open = null;
        }
    }

    private void finish(Target target, Slot slot) {
        lock.lock();
        try {
            slot.inFlight--;
            slot.finishedCount++;
            if (slot.inFlight == 0 && slot.open == null) {
                slots.remove(target, slot);
            }
            finished.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static BatchReply await(Member member, Deadline deadline) throws SwarmException {
        try {
            return member.result().get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestCancelledException("cancelled while waiting for a merged batch");
        } catch (TimeoutException e) {
            throw new DeadlineExceededException("deadline passed waiting for a merged batch", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SwarmException s) {
                throw s;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private BatchReply send(Target target, List<SnodeRequest<?>> requests, Deadline deadline)
            throws SwarmException {
        BatchReply reply = next.execute(new RoutedCall(target, body(requests, clock.nowMillis()),
                r -> check(requests, r)), deadline);
        if (reply.results().size() != requests.size()) {
            throw new MalformedResponseException(reply.node() + " answered a batch of " + requests.size()
                    + " with " + reply.results().size() + " results");
        }
        return reply;
    }

    /** Each successful sub-result parsed and checked by its request: what a lying node gets caught by. */
    private static Set<Ed25519PublicKey> check(List<SnodeRequest<?>> requests, BatchReply reply)
            throws MalformedResponseException {
        if (reply.results().size() != requests.size()) {
            throw new MalformedResponseException(reply.node() + " answered a batch of " + requests.size()
                    + " with " + reply.results().size() + " results");
        }
        Set<Ed25519PublicKey> suspects = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            SubResponse result = reply.results().get(i);
            if (result.isSuccess()) {
                suspects.addAll(requests.get(i).check(result.body(), reply.node().ed25519()));
            }
        }
        return suspects;
    }
}
