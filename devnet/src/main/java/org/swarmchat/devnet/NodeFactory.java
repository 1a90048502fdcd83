package org.swarmchat.devnet;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.swarmchat.devnet.node.NodeEnvironment;
import org.swarmchat.devnet.node.NodeIdentity;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.devnet.onion.OnionEndpoints;
import org.swarmchat.devnet.store.MessageStore;
import org.swarmchat.devnet.store.OpenStores;
import org.swarmchat.devnet.tls.SelfSignedTls;

/**
 * Makes the storage nodes of one devnet: identities, TLS contexts and stores, many at a time in parallel. Random
 * draws happen in order on the devnet's generator, so a seeded devnet gets the same nodes every time; the costly
 * key derivation then runs in parallel. Thread-safe.
 */
final class NodeFactory {
    private final RandomGenerator random;
    private final SecureRandom tlsRandom = new SecureRandom();
    private final Clock clock;
    private final Path nodesDir;
    private final OpenStores openStores;
    private final NodeEnvironment env;
    private final OnionEndpoints onion;

    NodeFactory(RandomGenerator random, Clock clock, Path nodesDir, OpenStores openStores, NodeEnvironment env,
            OnionEndpoints onion) {
        this.random = random;
        this.clock = clock;
        this.nodesDir = nodesDir;
        this.openStores = openStores;
        this.env = env;
        this.onion = onion;
    }

    /** {@code count} new nodes, not yet listening. */
    List<StorageNode> newNodes(int count) {
        List<byte[]> seeds = new ArrayList<>();
        synchronized (random) {
            for (int i = 0; i < count; i++) {
                byte[] seed = new byte[32];
                random.nextBytes(seed);
                seeds.add(seed);
            }
        }
        List<NodeIdentity> identities = seeds.parallelStream().map(NodeIdentity::fromSeed).toList();
        List<RandomGenerator> faultRandoms = Stream.generate(this::split).limit(count).toList();
        return IntStream.range(0, count).parallel()
                .mapToObj(i -> create(identities.get(i), 0, faultRandoms.get(i))).toList();
    }

    /** The saved nodes again, on their saved ports, not yet listening. */
    List<StorageNode> restoreNodes(DevnetState state) {
        List<DevnetState.SavedNode> saved = state.nodes();
        List<RandomGenerator> faultRandoms = Stream.generate(this::split).limit(saved.size()).toList();
        return IntStream.range(0, saved.size()).parallel()
                .mapToObj(i -> create(NodeIdentity.fromSeed(saved.get(i).seed()), saved.get(i).port(),
                        faultRandoms.get(i)))
                .toList();
    }

    /** One new node on a picked port, not yet listening. */
    StorageNode newNode() {
        NodeIdentity identity;
        synchronized (random) {
            identity = NodeIdentity.generate(random);
        }
        return create(identity, 0, split());
    }

    /** An independent generator drawn from the devnet's. */
    RandomGenerator split() {
        synchronized (random) {
            return new SplittableRandom(random.nextLong());
        }
    }

    private StorageNode create(NodeIdentity identity, int port, RandomGenerator faultRandom) {
        String hex = identity.ed25519().hex();
        MessageStore store = new MessageStore(nodesDir.resolve(hex + ".sqlite"), openStores);
        StorageNode node = new StorageNode(identity, port, SelfSignedTls.serverContext(hex, tlsRandom,
                clock.instant()), store, env, faultRandom);
        onion.installOn(node);
        return node;
    }
}
