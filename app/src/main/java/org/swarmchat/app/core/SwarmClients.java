package org.swarmchat.app.core;

import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.SwarmClientConfig;

/** Builds the swarm client for a network with the app's settings; the stores come from the caller. */
public final class SwarmClients {
    private SwarmClients() {
    }

    /**
     * A configuration for {@code network}: its seeds and bundled node list ({@link BundledPools}), onion routing on,
     * the swarm client's defaults otherwise (those of the official desktop client). Callers add their stores before
     * building.
     */
    public static SwarmClientConfig.Builder config(NetworkChoice network) {
        return SwarmClientConfig.builder().seeds(network.seeds()).bundledPool(BundledPools.of(network)).onion(true);
    }

    /** A client for {@code network} that keeps its pool and swarms in memory only. */
    public static SwarmClient inMemory(NetworkChoice network) {
        return SwarmClient.create(config(network).build());
    }
}
