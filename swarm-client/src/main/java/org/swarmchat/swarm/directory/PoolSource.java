package org.swarmchat.swarm.directory;

import java.util.List;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Asks one pool node for the node list ({@code oxend_request get_service_nodes}, SPEC §1.3). The composition
 * root wires it to the request pipeline, so that the pool does not depend on how requests travel.
 */
@FunctionalInterface
public interface PoolSource {
    /**
     * The node list as {@code node} sees it.
     *
     * @throws SwarmException if the node cannot be asked or answers nonsense
     */
    List<Snode> fetchFrom(Snode node, Deadline deadline) throws SwarmException;
}
