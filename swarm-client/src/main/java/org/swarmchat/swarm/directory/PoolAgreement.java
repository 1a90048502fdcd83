package org.swarmchat.swarm.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.swarmchat.swarm.api.Snode;

/**
 * The consensus rule for refreshing the pool from snodes (SPEC §1.3, desktop {@code getSnodePoolFromSnodes}):
 * the new pool is the nodes that every queried node listed identically (same keys, IP and port), and it is
 * accepted only if at least {@code threshold} nodes are in it. One lying or stale node can therefore neither
 * inject nodes (they would not be in the others' lists) nor shrink the pool much (the others' lists are long).
 *
 * <p>The threshold is {@code min(required, largest list)}. Desktop requires 24; a network with fewer nodes
 * (a small devnet) cannot meet that, and there the rule becomes "all replies agree on everything the largest
 * reply lists": a shortened reply still fails it. Stateless.
 */
public final class PoolAgreement {
    private PoolAgreement() {
    }

    /**
     * The agreed pool.
     *
     * @param replies the node lists, one per queried node (at least one)
     * @param required the configured agreement threshold (desktop: 24)
     * @return the intersection in the first reply's order, or empty if it is smaller than the threshold
     * @throws IllegalArgumentException if there are no replies or {@code required} is less than 1
     */
    public static Optional<List<Snode>> agree(List<List<Snode>> replies, int required) {
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("agreement needs at least one reply");
        }
        if (required < 1) {
            throw new IllegalArgumentException("the agreement threshold must be at least 1, not " + required);
        }
        Set<Snode> common = new LinkedHashSet<>(replies.getFirst());
        int largest = 0;
        for (List<Snode> reply : replies) {
            common.retainAll(Set.copyOf(reply));
            largest = Math.max(largest, reply.size());
        }
        int threshold = effectiveThreshold(required, largest);
        return common.size() >= threshold && !common.isEmpty() ? Optional.of(new ArrayList<>(common))
                : Optional.empty();
    }

    /** {@code min(required, largest)}: see the class comment. */
    public static int effectiveThreshold(int required, int largestReply) {
        return Math.min(required, largestReply);
    }
}
