package org.swarmchat.swarm.exec;

import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/** Re-learns network time after nodes rejected our timestamps. */
@FunctionalInterface
public interface ClockResync {
    /**
     * Asks the network for the time and corrects the network clock.
     *
     * @throws SwarmException if no node gave its time
     */
    void resync(Deadline deadline) throws SwarmException;
}
