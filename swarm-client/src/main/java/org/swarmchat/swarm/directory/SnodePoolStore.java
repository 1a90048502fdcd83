package org.swarmchat.swarm.directory;

import java.util.Optional;

/**
 * Where the node pool survives restarts (the app keeps it in its {@code node_pool} table). A saved pool lets
 * the client start without asking a seed, as desktop does.
 *
 * <p>Implementations must be thread-safe; calls come from virtual threads and may block briefly.
 */
public interface SnodePoolStore {
    /** The last saved pool, if any. */
    Optional<PoolSnapshot> load();

    /** Replaces the saved pool. */
    void save(PoolSnapshot snapshot);
}
