package org.swarmchat.swarm.directory;

import java.util.Optional;
import org.swarmchat.swarm.api.Swarm;

/**
 * Where known swarms survive restarts (the app keeps them in its {@code swarm_cache} table), keyed by the
 * 66-hex storage pubkey.
 *
 * <p>Implementations must be thread-safe; calls come from virtual threads and may block briefly.
 */
public interface SwarmCacheStore {
    /** The saved swarm of {@code pubkey}, if any. */
    Optional<Swarm> load(String pubkey);

    /** Saves (replaces) the swarm of {@code pubkey}. */
    void save(String pubkey, Swarm swarm);

    /** Forgets the swarm of {@code pubkey}. */
    void remove(String pubkey);
}
