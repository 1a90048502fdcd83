package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Map;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The outcome of an {@code expire}: per swarm member, what it updated, signed by the member.
 *
 * @param swarm each member's report
 */
public record ExpireResult(Map<Ed25519PublicKey, NodeResult<ExpiryUpdate>> swarm) {
    /** Copies the map. */
    public ExpireResult {
        swarm = Map.copyOf(swarm);
    }

    /** How many members confirmed with a valid signature. */
    public int confirmedCount() {
        return (int) swarm.values().stream().filter(NodeResult::isConfirmed).count();
    }

    /**
     * One member's update.
     *
     * @param updated the hashes whose expiry changed, sorted
     * @param expiryMs the expiry it applied (clamped to 30 days from now)
     * @param unchanged with shorten/extend, the hashes left alone and their expiry
     */
    public record ExpiryUpdate(List<String> updated, long expiryMs, Map<String, Long> unchanged) {
        /** Copies the collections. */
        public ExpiryUpdate {
            updated = List.copyOf(updated);
            unchanged = Map.copyOf(unchanged);
        }
    }
}
