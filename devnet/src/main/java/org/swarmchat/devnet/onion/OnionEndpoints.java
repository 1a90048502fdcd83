package org.swarmchat.devnet.onion;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.swarmchat.devnet.node.StorageNode;

/**
 * The onion endpoints of one devnet: plugs {@code POST /onion_req/v2} into each node's routes, all sharing one
 * relay connection pool and one server proxy. Thread-safe.
 */
public final class OnionEndpoints implements AutoCloseable {
    private final OnionRelay relay;
    private final ServerProxy proxy;
    private final SecureRandom random = new SecureRandom();

    /**
     * Endpoints whose relays wait {@code relayTimeout} for the next node.
     *
     * @param executor runs the HTTP clients' own tasks
     */
    public OnionEndpoints(Duration relayTimeout, Executor executor) {
        this.relay = new OnionRelay(relayTimeout, executor);
        this.proxy = new ServerProxy(executor);
    }

    /** Serves {@code POST /onion_req/v2} on {@code node}. */
    public void installOn(StorageNode node) {
        node.routes().add("POST", "/onion_req/v2", new OnionEndpoint(node, relay, proxy, random));
    }

    /** Drops the relay's and proxy's connections. */
    @Override
    public void close() {
        relay.close();
        proxy.close();
    }
}
