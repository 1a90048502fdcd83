package org.swarmchat.swarm.directory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.swarmchat.swarm.api.Snode;

/**
 * The node pool as saved between runs.
 *
 * @param nodes the pool's nodes
 * @param refreshedAt when the list was last fetched from seeds or snodes (wall clock)
 */
public record PoolSnapshot(List<Snode> nodes, Instant refreshedAt) {
    /** Copies the list. */
    public PoolSnapshot {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(refreshedAt, "refreshedAt");
    }
}
