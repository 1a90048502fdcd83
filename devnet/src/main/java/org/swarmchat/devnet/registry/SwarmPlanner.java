package org.swarmchat.devnet.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.swarm.SwarmSpace;

/**
 * Decides swarm membership, the part of oxend that the devnet plays. It works on plain assignments (node to swarm
 * id, in registration order) and returns new ones; {@link Registry} turns them into {@link NetworkView}s.
 *
 * <p>The rules, applied after every join and leave until nothing changes:
 * <ol>
 *   <li>A swarm below {@link SwarmRules#min()} dissolves while other swarms exist; each of its members joins the
 *       smallest remaining swarm.</li>
 *   <li>A swarm above {@link SwarmRules#max()} moves one member to the smallest swarm that has room.</li>
 *   <li>When no swarm has room and the network can afford another swarm of {@code min} nodes, a new swarm is formed
 *       by taking one node at a time from the largest swarm (a split that spreads over several swarms).</li>
 * </ol>
 * A joining node goes to the smallest swarm first. Ties are broken with the injected random generator, so a seeded
 * generator makes the whole history reproducible. Swarm ids are random unsigned 64-bit values, never
 * {@link SwarmSpace#INVALID_SWARM_ID}.
 *
 * <p>Not thread-safe: {@link Registry} calls it under its write lock.
 */
final class SwarmPlanner {
    private final SwarmRules rules;
    private final RandomGenerator random;

    SwarmPlanner(SwarmRules rules, RandomGenerator random) {
        this.rules = rules;
        this.random = random;
    }

