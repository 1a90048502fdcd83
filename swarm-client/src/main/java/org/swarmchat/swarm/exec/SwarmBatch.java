package org.swarmchat.swarm.exec;

import java.util.List;
import java.util.Objects;
import org.swarmchat.swarm.api.BatchRequest;
import org.swarmchat.swarm.api.SnodeRequest;

/**
 * Typed requests for one target, sent as one {@code batch} (desktop sends everything as a batch).
 *
 * @param target where
 * @param requests 1 to {@value #MAX_REQUESTS} requests
 */
public record SwarmBatch(Target target, List<SnodeRequest<?>> requests) {
    /** The storage server's sub-request limit. */
    public static final int MAX_REQUESTS = BatchRequest.MAX_REQUESTS;

    /**
     * Checks the members.
     *
     * @throws IllegalArgumentException if there are no requests or more than {@value #MAX_REQUESTS}
     */
    public SwarmBatch {
        Objects.requireNonNull(target, "target");
        requests = List.copyOf(requests);
        if (requests.isEmpty() || requests.size() > MAX_REQUESTS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_REQUESTS + " requests, not "
                    + requests.size());
        }
    }

    /** One request to {@code target}. */
    public static SwarmBatch of(Target target, SnodeRequest<?> request) {
        return new SwarmBatch(target, List.of(request));
    }
}
