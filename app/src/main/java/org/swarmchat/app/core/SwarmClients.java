package org.swarmchat.app.core;

import java.security.SecureRandom;
import org.swarmchat.app.config.NetworkChoice;
import org.swarmchat.swarm.SwarmClient;
import org.swarmchat.swarm.SwarmClientConfig;
import org.swarmchat.swarm.netinfo.NetworkInfoClient;

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

    /**
     * Where the token figures of {@code network} come from (SPEC §8). Mainnet and testnet state them through the
     * Session network API, which answers only v4 onion requests with blinded, signed headers; Swarmchat does not
     * send those yet, so for them the client says so. Any other network is a devnet (this machine's or another's
     * {@code swarmchat devnet}), whose seed answers {@code GET /info} itself.
     */
    public static NetworkInfoClient networkInfo(NetworkChoice network) {
        if (network.name().equals("mainnet") || network.name().equals("testnet")) {
            return NetworkInfoClient.unavailable(network.name() + " states them through the Session network API,"
                    + " which takes onion requests Swarmchat does not send yet");
        }
        return NetworkInfoClient.direct(network.seeds().getFirst(), new SecureRandom());
    }

    /** A client for {@code network} that keeps its pool and swarms in memory only. */
    public static SwarmClient inMemory(NetworkChoice network) {
        return SwarmClient.create(config(network).build());
    }
}
