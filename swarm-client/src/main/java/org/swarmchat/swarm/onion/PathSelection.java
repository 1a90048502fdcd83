package org.swarmchat.swarm.onion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.Snode;

/**
 * Picks path nodes (SPEC §4.1). Relays are chosen at random, preferring nodes whose /24 subnet differs from the
 * guard's and each other's, as desktop does, so that one operator's subnet rarely holds a whole path; when the
 * pool has too few subnets (a devnet on loopback has one) distinct nodes are enough. Stateless.
 */
final class PathSelection {
    private PathSelection() {
    }

    /** The pool without {@code exclude}, in random order: the guard candidates. */
    static List<Snode> candidates(List<Snode> pool, Set<Ed25519PublicKey> exclude, RandomGenerator random) {
        List<Snode> out = new ArrayList<>(pool);
        out.removeIf(n -> exclude.contains(n.ed25519()));
        shuffle(out, random);
        return out;
    }

    /**
     * {@code count} relays for a path after {@code guard}, none in {@code exclude}.
     *
     * @return empty if the pool has too few nodes
     */
    static Optional<List<Snode>> relays(List<Snode> pool, Snode guard, Set<Ed25519PublicKey> exclude, int count,
            RandomGenerator random) {
        List<Snode> candidates = candidates(pool, exclude, random);
        candidates.removeIf(n -> n.ed25519().equals(guard.ed25519()));
        if (candidates.size() < count) {
            return Optional.empty();
        }
        List<Snode> chosen = new ArrayList<>();
        Set<String> subnets = new HashSet<>(Set.of(subnet(guard)));
        for (Snode n : candidates) {
            if (chosen.size() < count && subnets.add(subnet(n))) {
                chosen.add(n);
            }
        }
        for (Snode n : candidates) {
            if (chosen.size() < count && !chosen.contains(n)) {
                chosen.add(n);
            }
        }
        return Optional.of(chosen);
    }

    /** The /24 prefix of a node's IPv4 address. */
    static String subnet(Snode node) {
        int lastDot = node.ip().lastIndexOf('.');
        return lastDot < 0 ? node.ip() : node.ip().substring(0, lastDot);
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
