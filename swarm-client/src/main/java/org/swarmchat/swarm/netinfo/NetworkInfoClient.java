package org.swarmchat.swarm.netinfo;

import java.net.URI;
import java.security.SecureRandom;
import java.util.concurrent.CompletableFuture;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.OkHttpTransport;

/**
 * Fetches the network-wide figures of SPEC §8 ({@code GET /info}).
 *
 * <p>Session fetches them from its network API server through a v4 onion request with blinded, signed headers
 * (desktop {@code network_api/NetworkApi.ts}). The devnet has no such server behind an onion exit: its seed and
 * every node answer {@code GET /info} over plain HTTPS, so {@link #direct} reads it there, trusting the seed as
 * the node pool's bootstrap does. {@link #unavailable} stands in where we cannot reach the source yet.
 *
 * <p>{@link #fetch()} runs on a virtual thread of the client's own and never blocks the caller. Thread-safe.
 */
public interface NetworkInfoClient {
    /**
     * A client that reads {@code {source}/info} over HTTPS, any certificate accepted (the devnet seed's is
     * self-signed), each fetch within {@link DirectNetworkInfoClient#TIMEOUT}.
     *
     * @param source the base URL of a server answering {@code GET /info}, e.g. a devnet seed
     * @param random seeds TLS
     */
    static NetworkInfoClient direct(URI source, SecureRandom random) {
        OkHttpTransport transport = OkHttpTransport.forSnodes(random, DirectNetworkInfoClient.TIMEOUT);
        return new DirectNetworkInfoClient(source, transport::get, DirectNetworkInfoClient.TIMEOUT,
                r -> Thread.ofVirtual().name("network-info").start(r));
    }

    /** A client whose every fetch fails with a {@link SwarmException} saying {@code reason}. */
    static NetworkInfoClient unavailable(String reason) {
        return () -> CompletableFuture.failedFuture(new SwarmException(reason));
    }

    /**
     * The figures as the source states them now.
     *
     * @return completes with the info, or exceptionally with {@link org.swarmchat.swarm.api.MalformedResponseException}
     *     (the answer is garbled or lacks a member; the message names it) or {@link SwarmException} (the source
     *     did not answer in time, or answered an error status; the message says which and names the source)
     */
    CompletableFuture<NetworkInfo> fetch();
}
