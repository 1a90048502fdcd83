package org.swarmchat.swarm;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.directory.InMemorySnodePoolStore;
import org.swarmchat.swarm.directory.InMemorySwarmCacheStore;
import org.swarmchat.swarm.directory.PoolSettings;
import org.swarmchat.swarm.directory.SeedClient;
import org.swarmchat.swarm.directory.SnodePoolStore;
import org.swarmchat.swarm.directory.SwarmCacheStore;
import org.swarmchat.swarm.exec.Backoff;
import org.swarmchat.swarm.exec.RetrySettings;
import org.swarmchat.swarm.onion.PathSettings;
import org.swarmchat.swarm.poll.InMemoryPollStateStore;
import org.swarmchat.swarm.poll.PollSettings;
import org.swarmchat.swarm.poll.PollStateStore;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Everything a {@link SwarmClient} is configured with, immutable, made by {@link #builder()} (OkHttpClient
 * style). Defaults are the official clients' values (SPEC §1.4, §4.1, §7); the stores default to in-memory ones,
 * which the app replaces with its SQLite implementations.
 *
 * <p>{@link Builder#poolAgreementThreshold(int)}: desktop requires 24 nodes on which three refresh replies agree.
 * The effective threshold is {@code min(threshold, largest reply)}, so a devnet with fewer than 24 nodes still
 * refreshes (see {@link org.swarmchat.swarm.directory.PoolAgreement}); lowering the setting is only needed to
 * accept partial agreement.
 */
public final class SwarmClientConfig {
    private final List<URI> seeds;
    private final NetworkClock networkClock;
    private final Clock wallClock;
    private final SecureRandom random;
    private final Duration requestTimeout;
    private final Duration connectTimeout;
    private final Duration swarmRefetchPause;
    private final boolean onion;
    private final RetrySettings retry;
    private final PoolSettings pool;
    private final PathSettings paths;
    private final PollSettings poll;
    private final SnodePoolStore snodePoolStore;
    private final SwarmCacheStore swarmCacheStore;
    private final PollStateStore pollStateStore;
    private final Optional<HttpTransport> transport;
    private final List<Snode> bundledPool;

    private SwarmClientConfig(Builder b) {
        this.seeds = List.copyOf(b.seeds);
        this.networkClock = b.networkClock != null ? b.networkClock : new NetworkClock(b.wallClock);
        this.wallClock = b.wallClock;
        this.random = b.random != null ? b.random : new SecureRandom();
        this.requestTimeout = b.requestTimeout;
        this.connectTimeout = b.connectTimeout;
        this.swarmRefetchPause = b.swarmRefetchPause;
        this.onion = b.onion;
        this.retry = new RetrySettings(b.maxAttempts, new Backoff(b.backoffInitial, b.backoffMax), b.attemptTimeout,
                b.batchWindow);
        this.pool = new PoolSettings(seeds, b.minPoolSize, b.poolAgreementThreshold, 3, b.poolRefreshInterval,
                b.reseedInterval, 3, b.seedTimeout, b.requestTimeout);
        this.paths = new PathSettings(b.pathCount, b.pathHops, b.guardTestTimeout, 3, b.requestTimeout);
        this.poll = new PollSettings(b.pollInterval, b.pollTimeout, b.pollMaxBackoff, b.ownSwarmRefresh);
        this.snodePoolStore = b.snodePoolStore;
        this.swarmCacheStore = b.swarmCacheStore;
        this.pollStateStore = b.pollStateStore;
        this.transport = Optional.ofNullable(b.transport);
        this.bundledPool = List.copyOf(b.bundledPool);
    }

    /** A builder with the official clients' defaults and no seeds. */
    public static Builder builder() {
        return new Builder();
    }

    /** The seed URLs. */
    public List<URI> seeds() {
        return seeds;
    }

    /** The network clock every timestamp comes from. */
    public NetworkClock networkClock() {
        return networkClock;
    }

    /** The wall clock for pool ages and cache times. */
    public Clock wallClock() {
        return wallClock;
    }

    /** Randomness for node choice, onion keys and jitter. */
    public SecureRandom random() {
        return random;
    }

    /** The deadline of each operation. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The TCP/TLS connect limit. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** How long a freshly fetched swarm is kept even if the pool does not know its members yet. */
    public Duration swarmRefetchPause() {
        return swarmRefetchPause;
    }

    /** Whether requests go through onion paths (true) or straight to the node (diagnostics only). */
    public boolean onion() {
        return onion;
    }

    /** Retry settings. */
    public RetrySettings retry() {
        return retry;
    }

    /** Pool settings (seeds included). */
    public PoolSettings pool() {
        return pool;
    }

    /** Onion path settings. */
    public PathSettings paths() {
        return paths;
    }

    /** Poller settings. */
    public PollSettings poll() {
        return poll;
    }

    /** Where the pool is saved. */
    public SnodePoolStore snodePoolStore() {
        return snodePoolStore;
    }

    /** Where swarms are cached. */
    public SwarmCacheStore swarmCacheStore() {
        return swarmCacheStore;
    }

    /** Where the poller keeps last hashes and seen hashes. */
    public PollStateStore pollStateStore() {
        return pollStateStore;
    }

    /** The snapshot of the network's nodes used when every seed fails and the pool is empty (SPEC §1.1). */
    public List<Snode> bundledPool() {
        return bundledPool;
    }

    /** A transport replacing the default OkHttp one (tests), if set. */
    public Optional<HttpTransport> transport() {
        return transport;
    }

    /** Builds a {@link SwarmClientConfig}. Not thread-safe. */
    public static final class Builder {
        private final List<URI> seeds = new ArrayList<>();
        private NetworkClock networkClock;
        private Clock wallClock = Clock.systemUTC();
        private SecureRandom random;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration attemptTimeout = Duration.ofSeconds(15);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration seedTimeout = SeedClient.DEFAULT_TIMEOUT;
        private Duration guardTestTimeout = Duration.ofSeconds(10);
        private Duration swarmRefetchPause = Duration.ofSeconds(60);
        private Duration backoffInitial = Duration.ofMillis(250);
        private Duration backoffMax = Duration.ofSeconds(5);
        private int maxAttempts = 4;
        private Duration batchWindow = RetrySettings.DEFAULT_BATCH_WINDOW;
        private boolean onion = true;
        private int pathCount = 2;
        private int pathHops = 3;
        private int minPoolSize = PoolSettings.MINIMUM_POOL;
        private int poolAgreementThreshold = PoolSettings.DESKTOP_AGREEMENT;
        private Duration poolRefreshInterval = Duration.ofHours(1);
        private Duration reseedInterval = Duration.ofSeconds(30);
        private Duration pollInterval = PollSettings.ACTIVE;
        private Duration pollTimeout = Duration.ofSeconds(30);
        private Duration pollMaxBackoff = Duration.ofSeconds(60);
        private Duration ownSwarmRefresh = PollSettings.OWN_SWARM_REFRESH;
        private SnodePoolStore snodePoolStore = new InMemorySnodePoolStore();
        private SwarmCacheStore swarmCacheStore = new InMemorySwarmCacheStore();
        private PollStateStore pollStateStore = new InMemoryPollStateStore();
        private HttpTransport transport;
        private List<Snode> bundledPool = List.of();

        private Builder() {
        }

        /**
         * The snapshot of the network's nodes to bootstrap from when every seed fails and there is no saved pool
         * (SPEC §1.1; default: none).
         */
        public Builder bundledPool(List<Snode> nodes) {
            this.bundledPool = List.copyOf(nodes);
            return this;
        }

        /** Adds a seed URL, e.g. {@code https://seed1.getsession.org:4443/}. */
        public Builder seed(URI seed) {
            seeds.add(Objects.requireNonNull(seed, "seed"));
            return this;
        }

        /** Replaces the seed URLs. */
        public Builder seeds(List<URI> list) {
            seeds.clear();
            list.forEach(this::seed);
            return this;
        }

        /** The network clock (default: over the wall clock). */
        public Builder networkClock(NetworkClock clock) {
            this.networkClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The wall clock (default: system UTC). */
        public Builder wallClock(Clock clock) {
            this.wallClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The randomness source (default: a new {@link SecureRandom}). */
        public Builder random(SecureRandom secureRandom) {
            this.random = Objects.requireNonNull(secureRandom, "secureRandom");
            return this;
        }

        /** The deadline of each operation (default 60 s). */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout);
            return this;
        }

        /** The limit of one HTTP exchange (default 15 s). */
        public Builder attemptTimeout(Duration timeout) {
            this.attemptTimeout = positive(timeout);
            return this;
        }

        /** The TCP/TLS connect limit (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /** The limit per seed request (default 5 s, as desktop). */
        public Builder seedTimeout(Duration timeout) {
            this.seedTimeout = positive(timeout);
            return this;
        }

        /** The limit of a guard test (default 10 s, as desktop). */
        public Builder guardTestTimeout(Duration timeout) {
            this.guardTestTimeout = positive(timeout);
            return this;
        }

        /** How long a fetched swarm is trusted though the pool lacks its members (default 60 s). */
        public Builder swarmRefetchPause(Duration pause) {
            this.swarmRefetchPause = positive(pause);
            return this;
        }

        /** Attempts per operation, the first included (default 4). */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** Backoff between attempts (default 250 ms doubling to 5 s, with jitter). */
        public Builder backoff(Duration initial, Duration max) {
            this.backoffInitial = positive(initial);
            this.backoffMax = positive(max);
            return this;
        }

        /**
         * How long requests to the same swarm or node are collected into one batch while another batch to it is in
         * flight (default 10 ms; zero never merges). A request to a target with nothing in flight goes at once.
         */
        public Builder batchWindow(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isNegative()) {
                throw new IllegalArgumentException("the batch window cannot be negative: " + window);
            }
            this.batchWindow = window;
            return this;
        }

        /** Onion routing on (default) or off (direct requests: diagnostics and tests only). */
        public Builder onion(boolean enabled) {
            this.onion = enabled;
            return this;
        }

        /** Onion paths kept (default 2). */
        public Builder pathCount(int count) {
            this.pathCount = count;
            return this;
        }

        /** Nodes per path, guard included (default 3). */
        public Builder pathHops(int hops) {
            this.pathHops = hops;
            return this;
        }

        /** Pool size below which the pool re-seeds (default 12). */
        public Builder minPoolSize(int size) {
            this.minPoolSize = size;
            return this;
        }

        /** The agreement threshold of pool refreshes (default 24; see the class comment). */
        public Builder poolAgreementThreshold(int threshold) {
            this.poolAgreementThreshold = threshold;
            return this;
        }

        /** How old the pool may grow before a background refresh (default 1 h). */
        public Builder poolRefreshInterval(Duration interval) {
            this.poolRefreshInterval = positive(interval);
            return this;
        }

        /** The least time between re-seedings caused by a small pool (default 30 s). */
        public Builder reseedInterval(Duration interval) {
            this.reseedInterval = positive(interval);
            return this;
        }

        /** The pause between polls (default 5 s, desktop's ACTIVE). */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval);
            return this;
        }

        /** The deadline of one poll (default 30 s). */
        public Builder pollTimeout(Duration timeout) {
            this.pollTimeout = positive(timeout);
            return this;
        }

        /** The longest pause after failed polls (default 60 s). */
        public Builder pollMaxBackoff(Duration max) {
            this.pollMaxBackoff = positive(max);
            return this;
        }

        /** How old the own swarm may grow before the poller fetches it again (default 1 h, as desktop). */
        public Builder ownSwarmRefreshInterval(Duration interval) {
            this.ownSwarmRefresh = positive(interval);
            return this;
        }

        /** Where the pool is saved (default in memory). */
        public Builder snodePoolStore(SnodePoolStore store) {
            this.snodePoolStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Where swarms are cached (default in memory). */
        public Builder swarmCacheStore(SwarmCacheStore store) {
            this.swarmCacheStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Where poll state is kept (default in memory). */
        public Builder pollStateStore(PollStateStore store) {
            this.pollStateStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Replaces the OkHttp transport (tests that need a transport of their own). */
        public Builder transport(HttpTransport httpTransport) {
            this.transport = Objects.requireNonNull(httpTransport, "httpTransport");
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException if a count is out of range
         */
        public SwarmClientConfig build() {
            return new SwarmClientConfig(this);
        }

        private static Duration positive(Duration d) {
            Objects.requireNonNull(d, "duration");
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException("durations must be positive, not " + d);
            }
            return d;
        }
    }
}
