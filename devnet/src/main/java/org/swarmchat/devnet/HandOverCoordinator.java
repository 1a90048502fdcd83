package org.swarmchat.devnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.devnet.node.HandOver;
import org.swarmchat.devnet.node.PeerChannel;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.devnet.registry.NetworkListener;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.store.StoredMessage;

/**
 * Tells every node of a block and carries out the hand-over it asks for, in two rounds: first every node works
 * out its pushes from its own records (in parallel), then the pushes are delivered, merged per target. Splitting
 * the rounds means no node plans while records arrive, so each block's hand-over is exactly SPEC §2.5's. Runs
 * under the closed block gate, so no request sees the new view before the hand-over is complete.
 */
final class HandOverCoordinator implements NetworkListener {
    private static final Logger LOG = LoggerFactory.getLogger(HandOverCoordinator.class);

    private final Supplier<List<StorageNode>> nodes;
    private final PeerChannel peers;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Snode, Map<String, StoredMessage>> undelivered = new LinkedHashMap<>();

    HandOverCoordinator(Supplier<List<StorageNode>> nodes, PeerChannel peers, ExecutorService executor) {
        this.nodes = nodes;
        this.peers = peers;
        this.executor = executor;
    }

    @Override
    public void onBlock(NetworkView before, NetworkView after) {
        List<Callable<HandOver>> planning = new ArrayList<>();
        for (StorageNode node : nodes.get()) {
            planning.add(() -> node.planHandOver(before, after));
        }
        Map<Snode, Map<String, StoredMessage>> byTarget = new LinkedHashMap<>();
        int planned = 0;
        for (HandOver plan : runAll(planning)) {
            planned += plan.size();
            plan.pushes().forEach((target, messages) -> {
                Map<String, StoredMessage> merged = byTarget.computeIfAbsent(target, t -> new HashMap<>());
                for (StoredMessage m : messages) {
                    merged.merge(m.hash(), m, (a, b) -> a.expiry() >= b.expiry() ? a : b);
                }
            });
        }
        List<Snode> targets = new ArrayList<>(byTarget.keySet());
        List<Callable<Boolean>> delivery = new ArrayList<>();
        byTarget.forEach((target, messages) -> delivery.add(() -> peers.push(target, List.copyOf(messages.values()))));
        List<Boolean> delivered = runAll(delivery);
        long unreachable = delivered.stream().filter(ok -> !ok).count();
        lock.lock();
        try {
            for (int i = 0; i < targets.size(); i++) {
                if (!delivered.get(i)) {
                    Snode target = targets.get(i);
                    undelivered.computeIfAbsent(target, t -> new HashMap<>()).putAll(byTarget.get(target));
                }
            }
        } finally {
            lock.unlock();
        }
        if (planned > 0) {
            LOG.debug("block {}: handed {} records over to {} nodes ({} unreachable)", after.height(), planned,
                    byTarget.size(), unreachable);
        }
    }

    /**
     * Pushes again what a hand-over could not deliver because the target was down, as a storage server retries a
     * push to a peer it could not reach. A target that has left the swarm responsible for a record since gets it no
     * more; the members now responsible get it instead. Expired records are dropped. Runs from the devnet's
     * scheduler.
     */
    void retryUndelivered(NetworkView view, long nowMillis) {
        Map<Snode, Map<String, StoredMessage>> due;
        lock.lock();
        try {
            if (undelivered.isEmpty()) {
                return;
            }
            due = new LinkedHashMap<>(undelivered);
            undelivered.clear();
        } finally {
            lock.unlock();
        }
        Map<Snode, Map<String, StoredMessage>> retry = new LinkedHashMap<>();
        due.forEach((target, messages) -> messages.values().forEach(m -> {
            if (m.expiry() <= nowMillis) {
                return;
            }
            long responsible = view.swarmFor(HexCodec.decode(m.owner(), "owner"));
            List<Snode> to = view.contains(target.ed25519()) && view.swarmIdOf(target.ed25519()) == responsible
                    ? List.of(target) : view.members(responsible);
            to.forEach(t -> retry.computeIfAbsent(t, x -> new HashMap<>()).put(m.hash(), m));
        }));
        int pushed = 0;
        lock.lock();
        try {
            for (Map.Entry<Snode, Map<String, StoredMessage>> e : retry.entrySet()) {
                if (peers.push(e.getKey(), List.copyOf(e.getValue().values()))) {
                    pushed += e.getValue().size();
                } else {
                    undelivered.computeIfAbsent(e.getKey(), t -> new HashMap<>()).putAll(e.getValue());
                }
            }
        } finally {
            lock.unlock();
        }
        if (pushed > 0) {
            LOG.debug("handed over {} records that had waited for their target to come back", pushed);
        }
    }

    private <T> List<T> runAll(List<Callable<T>> tasks) {
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : executor.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during a hand-over", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a hand-over step failed", e.getCause());
        }
    }
}
