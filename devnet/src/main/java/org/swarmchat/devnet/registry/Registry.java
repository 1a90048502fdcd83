package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * The devnet's stand-in for oxend: the list of registered storage nodes, their swarms, and a block height that
 * grows by one with every change. Nodes join and leave at run time; {@link SwarmPlanner} keeps swarms within
 * {@link SwarmRules}. Every change is one block: under a closed {@link BlockGate} the registry makes the new view
 * current and calls every {@link NetworkListener}, in registration order, before any request sees it.
 *
 * <p>Thread-safe. Changes are serialized by the gate.
 */
public final class Registry {
    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);

    private final SwarmPlanner planner;
    private final BlockGate gate = new BlockGate();
    private final List<NetworkListener> listeners = new CopyOnWriteArrayList<>();
    private volatile NetworkView view = NetworkView.empty();

    /**
     * A registry with no nodes.
     *
     * @param rules swarm sizes
     * @param random breaks ties and makes swarm ids; seed it for a reproducible network
     */
    public Registry(SwarmRules rules, RandomGenerator random) {
        this.planner = new SwarmPlanner(rules, random);
    }

    /** The current view. */
    public NetworkView view() {
        return view;
    }

    /** The gate that requests pass and blocks close. */
    public BlockGate gate() {
        return gate;
    }

    /** Adds a listener for every later block. */
    public void addListener(NetworkListener listener) {
        listeners.add(listener);
    }

    /** Removes a listener. */
    public void removeListener(NetworkListener listener) {
        listeners.remove(listener);
    }

    /**
     * The first block: {@code nodes} split into swarms. Listeners are not called: there is nothing to hand over.
     *
     * @throws IllegalStateException if the registry already has nodes
     */
    public NetworkView bootstrap(List<Snode> nodes) {
        try (BlockGate.Hold closed = gate.close()) {
            requireEmpty();
            Map<Ed25519PublicKey, Long> assignment = planner.initial(nodes.stream().map(Snode::ed25519).toList());
            view = NetworkView.of(1, nodes, assignment);
            return view;
        }
    }

    /**
     * Takes over a view saved earlier (a devnet restarted on its data directory). Listeners are not called.
     *
     * @throws IllegalStateException if the registry already has nodes
     */
    public NetworkView restore(NetworkView saved) {
        try (BlockGate.Hold closed = gate.close()) {
            requireEmpty();
            view = saved;
            return view;
        }
    }

    /**
     * Registers {@code node}, which joins the smallest swarm; swarms may then split or rebalance.
     *
     * @throws IllegalArgumentException if a node with the same identity is registered
     */
    public NetworkView join(Snode node) {
        try (BlockGate.Hold closed = gate.close()) {
            if (view.contains(node.ed25519())) {
                throw new IllegalArgumentException("already registered: " + node.ed25519().hex());
            }
            List<Snode> nodes = new ArrayList<>(view.nodes());
            nodes.add(node);
            return apply(nodes, planner.join(assignment(), node.ed25519()));
        }
    }

    /**
     * Deregisters a node; its swarm may dissolve.
     *
     * @throws IllegalArgumentException if no such node is registered
     */
    public NetworkView leave(Ed25519PublicKey node) {
        try (BlockGate.Hold closed = gate.close()) {
            requireRegistered(node);
            List<Snode> nodes = new ArrayList<>(view.nodes());
            nodes.removeIf(n -> n.ed25519().equals(node));
            return apply(nodes, planner.leave(assignment(), node, true));
        }
    }

    /**
     * Takes a node out of its swarm but keeps it registered, with {@link SwarmSpace#INVALID_SWARM_ID}, as oxend
     * keeps a decommissioned node.
     *
     * @throws IllegalArgumentException if no such node is registered
     */
    public NetworkView decommission(Ed25519PublicKey node) {
        try (BlockGate.Hold closed = gate.close()) {
            requireRegistered(node);
            return apply(view.nodes(), planner.leave(assignment(), node, false));
        }
    }

    /**
     * Puts a decommissioned node back into a swarm.
     *
     * @throws IllegalArgumentException if no such node is registered
     */
    public NetworkView recommission(Ed25519PublicKey node) {
        try (BlockGate.Hold closed = gate.close()) {
            requireRegistered(node);
            if (view.swarmIdOf(node) != SwarmSpace.INVALID_SWARM_ID) {
                return view;
            }
            return apply(view.nodes(), planner.join(assignment(), node));
        }
    }

    private NetworkView apply(List<Snode> nodes, Map<Ed25519PublicKey, Long> assignment) {
        NetworkView before = view;
        NetworkView after = NetworkView.of(before.height() + 1, nodes, assignment);
        view = after;
        LOG.debug("block {}: {} nodes in {} swarms", after.height(), nodes.size(), after.swarmCount());
        for (NetworkListener listener : listeners) {
            try {
                listener.onBlock(before, after);
            } catch (RuntimeException e) {
                // One broken listener must not keep the others from learning of the block.
                LOG.error("network listener failed on block {}", after.height(), e);
            }
        }
        return after;
    }

    private Map<Ed25519PublicKey, Long> assignment() {
        Map<Ed25519PublicKey, Long> out = new LinkedHashMap<>();
        for (Snode node : view.nodes()) {
            out.put(node.ed25519(), view.swarmIdOf(node.ed25519()));
        }
        return out;
    }

    private void requireEmpty() {
        if (!view.nodes().isEmpty()) {
            throw new IllegalStateException("the registry already has nodes");
        }
    }

    private void requireRegistered(Ed25519PublicKey node) {
        if (!view.contains(node)) {
            throw new IllegalArgumentException("not registered: " + node.hex());
        }
    }
}
