package org.swarmchat.swarm.exec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.SnodeJson;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Serializes typed requests into one {@code batch} (SPEC §3.4.10; desktop sends everything, even a single
 * request, as a batch) with network time taken now, so that every pass through this layer (a retry after a
 * clock re-sync included) signs with a fresh timestamp; and checks that the reply has one result per request.
 */
public final class BatchingExecutor implements RequestExecutor<SwarmBatch, BatchReply> {
    private final RequestExecutor<RoutedCall, BatchReply> next;
    private final NetworkClock clock;

    /** Batches onto {@code next}, timestamping with {@code clock}. */
    public BatchingExecutor(RequestExecutor<RoutedCall, BatchReply> next, NetworkClock clock) {
        this.next = next;
        this.clock = clock;
    }

    /** The {@code {"method":"batch","params":{"requests":[…]}}} body, signed at {@code networkNowMillis}. */
    public static byte[] body(SwarmBatch batch, long networkNowMillis) {
        ObjectNode json = SnodeJson.object();
        json.put("method", "batch");
        ArrayNode requests = json.putObject("params").putArray("requests");
        for (SnodeRequest<?> request : batch.requests()) {
            requests.add(request.toJson(networkNowMillis));
        }
        return SnodeJson.bytes(json);
    }

    @Override
    public BatchReply execute(SwarmBatch batch, Deadline deadline) throws SwarmException {
        BatchReply reply = next.execute(new RoutedCall(batch.target(), body(batch, clock.nowMillis())), deadline);
        if (reply.results().size() != batch.requests().size()) {
            throw new MalformedResponseException(reply.node() + " answered a batch of " + batch.requests().size()
                    + " with " + reply.results().size() + " results");
        }
        return reply;
    }
}
