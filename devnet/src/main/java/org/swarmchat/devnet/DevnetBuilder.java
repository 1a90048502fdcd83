package org.swarmchat.devnet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.swarmchat.devnet.node.RateLimit;
import org.swarmchat.devnet.registry.SwarmRules;

/**
 * Settings of a {@link LocalDevnet}, from {@link LocalDevnet#builder()}: 25 nodes, a temporary data directory, a
 * picked seed port, the system clock, swarms of 5-7, a 5 s peer timeout, a 30 s onion relay timeout and the storage
 * server's rate limit unless told otherwise. Not thread-safe; build once.
 */
public final class DevnetBuilder {
    int nodes = 25;
    Path dataDir;
    int seedPort;
    Clock clock = Clock.systemUTC();
    Long seed;
    SwarmRules swarmRules = SwarmRules.DEFAULT;
    Duration peerTimeout = Duration.ofSeconds(5);
    Duration onionRelayTimeout = Duration.ofSeconds(30);
    RateLimit rateLimit = RateLimit.STORAGE_SERVER;
    int maxOpenStores = 512;
    boolean echoContact;
    Duration echoPollInterval = Duration.ofSeconds(1);

    DevnetBuilder() {
    }

    /** How many nodes a new devnet starts with (default 25). */
    public DevnetBuilder nodes(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a devnet needs at least one node");
        }
        this.nodes = count;
        return this;
    }

    /** Where identities and messages persist (default: a temporary directory deleted on close). */
    public DevnetBuilder dataDir(Path dir) {
        this.dataDir = Objects.requireNonNull(dir);
        return this;
    }

    /** The seed's port (default 0: picked, or the saved one on a restart). */
    public DevnetBuilder seedPort(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.seedPort = port;
        return this;
    }

    /** The devnet's clock (default the system clock); each node may add a skew. */
    public DevnetBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** Makes identities, swarm ids, tie-breaks and fault draws reproducible (TLS keys stay random). */
    public DevnetBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Swarm sizes (default 5-7). */
    public DevnetBuilder swarmRules(SwarmRules rules) {
        this.swarmRules = Objects.requireNonNull(rules);
        return this;
    }

    /** How long an entry node waits for its swarm peers (default 5 s, as the storage server). */
    public DevnetBuilder peerTimeout(Duration timeout) {
        this.peerTimeout = Objects.requireNonNull(timeout);
        return this;
    }

    /**
     * How long a node relaying an onion request waits for the next node's answer before it answers 504 "Request
     * time out" (default 30 s, as the storage server waits for its OxenMQ peer).
     */
    public DevnetBuilder onionRelayTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the onion relay timeout must be positive: " + timeout);
        }
        this.onionRelayTimeout = timeout;
        return this;
    }

    /** Whether direct requests are rate limited per client IP (default true, as the storage server). */
    public DevnetBuilder rateLimited(boolean limited) {
        this.rateLimit = limited ? RateLimit.STORAGE_SERVER : null;
        return this;
    }

    /** A per-client-IP token bucket other than the storage server's 600 tokens at 300/s. */
    public DevnetBuilder rateLimit(RateLimit limit) {
        this.rateLimit = Objects.requireNonNull(limit);
        return this;
    }

    /** How many node SQLite connections may be open at once (default 512). */
    public DevnetBuilder maxOpenStores(int max) {
        this.maxOpenStores = max;
        return this;
    }

    /**
     * Whether the devnet runs its echo contact, an account that answers every 1:1 message (default false, so that
     * tests see no traffic they did not make; {@code swarmchat devnet} and the app's embedded devnet turn it on).
     * Its Account ID is then {@link LocalDevnet#echoAccountId()}: with a data directory its seed is kept there,
     * without one it is the well-known seed of {@link org.swarmchat.devnet.echo.EchoContact.Identity#WELL_KNOWN}.
     */
    public DevnetBuilder echoContact(boolean run) {
        this.echoContact = run;
        return this;
    }

    /** How often the echo contact polls its swarm when idle (default 1 s). */
    public DevnetBuilder echoPollInterval(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the echo poll interval must be positive, got " + interval);
        }
        this.echoPollInterval = interval;
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
