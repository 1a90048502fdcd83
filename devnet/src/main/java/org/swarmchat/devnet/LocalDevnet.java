package org.swarmchat.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.devnet.echo.EchoContact;
import org.swarmchat.devnet.echo.NodeAddress;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.devnet.node.InProcessPeers;
import org.swarmchat.devnet.node.NodeEnvironment;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.devnet.onion.OnionEndpoints;
import org.swarmchat.devnet.recording.RequestRecorder;
import org.swarmchat.devnet.recording.SeenRequest;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Registry;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.seed.NetworkInfo;
import org.swarmchat.devnet.seed.OxendRpc;
import org.swarmchat.devnet.seed.SeedServer;
import org.swarmchat.devnet.store.OpenStores;
import org.swarmchat.devnet.tls.SelfSignedTls;

/**
 * A local Session network in this process: N storage nodes on loopback HTTPS, grouped into swarms of 5-7 by a
 * registry that plays oxend, and a seed at {@link #seedUrl()}. Clients bootstrap from the seed exactly as from a
 * mainnet seed; nothing about the devnet needs special client code. Nodes join and leave at run time
 * ({@link #addNode()}, {@link #removeNode(DevnetNode)}), each change a block after which every node has handed
 * its records over; {@link #faults(DevnetNode)} injects faults. The design decisions (seed, replication channel,
 * atomic blocks, persistence, scale) are described in the package documentation.
 *
 * <p>Thread-safe. Membership changes are serialized.
 */
