package org.swarmchat.swarm.directory;

import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Asks the network for a pubkey's swarm ({@code get_swarm}, SPEC §2.3). The composition root wires it to the
 * request pipeline (a random pool node, through an onion path).
 */
@FunctionalInterface
public interface SwarmFetcher {
    /**
     * The swarm of {@code pubkey} (66 hex).
     *
     * @throws SwarmException if no node could be asked or the answer is malformed
     */
    Swarm fetch(String pubkey, Deadline deadline) throws SwarmException;
}
