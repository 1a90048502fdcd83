package org.swarmchat.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.HexCodec;
import org.swarmchat.devnet.fault.FaultControl;
import org.swarmchat.devnet.node.InProcessPeers;
import org.swarmchat.devnet.node.NodeEnvironment;
import org.swarmchat.devnet.node.NodeIdentity;
import org.swarmchat.devnet.node.RateLimit;
import org.swarmchat.devnet.node.StorageNode;
import org.swarmchat.devnet.registry.NetworkView;
import org.swarmchat.devnet.registry.Registry;
import org.swarmchat.devnet.registry.Snode;
import org.swarmchat.devnet.registry.SwarmRules;
import org.swarmchat.devnet.seed.NetworkInfo;
import org.swarmchat.devnet.seed.OxendRpc;
import org.swarmchat.devnet.seed.SeedServer;
import org.swarmchat.devnet.store.MessageStore;
import org.swarmchat.devnet.store.OpenStores;
import org.swarmchat.devnet.tls.SelfSignedTls;

/**
 * A local Session network in this process: N storage nodes on loopback HTTPS, grouped into swarms of 5-7 by a
 * registry that plays oxend, and a seed at {@link #seedUrl()}. Clients bootstrap from the seed exactly as from a
 * mainnet seed; nothing about the devnet needs special client code.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Seed.</b> The seed URL is a small HTTPS server of its own ({@code /json_rpc} and {@code /info}) on
 *       the seed port, as mainnet seeds are oxend endpoints apart from the storage nodes. Every node also answers
 *       {@code /json_rpc} and {@code /info}.</li>
 *   <li><b>Replication.</b> Recursive requests travel between nodes over an in-process peer channel
 *       ({@link InProcessPeers}), as real nodes use OxenMQ rather than their client HTTPS port; peers still apply
 *       their own checks and faults, and the entry node still builds the {@code swarm} map with per-node
 *       signatures.</li>
 *   <li><b>Blocks.</b> Joins, leaves, splits and dissolutions are blocks applied under a devnet-wide gate: every
 *       node learns of the block and hands records over (SPEC §2.5) before any request sees it, which is what
 *       makes "no message lost across churn" a property tests can demand.</li>
 *   <li><b>Persistence.</b> Each node keeps its messages in its own SQLite file under {@code nodes/} of the data
 *       directory; identities, ports, swarms and the height are in {@code devnet.json}. Without a data directory
 *       a temporary one is used and deleted on {@link #close()}. Expired messages are purged every 10 s by one
 *       scheduler thread for the whole devnet.</li>
 *   <li><b>Scale.</b> Nodes are created and started in parallel, share one executor of virtual threads, and
 *       open their SQLite files lazily with a cap on open connections; TLS keys are EC P-256.</li>
 * </ul>
 *
 * <p>Thread-safe. Membership changes are serialized.
 */
