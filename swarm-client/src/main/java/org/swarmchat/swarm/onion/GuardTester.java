package org.swarmchat.swarm.onion;

import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Tests a candidate guard before a path is built on it (SPEC §4.1: a direct request with a timeout; 2xx is
 * good). The composition root wires it to a direct {@code info} request.
 */
@FunctionalInterface
public interface GuardTester {
    /**
     * Returns normally if {@code guard} answered well before {@code deadline}.
     *
     * @throws SwarmException if it did not
     */
    void test(Snode guard, Deadline deadline) throws SwarmException;
}
