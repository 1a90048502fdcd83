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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        List<Callable<Boolean>> delivery = new ArrayList<>();
        byTarget.forEach((target, messages) -> delivery.add(() -> peers.push(target, List.copyOf(messages.values()))));
        long unreachable = runAll(delivery).stream().filter(ok -> !ok).count();
        if (planned > 0) {
            LOG.debug("block {}: handed {} records over to {} nodes ({} unreachable)", after.height(), planned,
                    byTarget.size(), unreachable);
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
