package org.swarmchat.devnet.node;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.store.StoredMessage;

/**
 * How storage nodes reach their swarm peers: forwarded ("recursive") requests, the {@code sn.storage_cc} of real
 * nodes, and record hand-over, their {@code sn.data}. Real nodes carry both over OxenMQ, not over the client HTTPS
 * port, so the devnet carries them over its own channel too (see {@link InProcessPeers}).
 */
public interface PeerChannel {
    /**
     * Forwards a request that {@code peer} must process but not forward again.
     *
     * @return completes with the peer's answer; never completes if the peer drops the request
     */
    CompletableFuture<PeerReply> forward(Snode peer, ForwardedRequest request);

    /**
     * Hands {@code messages} over to {@code peer}, which keeps what it already has.
     *
     * @return false if the peer could not be reached
     */
    boolean push(Snode peer, List<StoredMessage> messages);
}
