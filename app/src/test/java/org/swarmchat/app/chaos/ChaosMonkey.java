package org.swarmchat.app.chaos;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.devnet.DevnetNode;
import org.swarmchat.devnet.DevnetSwarm;
import org.swarmchat.devnet.LocalDevnet;

/**
 * Injects faults into a devnet while clients talk over it: stops members of the clients' swarms (never all of one
 * swarm) and starts them again, adds nodes (swarms split), removes nodes of swarms that hold no client (swarms
 * dissolve and hand their records over), drops, delays and garbles a share of requests, and skews nodes' clocks.
 * Every fault is undone by {@link #heal()}. Counts each kind of fault it injected.
 *
 * <p>It keeps to what the reliability promise covers: a swarm always keeps at least one running member, and a
 * node whose swarm holds a client is never removed for good (that would drop records only it holds).
 */
final class ChaosMonkey {
    private final LocalDevnet devnet;
    private final List<AccountId> clients;
    private final Random random;
    private final int minNodes;
    private final Map<String, AtomicInteger> injected = new ConcurrentHashMap<>();
    // By key, not by DevnetNode: a node's record changes with its swarm when swarms split or dissolve.
    private final Set<Ed25519PublicKey> stopped = new HashSet<>();
    private final Set<Ed25519PublicKey> touched = new HashSet<>();

    ChaosMonkey(LocalDevnet devnet, List<AccountId> clients, Random random) {
        this.devnet = devnet;
        this.clients = List.copyOf(clients);
        this.random = random;
        // Removals may take the devnet a little below its starting size, so that swarms dissolve, not only split.
        this.minNodes = devnet.nodes().size() - 4;
    }

    /** One fault, chosen at random, and the restart of nodes stopped long enough. */
    void strike() throws IOException {
        restartSome();
        switch (random.nextInt(7)) {
            case 0, 1 -> stopMembersOfAClientSwarm();
            case 2 -> addNode();
            case 3 -> removeANodeOfAnIdleSwarm();
            case 4 -> degrade(randomNode());
            case 5 -> skew(randomNode());
            default -> garble(randomNode());
        }
    }

    /** Starts every stopped node and clears every fault. */
    void heal() {
        for (DevnetNode node : devnet.nodes()) {
            if (stopped.contains(node.ed25519())) {
                devnet.faults(node).start();
            }
            if (touched.contains(node.ed25519())) {
                devnet.faults(node).clear();
            }
        }
        stopped.clear();
        touched.clear();
    }

    /** Faults injected, by kind. */
    Map<String, Integer> injected() {
        Map<String, Integer> counts = new TreeMap<>();
        injected.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    private void count(String kind) {
        injected.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private void stopMembersOfAClientSwarm() {
        AccountId client = clients.get(random.nextInt(clients.size()));
        DevnetSwarm swarm = devnet.swarmOf(client);
        List<DevnetNode> running = new ArrayList<>(swarm.members());
        running.removeIf(n -> stopped.contains(n.ed25519()));
        // Up to all but one member of the swarm at once, counting those already down.
        int mayStop = running.size() - 1;
        if (mayStop <= 0) {
            return;
        }
        int count = 1 + random.nextInt(mayStop);
        for (int i = 0; i < count; i++) {
            DevnetNode node = running.remove(random.nextInt(running.size()));
            devnet.faults(node).stop();
            stopped.add(node.ed25519());
            count("node stopped");
        }
    }

    private void restartSome() {
        for (DevnetNode node : devnet.nodes()) {
            if (stopped.contains(node.ed25519()) && random.nextInt(3) == 0) {
                devnet.faults(node).start();
                stopped.remove(node.ed25519());
                count("node restarted");
            }
        }
    }

    private void addNode() throws IOException {
        devnet.addNode();
        count("node added (swarm may split)");
    }

    private void removeANodeOfAnIdleSwarm() {
        Set<Long> clientSwarms = new HashSet<>();
        clients.forEach(c -> clientSwarms.add(devnet.swarmOf(c).id()));
        List<DevnetNode> candidates = devnet.nodes().stream()
                .filter(n -> !clientSwarms.contains(n.swarmId()))
                .filter(n -> !stopped.contains(n.ed25519()))
                .toList();
        if (candidates.isEmpty() || devnet.nodes().size() <= minNodes) {
            return;
        }
        DevnetNode node = candidates.get(random.nextInt(candidates.size()));
        touched.remove(node.ed25519());
        devnet.removeNode(node);
        count("node removed (swarm may dissolve)");
    }

    private DevnetNode randomNode() {
        List<DevnetNode> nodes = devnet.nodes();
        return nodes.get(random.nextInt(nodes.size()));
    }

    private void degrade(DevnetNode node) {
        touched.add(node.ed25519());
        if (random.nextBoolean()) {
            devnet.faults(node).dropRequests(0.3);
            count("requests dropped (30 % at a node)");
        } else {
            devnet.faults(node).delayRequests(0.5, Duration.ofMillis(300 + random.nextInt(1_200)));
            count("requests delayed (50 % at a node)");
        }
    }

    private void skew(DevnetNode node) {
        touched.add(node.ed25519());
        // Within and beyond the storage server's tolerance, both ways.
        long seconds = (random.nextBoolean() ? 1 : -1) * (5 + random.nextInt(240));
        devnet.faults(node).skewClock(Duration.ofSeconds(seconds));
        count("clock skewed");
    }

    private void garble(DevnetNode node) {
        touched.add(node.ed25519());
        devnet.faults(node).answerGarbage(0.3);
        count("garbage answers (30 % at a node)");
    }
}
