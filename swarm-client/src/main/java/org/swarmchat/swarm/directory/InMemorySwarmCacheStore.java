package org.swarmchat.swarm.directory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.swarmchat.swarm.api.Swarm;

/** A {@link SwarmCacheStore} in memory: for tests and throw-away clients. */
public final class InMemorySwarmCacheStore implements SwarmCacheStore {
    private final Map<String, Swarm> swarms = new ConcurrentHashMap<>();

    @Override
    public Optional<Swarm> load(String pubkey) {
        return Optional.ofNullable(swarms.get(pubkey));
    }

    @Override
    public void save(String pubkey, Swarm swarm) {
        swarms.put(pubkey, swarm);
    }

    @Override
    public void remove(String pubkey) {
        swarms.remove(pubkey);
    }
}