public final class LocalDevnet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDevnet.class);
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(10);

    private final Builder config;
    private final Path dataDir;
    private final boolean temporary;
    private final RandomGenerator random;
    private final SecureRandom tlsRandom;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService scheduler;
    private final OpenStores openStores;
    private final Registry registry;
    private final InProcessPeers peers;
    private final NodeEnvironment env;
    private final Map<Ed25519PublicKey, StorageNode> nodes = new LinkedHashMap<>();
    private final ReentrantLock membership = new ReentrantLock();
    private SeedServer seed;
    private boolean started;
    private boolean closed;

    private LocalDevnet(Builder config) throws IOException {
        this.config = config;
        this.temporary = config.dataDir == null;
        this.dataDir = temporary ? Files.createTempDirectory("swarmchat-devnet") : config.dataDir;
        Files.createDirectories(dataDir.resolve("nodes"));
        this.random = config.seed != null ? new SplittableRandom(config.seed) : new SecureRandom();
        this.tlsRandom = new SecureRandom();
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
    }

    /** A builder with the defaults: 25 nodes, a temporary data directory, a picked seed port, the system clock. */
    public static Builder builder() {
        return new Builder();
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
            List<StorageNode> created = saved.isPresent() ? restoreNodes(saved.get()) : newNodes(config.nodes);
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
            registry.addListener(new HandOverCoordinator(this::nodeList, peers, executor));
            int seedPort = config.seedPort != 0 ? config.seedPort : saved.map(DevnetState::seedPort).orElse(0);
            seed = new SeedServer(seedPort, SelfSignedTls.serverContext("devnet-seed", tlsRandom,
                    config.clock.instant()), executor, env.oxend(), env.info());
            seed.start();
            scheduler.scheduleAtFixedRate(this::purgeExpired, PURGE_INTERVAL.toMillis(), PURGE_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            save();
            LOG.info("devnet of {} nodes in {} swarms started in {} ms (nodes made in {} ms, listening after {} ms);"
                    + " seed {}", created.size(), view.swarmCount(), (System.nanoTime() - begin) / 1_000_000,
                    (made - begin) / 1_000_000, (listening - begin) / 1_000_000, seed.url());
        } finally {
            membership.unlock();
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
            StorageNode node = createNode(newIdentity(), 0);
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

    /** Stops the seed and every node, saves the state, and deletes a temporary data directory. */
    @Override
    public void close() {
        membership.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            scheduler.shutdownNow();
            if (seed != null) {
                seed.close();
            }
            List<StorageNode> all = nodeList();
            all.parallelStream().forEach(StorageNode::close);
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

    private List<StorageNode> newNodes(int count) {
        List<byte[]> seeds = new ArrayList<>();
        synchronized (random) {
            for (int i = 0; i < count; i++) {
                byte[] seed = new byte[32];
                random.nextBytes(seed);
                seeds.add(seed);
            }
        }
        // Key derivation is the costly part; the seeds were drawn in order, so a seeded devnet stays reproducible.
        List<NodeIdentity> identities = seeds.parallelStream().map(NodeIdentity::fromSeed).toList();
        List<RandomGenerator> faultRandoms = Stream.generate(this::split).limit(count).toList();
        List<StorageNode> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(null);
        }
        IntStream.range(0, count).parallel()
                .forEach(i -> out.set(i, createNode(identities.get(i), 0, faultRandoms.get(i))));
        return out;
    }

    private List<StorageNode> restoreNodes(DevnetState state) {
        List<RandomGenerator> faultRandoms = Stream.generate(this::split).limit(state.nodes().size()).toList();
        List<StorageNode> out = new ArrayList<>();
        for (int i = 0; i < state.nodes().size(); i++) {
            out.add(null);
        }
        IntStream.range(0, state.nodes().size()).parallel().forEach(i -> {
            DevnetState.SavedNode saved = state.nodes().get(i);
            out.set(i, createNode(NodeIdentity.fromSeed(saved.seed()), saved.port(), faultRandoms.get(i)));
        });
        return out;
    }

    private static NetworkView savedView(DevnetState state, List<Snode> snodes) {
        Map<Ed25519PublicKey, Long> swarms = new HashMap<>();
        for (int i = 0; i < snodes.size(); i++) {
            swarms.put(snodes.get(i).ed25519(), state.nodes().get(i).swarmId());
        }
        return NetworkView.of(state.height(), snodes, swarms);
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

    private StorageNode createNode(NodeIdentity identity, int port) {
        return createNode(identity, port, split());
    }

    private StorageNode createNode(NodeIdentity identity, int port, RandomGenerator faultRandom) {
        String hex = identity.ed25519().hex();
        MessageStore store = new MessageStore(dataDir.resolve("nodes").resolve(hex + ".sqlite"), openStores);
        return new StorageNode(identity, port, SelfSignedTls.serverContext(hex, tlsRandom, config.clock.instant()),
                store, env, faultRandom);
    }

    private NodeIdentity newIdentity() {
        synchronized (random) {
            return NodeIdentity.generate(random);
        }
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

    /** Settings of a {@link LocalDevnet}. Not thread-safe; build once. */
    public static final class Builder {
        private int nodes = 25;
        private Path dataDir;
        private int seedPort;
        private Clock clock = Clock.systemUTC();
        private Long seed;
        private SwarmRules swarmRules = SwarmRules.DEFAULT;
        private Duration peerTimeout = Duration.ofSeconds(5);
        private RateLimit rateLimit = RateLimit.STORAGE_SERVER;
        private int maxOpenStores = 512;

        private Builder() {
        }

        /** How many nodes a new devnet starts with (default 25). */
        public Builder nodes(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a devnet needs at least one node");
            }
            this.nodes = count;
            return this;
        }

        /** Where identities and messages persist (default: a temporary directory deleted on close). */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir);
            return this;
        }

        /** The seed's port (default 0: picked, or the saved one on a restart). */
        public Builder seedPort(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.seedPort = port;
            return this;
        }

        /** The devnet's clock (default the system clock); each node may add a skew. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Makes identities, swarm ids, tie-breaks and fault draws reproducible (TLS keys stay random). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Swarm sizes (default 5-7). */
        public Builder swarmRules(SwarmRules rules) {
            this.swarmRules = Objects.requireNonNull(rules);
            return this;
        }

        /** How long an entry node waits for its swarm peers (default 5 s, as the storage server). */
        public Builder peerTimeout(Duration timeout) {
            this.peerTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** Whether direct requests are rate limited per client IP (default true, as the storage server). */
        public Builder rateLimited(boolean limited) {
            this.rateLimit = limited ? RateLimit.STORAGE_SERVER : null;
            return this;
        }

        /** A per-client-IP token bucket other than the storage server's 600 tokens at 300/s. */
        public Builder rateLimit(RateLimit limit) {
            this.rateLimit = Objects.requireNonNull(limit);
            return this;
        }

        /** How many node SQLite connections may be open at once (default 512). */
        public Builder maxOpenStores(int max) {
            this.maxOpenStores = max;
            return this;
        }

        /**
         * The devnet, not yet started.
         *
         * @throws IOException if the data directory cannot be created
         */
        public LocalDevnet build() throws IOException {
            return new LocalDevnet(this);
        }

        /**
         * The devnet, started.
         *
         * @throws IOException if it cannot start
         */
        public LocalDevnet start() throws IOException {
            LocalDevnet devnet = build();
            try {
                devnet.start();
            } catch (IOException | RuntimeException e) {
                devnet.close();
                throw e;
            }
            return devnet;
        }
    }
}
