package org.swarmchat.devnet.node;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.swarmchat.devnet.registry.Registry;
import org.swarmchat.devnet.seed.NetworkInfo;
import org.swarmchat.devnet.seed.OxendRpc;

/**
 * What every node of one devnet shares: the clock, the registry, the peer channel, the oxend and network-info
 * answers, one executor of virtual threads, and the settings.
 *
 * @param clock the devnet's clock (each node adds its own skew)
 * @param registry membership, views and the block gate
 * @param peers how nodes reach each other
 * @param oxend answers {@code /json_rpc} and {@code oxend_request}
 * @param info answers {@code GET /info}
 * @param executor runs every HTTP handler, forwarded request and batch subrequest
 * @param peerTimeout how long an entry node waits for swarm peers (the storage server's 5 s)
 * @param rateLimit the per-IP limit on direct requests (SPEC §3.1), or null for none
 */
public record NodeEnvironment(Clock clock, Registry registry, PeerChannel peers, OxendRpc oxend, NetworkInfo info,
        ExecutorService executor, Duration peerTimeout, RateLimit rateLimit) {
    /** Checks that nothing is missing. */
    public NodeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(oxend, "oxend");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(peerTimeout, "peerTimeout");
    }
}
