package org.swarmchat.swarm.api;

import java.util.List;

/**
 * A node's {@code info} reply.
 *
 * @param version the storage server version, e.g. [2, 8, 0]; empty if the node did not say
 * @param timestampMs the node's clock, ms since the epoch
 */
public record NodeInfo(List<Integer> version, long timestampMs) {
    /** Copies the version. */
    public NodeInfo {
        version = List.copyOf(version);
    }
}
