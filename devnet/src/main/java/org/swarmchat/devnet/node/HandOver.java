package org.swarmchat.devnet.node;

import java.util.List;
import java.util.Map;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.store.StoredMessage;

/**
 * The records one node must push to other nodes after a block (SPEC §2.5), by target.
 *
 * @param pushes what each target node receives
 * @param mayErase the node left the network and its swarm survives: its records may be erased
 */
public record HandOver(Map<Snode, List<StoredMessage>> pushes, boolean mayErase) {
    /** Nothing to push. */
    public static final HandOver NONE = new HandOver(Map.of(), false);

    /** Copies the map. */
    public HandOver {
        pushes = Map.copyOf(pushes);
    }

    /** How many records in all (a record sent to two targets counts twice). */
    public int size() {
        return pushes.values().stream().mapToInt(List::size).sum();
    }
}
