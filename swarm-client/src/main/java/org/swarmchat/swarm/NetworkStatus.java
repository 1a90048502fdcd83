package org.swarmchat.swarm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.onion.PathStatus;

/**
 * The network as the client sees it, for the network screen and {@code swarmchat network}.
 *
 * @param poolSize nodes in the pool
 * @param poolRefreshedAt when the pool list was last fetched
 * @param ownSwarmId the own swarm's id
 * @param ownSwarm the own swarm's members, probed
 * @param paths the onion paths
 * @param clockOffset network time minus local time
 */
public record NetworkStatus(int poolSize, Instant poolRefreshedAt, String ownSwarmId, List<MemberStatus> ownSwarm,
        PathStatus paths, Duration clockOffset) {
    /** Copies the list. */
    public NetworkStatus {
        Objects.requireNonNull(poolRefreshedAt, "poolRefreshedAt");
        Objects.requireNonNull(ownSwarmId, "ownSwarmId");
        ownSwarm = List.copyOf(ownSwarm);
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(clockOffset, "clockOffset");
    }

    /** How many own-swarm members answered the probe. */
    public long reachableMembers() {
        return ownSwarm.stream().filter(MemberStatus::reachable).count();
    }

    /**
     * One swarm member, probed.
     *
     * @param node the member
     * @param reachable whether it answered {@code info}
     * @param latency the round trip (through the onion path, if onion routing is on), when it answered
     * @param detail why it did not answer, or empty
     */
    public record MemberStatus(Snode node, boolean reachable, Optional<Duration> latency, String detail) {
        /** Checks the members. */
        public MemberStatus {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(latency, "latency");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
