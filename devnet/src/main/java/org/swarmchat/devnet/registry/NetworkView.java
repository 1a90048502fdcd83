package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * The network as one block left it: every registered node, its swarm, and the block height. Immutable; the
 * {@link Registry} makes a new view for every change, and nodes compare consecutive views to find out what
 * changed (see {@link SwarmEvents}).
 */
public final class NetworkView {
    private static final NetworkView EMPTY = new NetworkView(0, List.of(), Map.of());

    private final long height;
    private final List<Snode> nodes;
    private final Map<Ed25519PublicKey, Snode> byKey;
    private final Map<Ed25519PublicKey, Long> swarmOf;
    private final Map<Long, List<Snode>> members;
    private final long[] sortedSwarmIds;

    private NetworkView(long height, List<Snode> nodes, Map<Ed25519PublicKey, Long> swarmOf) {
        this.height = height;
        this.nodes = List.copyOf(nodes);
        Map<Ed25519PublicKey, Snode> keys = new HashMap<>();
        Map<Long, List<Snode>> swarms = new LinkedHashMap<>();
        for (Snode node : nodes) {
            keys.put(node.ed25519(), node);
            long swarm = swarmOf.getOrDefault(node.ed25519(), SwarmSpace.INVALID_SWARM_ID);
            if (swarm != SwarmSpace.INVALID_SWARM_ID) {
                swarms.computeIfAbsent(swarm, id -> new ArrayList<>()).add(node);
            }
        }
        swarms.replaceAll((id, list) -> Collections.unmodifiableList(list));
        this.byKey = keys;
        this.swarmOf = Map.copyOf(swarmOf);
        this.members = swarms;
        this.sortedSwarmIds = SwarmSpace.sort(swarms.keySet().stream().mapToLong(Long::longValue).toArray());
    }

    /** The view before the first block: no nodes, no swarms, height 0. */
    public static NetworkView empty() {
        return EMPTY;
    }

    /**
     * A view at {@code height} of {@code nodes} (in registration order) with their swarm ids; a node missing from
     * {@code swarmIds} or mapped to {@link SwarmSpace#INVALID_SWARM_ID} is decommissioned.
     *
     * @throws IllegalArgumentException if two nodes share an Ed25519 key
     */
    public static NetworkView of(long height, List<Snode> nodes, Map<Ed25519PublicKey, Long> swarmIds) {
        if (nodes.stream().map(Snode::ed25519).distinct().count() != nodes.size()) {
            throw new IllegalArgumentException("two nodes share an Ed25519 key");
        }
        return new NetworkView(height, nodes, swarmIds);
    }

    /** The block height of this view; every change of membership adds one. */
    public long height() {
        return height;
    }

    /** Every registered node, decommissioned ones included, in registration order. */
    public List<Snode> nodes() {
        return nodes;
    }

    /** The node with this identity, if registered. */
    public Optional<Snode> node(Ed25519PublicKey ed25519) {
        return Optional.ofNullable(byKey.get(ed25519));
    }

    /** Whether a node with this identity is registered. */
    public boolean contains(Ed25519PublicKey ed25519) {
        return byKey.containsKey(ed25519);
    }

    /** The swarm of a node; {@link SwarmSpace#INVALID_SWARM_ID} if it is decommissioned or unknown. */
    public long swarmIdOf(Ed25519PublicKey ed25519) {
        return swarmOf.getOrDefault(ed25519, SwarmSpace.INVALID_SWARM_ID);
    }

    /** The members of a swarm in registration order; empty for an unknown id. */
    public List<Snode> members(long swarmId) {
        return members.getOrDefault(swarmId, List.of());
    }

    /** Whether a swarm with this id exists. */
    public boolean hasSwarm(long swarmId) {
        return members.containsKey(swarmId);
    }

    /** All swarm ids, ascending unsigned. */
    public long[] swarmIds() {
        return sortedSwarmIds.clone();
    }

    /** How many swarms there are. */
    public int swarmCount() {
        return sortedSwarmIds.length;
    }

    /**
     * The swarm responsible for a 33-byte pubkey (SPEC §2.2); {@link SwarmSpace#INVALID_SWARM_ID} when there are no
     * swarms.
     *
     * @throws IllegalArgumentException if {@code pubkey} is not 33 bytes
     */
    public long swarmFor(byte[] pubkey) {
        return SwarmSpace.closest(sortedSwarmIds, SwarmSpace.position(pubkey));
    }

    @Override
    public String toString() {
        return "NetworkView[height=" + height + ", nodes=" + nodes.size() + ", swarms=" + sortedSwarmIds.length + "]";
    }
}
