package org.swarmchat.swarm.exec;

import java.util.List;
import java.util.Objects;
import org.swarmchat.swarm.api.MalformedResponseException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.SubResponse;

/**
 * A {@code batch} reply: who answered and the sub-results in request order.
 *
 * @param node the node that answered
 * @param results one per sub-request
 */
public record BatchReply(Snode node, List<SubResponse> results) {
    /** Copies the list. */
    public BatchReply {
        Objects.requireNonNull(node, "node");
        results = List.copyOf(results);
    }

    /**
     * The typed result of sub-request {@code index}.
     *
     * @throws SnodeRequestException if that sub-request failed
     * @throws MalformedResponseException if its body does not parse
     */
    public <R> R result(int index, SnodeRequest<R> request) throws SnodeRequestException, MalformedResponseException {
        return results.get(index).resultOf(request);
    }
}
