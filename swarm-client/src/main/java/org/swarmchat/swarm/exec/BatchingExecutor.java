package org.swarmchat.swarm.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
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
 * <p>With a positive {@code window}, batches for the same target that arrive within the window of each other are
 * merged into one {@code batch} of at most {@value SwarmBatch#MAX_REQUESTS} sub-requests, as session-android's
 * batch executor does: the first caller waits out the window, sends everything that joined, and hands each caller
 * its own slice of the results; a failure reaches every caller of the merged batch, and each retries on its own.
 * A merged batch is sent under the first caller's deadline; the others wait no longer than their own.
 */
public final class BatchingExecutor implements RequestExecutor<SwarmBatch, BatchReply> {
    private final RequestExecutor<RoutedCall, BatchReply> next;
    private final NetworkClock clock;
    private final Duration window;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Target, Group> open = new HashMap<>();

    /** Batches onto {@code next}, timestamping with {@code clock}, without merging concurrent batches. */
    public BatchingExecutor(RequestExecutor<RoutedCall, BatchReply> next, NetworkClock clock) {
        this(next, clock, Duration.ZERO);
    }

    /** Batches onto {@code next}, merging batches for one target that arrive within {@code window}. */
    public BatchingExecutor(RequestExecutor<RoutedCall, BatchReply> next, NetworkClock clock, Duration window) {
        this.next = next;
        this.clock = clock;
        this.window = window;
    }

    /** Callers whose batches go out together. Guarded by {@link #lock} until sealed. */
    private static final class Group {
        private final List<SnodeRequest<?>> requests = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private boolean sealed;
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
        Group group;
        Member member;
        boolean leader;
        lock.lock();
        try {
            Group current = open.get(batch.target());
            leader = current == null || current.sealed
                    || current.requests.size() + batch.requests().size() > SwarmBatch.MAX_REQUESTS;
            if (leader) {
                current = new Group();
                open.put(batch.target(), current);
            }
            group = current;
            member = new Member(group.requests.size(), batch.requests().size(), new CompletableFuture<>());
            group.requests.addAll(batch.requests());
            group.members.add(member);
        } finally {
            lock.unlock();
        }
        if (leader) {
            lead(batch.target(), group, deadline);
        }
        return await(member, deadline);
    }

    private void lead(Target target, Group group, Deadline deadline) throws RequestCancelledException {
        try {
            Thread.sleep(window);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            seal(target, group);
            RequestCancelledException cancelled = new RequestCancelledException("cancelled while batching");
            group.members.forEach(m -> m.result().completeExceptionally(cancelled));
            throw cancelled;
        }
        seal(target, group);
        try {
            BatchReply reply = send(target, group.requests, deadline);
            for (Member m : group.members) {
                List<SubResponse> slice = reply.results().subList(m.offset(), m.offset() + m.count());
                m.result().complete(new BatchReply(reply.node(), slice));
            }
        } catch (SwarmException | RuntimeException e) {
            group.members.forEach(m -> m.result().completeExceptionally(e));
        }
    }

    private void seal(Target target, Group group) {
        lock.lock();
        try {
            group.sealed = true;
            open.remove(target, group);
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
        BatchReply reply = next.execute(new RoutedCall(target, body(requests, clock.nowMillis())), deadline);
        if (reply.results().size() != requests.size()) {
            throw new MalformedResponseException(reply.node() + " answered a batch of " + requests.size()
                    + " with " + reply.results().size() + " results");
        }
        return reply;
    }
}
