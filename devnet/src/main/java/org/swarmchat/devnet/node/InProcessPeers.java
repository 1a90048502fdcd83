package org.swarmchat.devnet.node;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.fault.FaultAction;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.store.StoredMessage;

/**
 * The peer channel of a devnet that runs in one process: a forwarded request runs the peer's handler directly,
 * with the peer's faults applied (a stopped peer is unreachable, a dropping one never answers, a garbling one
 * answers garbage, a slow one answers late). Going through each peer's HTTPS port instead would add TLS and HTTP
 * parsing to every replica of every store and make replication several times slower, for no fidelity gained: real
 * nodes replicate over OxenMQ, not HTTPS.
 *
 * <p>A peer that answers at once runs on the entry's own thread: all nodes share the process's cores, so a thread
 * per peer would buy no parallelism, only a hand-over between threads for each replica of each store (measured:
 * about a fifth of the devnet's CPU, in the kernel waking and parking carrier threads). A request the peer's
 * faults hold or drop runs on a virtual thread of its own, so that the entry's peer timeout still ends the wait.
 * The channel holds no lock of its own beyond its node table. Thread-safe.
 */
public final class InProcessPeers implements PeerChannel {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessPeers.class);

    private final Map<Ed25519PublicKey, StorageNode> nodes = new ConcurrentHashMap<>();
    private final Executor executor;

    /** A channel whose forwarded requests run on {@code executor} (virtual threads). */
    public InProcessPeers(Executor executor) {
        this.executor = executor;
    }

    /** Makes a node reachable. */
    public void register(StorageNode node) {
        nodes.put(node.identity().ed25519(), node);
    }

    /** Makes a node unreachable for good. */
    public void unregister(StorageNode node) {
        nodes.remove(node.identity().ed25519(), node);
    }

    @Override
    public CompletableFuture<PeerReply> forward(Snode peer, ForwardedRequest request) {
        StorageNode node = nodes.get(peer.ed25519());
        if (node == null || !node.isRunning()) {
            return CompletableFuture.completedFuture(new PeerReply.Unreachable());
        }
        FaultAction action = node.drawFault();
        if (action.delay().isZero() && action.outcome() != FaultAction.Outcome.DROP) {
            return CompletableFuture.completedFuture(answer(node, peer, request, action).orElseThrow());
        }
        // Only a held or dropped request needs a thread of its own, so that the entry's timeout can overtake it.
        CompletableFuture<PeerReply> reply = new CompletableFuture<>();
        executor.execute(() -> answer(node, peer, request, action).ifPresent(reply::complete));
        return reply; // a dropped request leaves the future to the entry's timeout
    }

    private static Optional<PeerReply> answer(StorageNode node, Snode peer, ForwardedRequest request,
            FaultAction action) {
        try {
            return node.handleForwarded(request, action);
        } catch (RuntimeException e) {
            LOG.warn("forwarded {} to {} failed", request.method(), peer.ed25519().hex(), e);
            return Optional.of(new PeerReply.Garbage());
        }
    }

    @Override
    public boolean push(Snode peer, List<StoredMessage> messages) {
        StorageNode node = nodes.get(peer.ed25519());
        if (node == null || !node.isRunning()) {
            return false;
        }
        node.receivePush(messages);
        return true;
    }
}