public final class LocalDevnet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDevnet.class);
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);

    private final DevnetBuilder config;
    private final Path dataDir;
    private final boolean temporary;
    private final RandomGenerator random;
    private final SecureRandom tlsRandom = new SecureRandom();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService scheduler;
    private final OpenStores openStores;
    private final Registry registry;
    private final InProcessPeers peers;
    private final NodeEnvironment env;
    private final NodeFactory factory;
    private final OnionEndpoints onion;
    private final Map<Ed25519PublicKey, StorageNode> nodes = new LinkedHashMap<>();
    private final ReentrantLock membership = new ReentrantLock();
    private SeedServer seed;
    private EchoContact echo;
    private boolean started;
    private boolean closed;

    LocalDevnet(DevnetBuilder config) throws IOException {
        this.config = config;
        this.temporary = config.dataDir == null;
        this.dataDir = temporary ? Files.createTempDirectory("swarmchat-devnet") : config.dataDir;
        Files.createDirectories(dataDir.resolve("nodes"));
        this.random = config.seed != null ? new SplittableRandom(config.seed) : new SecureRandom();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "devnet-expiry");
            t.setDaemon(true);
            return t;
        });
        this.openStores = new OpenStores(config.maxOpenStores);
        this.registry = new Registry(config.swarmRules, split());
        this.peers = new InProcessPeers(executor);
        this.env = new NodeEnvironment(config.clock, registry, peers, new OxendRpc(registry::view, split()),
                new NetworkInfo(registry::view, config.clock), executor, config.peerTimeout, config.rateLimit);
        this.onion = new OnionEndpoints(config.onionRelayTimeout, executor);
        this.factory = new NodeFactory(random, config.clock, dataDir.resolve("nodes"), openStores, env, onion);
    }

    /** A builder with the defaults: 25 nodes, a temporary data directory, a picked seed port, the system clock. */
    public static DevnetBuilder builder() {
        return new DevnetBuilder();
    }

    /**
     * Starts every node and the seed. With a data directory that holds a saved devnet, that devnet comes back:
     * same identities, ports, swarms and every unexpired message (the node count of the builder is then ignored).
     *
     * @throws IOException if a port cannot be bound or the data directory cannot be used
     * @throws IllegalStateException if already started or closed
     */
    public void start() throws IOException {
        membership.lock();
        try {
            if (started || closed) {
                throw new IllegalStateException(closed ? "closed" : "already started");
            }
            started = true;
            Optional<DevnetState> saved = DevnetState.load(dataDir);
            long begin = System.nanoTime();
            List<StorageNode> created = saved.isPresent() ? factory.restoreNodes(saved.get())
                    : factory.newNodes(config.nodes);
            long made = System.nanoTime();
            try {
                startAll(created);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            long listening = System.nanoTime();
            for (StorageNode node : created) {
                synchronizedPut(node);
                peers.register(node);
            }
            List<Snode> snodes = created.stream().map(StorageNode::snode).toList();
            NetworkView view = saved.isPresent() ? registry.restore(savedView(saved.get(), snodes))
                    : registry.bootstrap(snodes);
            created.forEach(node -> node.learn(view));
            HandOverCoordinator handOver = new HandOverCoordinator(this::nodeList, peers, executor);
            registry.addListener(handOver);
            int seedPort = config.seedPort != 0 ? config.seedPort : saved.map(DevnetState::seedPort).orElse(0);
            seed = new SeedServer(seedPort, SelfSignedTls.serverContext("devnet-seed", tlsRandom,
                    config.clock.instant()), executor, env.oxend(), env.info());
            seed.start();
            scheduler.scheduleAtFixedRate(this::purgeExpired, PURGE_INTERVAL.toMillis(), PURGE_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            scheduler.scheduleWithFixedDelay(() -> retryHandOver(handOver), 1, 1, TimeUnit.SECONDS);
            save();
            if (config.echoContact) {
                echo = startEcho();
            }
            LOG.info("devnet of {} nodes in {} swarms started in {} ms (nodes made in {} ms, listening after {} ms);"
                    + " seed {}", created.size(), view.swarmCount(), (System.nanoTime() - begin) / 1_000_000,
                    (made - begin) / 1_000_000, (listening - begin) / 1_000_000, seed.url());
        } finally {
            membership.unlock();
        }
    }

    private void retryHandOver(HandOverCoordinator handOver) {
        try {
            handOver.retryUndelivered(registry.view(), config.clock.millis());
        } catch (RuntimeException e) {
            // a failure must not cancel the schedule
            LOG.warn("retrying a hand-over failed", e);
        }
    }

    /** {@code https://127.0.0.1:P}, the URL clients bootstrap from. */
    public String seedUrl() {
        requireStarted();
        return seed.url();
    }

    /** The seed's port. */
    public int seedPort() {
        requireStarted();
        return seed.port();
    }

    /** The echo contact's Account ID, if the builder turned it on ({@link DevnetBuilder#echoContact(boolean)}). */
    public Optional<AccountId> echoAccountId() {
        requireStarted();
        return Optional.ofNullable(echo).map(EchoContact::accountId);
    }

    /** The data directory (a temporary one unless the builder named one). */
    public Path dataDir() {
        return dataDir;
    }

    /** Every node in registration order, as it stands now. */
    public List<DevnetNode> nodes() {
        NetworkView view = registry.view();
        return nodeList().stream().map(n -> describe(n, view)).toList();
    }

    /** The node with this identity, if it is part of the devnet. */
    public Optional<DevnetNode> node(Ed25519PublicKey ed25519) {
        StorageNode node = storageNodeOrNull(ed25519);
        return node == null ? Optional.empty() : Optional.of(describe(node, registry.view()));
    }

    /** The registry's current view (block height, swarms, members). */
    public NetworkView view() {
        return registry.view();
    }

    /** The current block height. */
    public long height() {
        return registry.view().height();
    }

    /**
     * The swarm responsible for a pubkey (66 hex characters: 05 account, 03 group, ...), as {@code get_swarm}
     * answers it.
     *
     * @throws IllegalArgumentException if {@code pubkeyHex} is not 66 hex characters
     * @throws IllegalStateException if the devnet has no swarms
     */
    public DevnetSwarm swarmOf(String pubkeyHex) {
        byte[] pubkey = HexCodec.decode(pubkeyHex, 33, "pubkey");
        NetworkView view = registry.view();
        if (view.swarmCount() == 0) {
            throw new IllegalStateException("the devnet has no swarms");
        }
        long id = view.swarmFor(pubkey);
        List<DevnetNode> members = new ArrayList<>();
        for (Snode member : view.members(id)) {
            StorageNode node = storageNodeOrNull(member.ed25519());
            if (node != null) {
                members.add(describe(node, view));
            }
        }
        return new DevnetSwarm(id, members);
    }

    /** The swarm of an Account ID. */
    public DevnetSwarm swarmOf(AccountId account) {
        return swarmOf(account.hex());
    }

    /**
     * Starts a new node and registers it: it joins the smallest swarm (which may split), receives its swarm's
     * records from the other members, and every node learns of the block.
     *
     * @throws IOException if no port can be bound
     */
    public DevnetNode addNode() throws IOException {
        membership.lock();
        try {
            requireStarted();
            StorageNode node = factory.newNode();
            node.start();
            synchronizedPut(node);
            peers.register(node);
            registry.join(node.snode());
            save();
            return describe(node, registry.view());
        } finally {
            membership.unlock();
        }
    }

    /**
     * Deregisters a node for good: if its swarm dissolves, it and the other former members push every record to
     * the swarm now responsible; then it stops and its data is erased.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public void removeNode(DevnetNode node) {
        membership.lock();
        try {
            requireStarted();
            StorageNode storage = storageNode(node);
            registry.leave(node.ed25519());
            synchronizedRemove(node.ed25519());
            peers.unregister(storage);
            storage.close();
            storage.store().destroy();
            save();
        } finally {
            membership.unlock();
        }
    }

    /**
     * Takes a node out of its swarm but keeps it known with the invalid swarm id, as oxend decommissions a node;
     * it answers 503 until {@link #recommission(DevnetNode)}.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public void decommission(DevnetNode node) {
        membership.lock();
        try {
            requireStarted();
            storageNode(node);
            registry.decommission(node.ed25519());
            save();
        } finally {
            membership.unlock();
        }
    }

    /**
     * Puts a decommissioned node back into a swarm.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public void recommission(DevnetNode node) {
        membership.lock();
        try {
            requireStarted();
            storageNode(node);
            registry.recommission(node.ed25519());
            save();
        } finally {
            membership.unlock();
        }
    }

    /**
     * The fault control of a node: stop and start it, drop, delay or garble its answers, skew its clock.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public FaultControl faults(DevnetNode node) {
        return storageNode(node).faults();
    }

    /**
     * The running node itself, for plugging in endpoints ({@link StorageNode#routes()}) or looking at its store.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public StorageNode storageNode(DevnetNode node) {
        StorageNode storage = storageNodeOrNull(node.ed25519());
        if (storage == null) {
            throw new IllegalArgumentException("not part of this devnet: " + node.ed25519().hex());
        }
        return storage;
    }

    /**
     * What one node saw of each request since its recording was switched on: for privacy tests. Recording is off
     * by default and costs nothing then.
     *
     * @throws IllegalArgumentException if the node is not part of the devnet
     */
    public RequestRecorder recorder(DevnetNode node) {
        return storageNode(node).recorder();
    }

    /** Forgets what was recorded and starts recording on every node now part of the devnet. */
    public void startRecording() {
        for (StorageNode node : nodeList()) {
            node.recorder().clear();
            node.recorder().start();
        }
    }

    /** Stops recording on every node; what was recorded stays readable. */
    public void stopRecording() {
        nodeList().forEach(node -> node.recorder().stop());
    }

    /** What every node recorded, by node; nodes that recorded nothing are left out. */
    public Map<Ed25519PublicKey, List<SeenRequest>> seenRequests() {
        Map<Ed25519PublicKey, List<SeenRequest>> seen = new LinkedHashMap<>();
        for (StorageNode node : nodeList()) {
            List<SeenRequest> requests = node.recorder().seen();
            if (!requests.isEmpty()) {
                seen.put(node.identity().ed25519(), requests);
            }
        }
        return seen;
    }

    /** Stops the seed and every node, saves the state, and deletes a temporary data directory. */
    @Override
    public void close() {
        membership.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (echo != null) {
                // First, while the nodes still answer: it finishes the answer in hand.
                echo.close();
            }
            scheduler.shutdownNow();
            if (seed != null) {
                seed.close();
            }
            List<StorageNode> all = nodeList();
            all.parallelStream().forEach(StorageNode::close);
            onion.close();
            if (started && !temporary) {
                save();
            }
            executor.shutdownNow();
            if (temporary) {
                deleteTree(dataDir);
            }
        } finally {
            membership.unlock();
        }
    }

    private static NetworkView savedView(DevnetState state, List<Snode> snodes) {
        Map<Ed25519PublicKey, Long> swarms = new HashMap<>();
        for (int i = 0; i < snodes.size(); i++) {
            swarms.put(snodes.get(i).ed25519(), state.nodes().get(i).swarmId());
        }
        return NetworkView.of(state.height(), snodes, swarms);
    }

    private EchoContact startEcho() throws IOException {
        return EchoContact.start(dataDir.resolve("echo"),
                temporary ? EchoContact.Identity.WELL_KNOWN : EchoContact.Identity.KEPT_IN_DIRECTORY,
                () -> nodes().stream().filter(DevnetNode::running)
                        .map(n -> new NodeAddress(n.host(), n.port(), n.ed25519().hex())).toList(),
                config.clock, config.echoPollInterval);
    }

    private void startAll(List<StorageNode> created) {
        created.parallelStream().forEach(node -> {
            try {
                node.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + node, e);
            }
        });
    }

    private RandomGenerator split() {
        synchronized (random) {
            return new SplittableRandom(random.nextLong());
        }
    }

    private void purgeExpired() {
        try {
            int purged = 0;
            for (StorageNode node : nodeList()) {
                purged += node.purgeExpired();
            }
            if (purged > 0) {
                LOG.debug("purged {} expired messages", purged);
            }
        } catch (RuntimeException e) {
            // a failure must not cancel the schedule
            LOG.warn("expiry purge failed", e);
        }
    }

    private void save() {
        if (temporary) {
            return;
        }
        NetworkView view = registry.view();
        List<DevnetState.SavedNode> saved = new ArrayList<>();
        for (Snode snode : view.nodes()) {
            StorageNode node = storageNodeOrNull(snode.ed25519());
            if (node != null) {
                saved.add(new DevnetState.SavedNode(node.identity().seed(), node.port(),
                        view.swarmIdOf(snode.ed25519())));
            }
        }
        try {
            new DevnetState(view.height(), seed == null ? 0 : seed.port(), saved).save(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the devnet state in " + dataDir, e);
        }
    }

    private DevnetNode describe(StorageNode node, NetworkView view) {
        return new DevnetNode(node.identity().ed25519(), node.identity().x25519(), "127.0.0.1", node.port(),
                view.swarmIdOf(node.identity().ed25519()), node.isRunning());
    }

    private List<StorageNode> nodeList() {
        synchronized (nodes) {
            return new ArrayList<>(nodes.values());
        }
    }

    private StorageNode storageNodeOrNull(Ed25519PublicKey key) {
        synchronized (nodes) {
            return nodes.get(key);
        }
    }

    private void synchronizedPut(StorageNode node) {
        synchronized (nodes) {
            nodes.put(node.identity().ed25519(), node);
        }
    }

    private void synchronizedRemove(Ed25519PublicKey key) {
        synchronized (nodes) {
            nodes.remove(key);
        }
    }

    private void requireStarted() {
        if (!started || closed) {
            throw new IllegalStateException(closed ? "the devnet is closed" : "the devnet is not started");
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete {}", dir, e);
        }
    }
}
