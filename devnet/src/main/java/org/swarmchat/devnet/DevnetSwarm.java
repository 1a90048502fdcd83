package org.swarmchat.devnet;

import java.util.List;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * A swarm of the devnet: its id and its members, as the registry has them now.
 *
 * @param id the swarm id (unsigned 64-bit)
 * @param members the members in registration order
 */
public record DevnetSwarm(long id, List<DevnetNode> members) {
    /** Copies the list. */
    public DevnetSwarm {
        members = List.copyOf(members);
    }

    /** The id as lower-case hex without leading zeros. */
    public String hexId() {
        return SwarmSpace.hex(id);
    }
}
