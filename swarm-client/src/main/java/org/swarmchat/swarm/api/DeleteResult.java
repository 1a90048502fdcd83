package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Map;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The outcome of a {@code delete}: per swarm member, the hashes it deleted (sorted), signed by the member.
 *
 * @param swarm each member's report
 */
public record DeleteResult(Map<Ed25519PublicKey, NodeResult<List<String>>> swarm) {
    /** Copies the map. */
    public DeleteResult {
        swarm = Map.copyOf(swarm);
    }

    /** How many members confirmed the deletion with a valid signature. */
    public int confirmedCount() {
        return (int) swarm.values().stream().filter(NodeResult::isConfirmed).count();
    }
}