    /** Splits {@code nodes} into evenly sized swarms, in a random order. */
    Map<Ed25519PublicKey, Long> initial(List<Ed25519PublicKey> nodes) {
        int swarmCount = rules.initialSwarmCount(nodes.size());
        List<Ed25519PublicKey> shuffled = new ArrayList<>(nodes);
        shuffle(shuffled);
        Set<Long> used = new HashSet<>();
        long[] ids = new long[swarmCount];
        for (int i = 0; i < swarmCount; i++) {
            ids[i] = newSwarmId(used);
            used.add(ids[i]);
        }
        Map<Ed25519PublicKey, Long> byNode = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            byNode.put(shuffled.get(i), ids[i % swarmCount]);
        }
        Map<Ed25519PublicKey, Long> ordered = new LinkedHashMap<>();
        for (Ed25519PublicKey node : nodes) {
            ordered.put(node, byNode.get(node));
        }
        return ordered;
    }

    /** {@code current} plus {@code node}, which joins the smallest swarm before the rules are applied. */
    Map<Ed25519PublicKey, Long> join(Map<Ed25519PublicKey, Long> current, Ed25519PublicKey node) {
        Layout layout = new Layout(current);
        if (!layout.order.contains(node)) {
            layout.order.add(node);
        }
        layout.removeFromSwarm(node);
        if (layout.swarms.isEmpty()) {
            layout.add(node, newSwarmId(new HashSet<>()));
        } else {
            layout.add(node, smallest(layout));
        }
        rebalance(layout);
        return layout.assignment();
    }

    /** {@code current} without {@code node}'s swarm membership; {@code remove} drops the node altogether. */
    Map<Ed25519PublicKey, Long> leave(Map<Ed25519PublicKey, Long> current, Ed25519PublicKey node, boolean remove) {
        Layout layout = new Layout(current);
        layout.removeFromSwarm(node);
        if (remove) {
            layout.order.remove(node);
        }
        rebalance(layout);
        return layout.assignment();
    }

    private void rebalance(Layout layout) {
        int guard = 0;
        while (step(layout)) {
            if (++guard > 100_000) {
                throw new IllegalStateException("swarm rebalancing does not settle");
            }
        }
    }

    /** Applies one rule; false when every rule is satisfied (or cannot be). */
    private boolean step(Layout layout) {
        if (layout.swarms.size() > 1) {
            Long underfull = pick(layout, layout.swarms.keySet().stream()
                    .filter(id -> layout.swarms.get(id).size() < rules.min()).toList(), false);
            if (underfull != null) {
                List<Ed25519PublicKey> members = layout.swarms.remove(underfull);
                for (Ed25519PublicKey member : members) {
                    layout.add(member, smallest(layout));
                }
                return true;
            }
        }
        Long overfull = pick(layout, layout.swarms.keySet().stream()
                .filter(id -> layout.swarms.get(id).size() > rules.max()).toList(), true);
        if (overfull == null) {
            return false;
        }
        List<Long> withRoom = layout.swarms.keySet().stream()
                .filter(id -> layout.swarms.get(id).size() < rules.max()).toList();
        if (!withRoom.isEmpty()) {
            Long target = pick(layout, withRoom, false);
            layout.add(takeRandomMember(layout, overfull), target);
            return true;
        }
        int total = layout.swarms.values().stream().mapToInt(List::size).sum();
        if (total - rules.min() * layout.swarms.size() < rules.min()) {
            return false; // too few nodes for another swarm: the oversized swarm stays (e.g. 8 or 9 nodes in all)
        }
        long fresh = newSwarmId(layout.swarms.keySet());
        List<Ed25519PublicKey> taken = new ArrayList<>();
        while (taken.size() < rules.min()) {
            Long largest = pick(layout, List.copyOf(layout.swarms.keySet()), true);
            taken.add(takeRandomMember(layout, largest));
        }
        for (Ed25519PublicKey node : taken) {
            layout.add(node, fresh);
        }
        return true;
    }

    /** The smallest swarm (largest if {@code largest}) among {@code candidates}, ties broken at random. */
    private Long pick(Layout layout, List<Long> candidates, boolean largest) {
        if (candidates.isEmpty()) {
            return null;
        }
        Comparator<Long> bySize = Comparator.comparingInt(id -> layout.swarms.get(id).size());
        Long best = largest ? candidates.stream().max(bySize).orElseThrow()
                : candidates.stream().min(bySize).orElseThrow();
        int size = layout.swarms.get(best).size();
        List<Long> ties = candidates.stream().filter(id -> layout.swarms.get(id).size() == size).sorted().toList();
        return ties.get(random.nextInt(ties.size()));
    }

    private long smallest(Layout layout) {
        return pick(layout, List.copyOf(layout.swarms.keySet()), false);
    }

    private Ed25519PublicKey takeRandomMember(Layout layout, long swarmId) {
        List<Ed25519PublicKey> members = layout.swarms.get(swarmId);
        Ed25519PublicKey node = members.get(random.nextInt(members.size()));
        layout.removeFromSwarm(node);
        return node;
    }

    private long newSwarmId(Set<Long> taken) {
        while (true) {
            long id = random.nextLong();
            if (id != SwarmSpace.INVALID_SWARM_ID && !taken.contains(id)) {
                return id;
            }
        }
    }

    private void shuffle(List<Ed25519PublicKey> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Ed25519PublicKey t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** A mutable working copy of an assignment: node order, swarm members, and each node's swarm. */
    private static final class Layout {
        final List<Ed25519PublicKey> order = new ArrayList<>();
        final Map<Long, List<Ed25519PublicKey>> swarms = new LinkedHashMap<>();
        final Map<Ed25519PublicKey, Long> swarmOf = new HashMap<>();

        Layout(Map<Ed25519PublicKey, Long> assignment) {
            assignment.forEach((node, swarm) -> {
                order.add(node);
                if (swarm != SwarmSpace.INVALID_SWARM_ID) {
                    add(node, swarm);
                }
            });
        }

        void add(Ed25519PublicKey node, long swarmId) {
            swarms.computeIfAbsent(swarmId, id -> new ArrayList<>()).add(node);
            swarmOf.put(node, swarmId);
        }

        void removeFromSwarm(Ed25519PublicKey node) {
            Long swarm = swarmOf.remove(node);
            if (swarm != null) {
                List<Ed25519PublicKey> members = swarms.get(swarm);
                members.remove(node);
                if (members.isEmpty()) {
                    swarms.remove(swarm);
                }
            }
        }

        Map<Ed25519PublicKey, Long> assignment() {
            Map<Ed25519PublicKey, Long> out = new LinkedHashMap<>();
            for (Ed25519PublicKey node : order) {
                out.put(node, swarmOf.getOrDefault(node, SwarmSpace.INVALID_SWARM_ID));
            }
            return out;
        }
    }
}
