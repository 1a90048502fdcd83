package org.swarmchat.swarm.onion;

import java.util.List;
import java.util.stream.Collectors;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.onion.OnionHop;
import org.swarmchat.swarm.api.Snode;

/**
 * An onion path (SPEC §4.1): a tested guard and the relays after it. A request's destination is never part of
 * the path that carries it, so that no single node sees both the sender's address and the request.
 *
 * @param hops guard first
 */
public record OnionPath(List<Snode> hops) {
    /**
     * Copies the hops.
     *
     * @throws IllegalArgumentException if the path is empty or names a node twice
     */
    public OnionPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least a guard");
        }
        if (hops.stream().map(Snode::ed25519).distinct().count() != hops.size()) {
            throw new IllegalArgumentException("a path may not visit a node twice: " + hops);
        }
    }

    /** The node the client connects to. */
    public Snode guard() {
        return hops.getFirst();
    }

    /** Whether {@code node} is a hop of this path. */
    public boolean contains(Ed25519PublicKey node) {
        return hops.stream().anyMatch(h -> h.ed25519().equals(node));
    }

    /** The hops as the onion builder takes them. */
    public List<OnionHop> onionHops() {
        return hops.stream().map(Snode::onionHop).toList();
    }

    /** A copy with the hop {@code node} replaced by {@code replacement}. */
    OnionPath replacing(Ed25519PublicKey node, Snode replacement) {
        return new OnionPath(hops.stream().map(h -> h.ed25519().equals(node) ? replacement : h).toList());
    }

    @Override
    public String toString() {
        return hops.stream().map(Snode::shortId).collect(Collectors.joining(" -> ", "OnionPath[", "]"));
    }
}
