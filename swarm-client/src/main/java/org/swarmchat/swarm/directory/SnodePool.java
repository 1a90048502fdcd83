package org.swarmchat.swarm.directory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodePoolUnavailableException;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.transport.Deadline;

/**
 * The client's list of service nodes (SPEC §1): bootstrapped from seeds (or, when every seed fails and the pool is
 * empty, from a bundled snapshot), refreshed from three random pool nodes
 * under the {@link PoolAgreement} rule (falling back to the seeds when they disagree), saved through a
 * {@link SnodePoolStore}, and pruned by a {@link StrikeTable}: a node that fails three times, or that a relay
 * reports unknown, is dropped. When drops bring the pool below its minimum, the next {@link #ensureReady} asks
 * the seeds again (§1.4).
 *
 * <p>Thread-safe. Network calls happen outside the state lock; one seeding and one refresh run at a time.
 */
public final class SnodePool {
    private static final Logger LOG = LoggerFactory.getLogger(SnodePool.class);
    /** How many nodes a refresh asks (desktop and Android: 3). */
    static final int REFRESH_QUERIES = 3;
    /** How many nodes a refresh may try to get its three answers. */
    static final int REFRESH_ATTEMPTS = 6;
    /** The pause before the second round of seeds; it doubles each round. */
    static final Duration ROUND_PAUSE = Duration.ofSeconds(1);

    private final PoolSettings settings;
    private final SnodePoolStore store;
    private final SeedClient seeds;
    private final PoolSource source;
    private final RandomGenerator random;
    private final Clock clock;
    private final Executor background;
    private final StrikeTable strikes;
    private final List<Snode> bundled;

    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock seedLock = new ReentrantLock();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final Map<Ed25519PublicKey, Snode> nodes = new LinkedHashMap<>();
    private final Set<Ed25519PublicKey> dropped = new HashSet<>();
    /** Dropped for lying, not failing: swarm lists do not readmit them before the next refresh. */
    private final Set<Ed25519PublicKey> distrusted = new HashSet<>();
    private boolean loaded;
    private Instant refreshedAt = Instant.EPOCH;
    private Instant lastSeeding = Instant.EPOCH;

    /**
     * A pool, empty until {@link #ensureReady} loads or seeds it.
     *
     * @param background runs periodic refreshes (a virtual-thread executor)
     */
    public SnodePool(PoolSettings settings, SnodePoolStore store, SeedClient seeds, PoolSource source,
            RandomGenerator random, Clock clock, Executor background) {
        this(settings, store, seeds, source, random, clock, background, List.of());
    }

    /**
     * A pool with a bundled snapshot of the network's nodes to fall back on (SPEC §1.1: both official clients ship
     * one, used only when every seed fails).
     *
     * @param bundled the snapshot; used by {@link #seed} only when no seed answered and the pool is empty
     */
    public SnodePool(PoolSettings settings, SnodePoolStore store, SeedClient seeds, PoolSource source,
            RandomGenerator random, Clock clock, Executor background, List<Snode> bundled) {
        this.bundled = List.copyOf(bundled);
        this.settings = settings;
        this.store = store;
        this.seeds = seeds;
        this.source = source;
        this.random = random;
        this.clock = clock;
        this.background = background;
        this.strikes = new StrikeTable(settings.strikeThreshold());
    }

    /**
     * Makes sure there is a pool to work with: loads the saved one the first time, asks the seeds if the pool is
     * below its minimum (at most once per {@link PoolSettings#reseedInterval()}), and starts a background refresh
     * when the list is older than {@link PoolSettings#refreshInterval()}. Cheap when the pool is fine.
     *
     * @throws SnodePoolUnavailableException if the pool is empty and no seed gave a list
     * @throws RequestCancelledException if the thread was interrupted
     */
    public void ensureReady(Deadline deadline) throws SnodePoolUnavailableException, RequestCancelledException {
        loadOnce();
        if (size() < settings.minimumSize() && mayReseed()) {
            try {
                seedIfStillSmall(deadline);
            } catch (SnodePoolUnavailableException e) {
                if (size() == 0) {
                    throw e;
                }
                LOG.warn("pool has only {} nodes and re-seeding failed: {}", size(), e.getMessage());
            }
        } else if (isStale()) {
            refreshInBackground();
        }
    }

    private void loadOnce() {
        lock.lock();
        try {
            if (loaded) {
                return;
            }
            loaded = true;
            store.load().ifPresent(saved -> {
                saved.nodes().forEach(n -> nodes.put(n.ed25519(), n));
                refreshedAt = saved.refreshedAt();
                LOG.info("loaded a saved pool of {} nodes from {}", nodes.size(), refreshedAt);
            });
        } finally {
            lock.unlock();
        }
    }

    private boolean mayReseed() {
        lock.lock();
        try {
            return nodes.isEmpty() || !clock.instant().isBefore(lastSeeding.plus(settings.reseedInterval()));
        } finally {
            lock.unlock();
        }
    }

    private boolean isStale() {
        lock.lock();
        try {
            return !clock.instant().isBefore(refreshedAt.plus(settings.refreshInterval()));
        } finally {
            lock.unlock();
        }
    }

    /** Seeds unless another caller, waited for on the seed lock, has just filled the pool. */
    private void seedIfStillSmall(Deadline deadline)
            throws SnodePoolUnavailableException, RequestCancelledException {
        seedLock.lock();
        try {
            if (size() < settings.minimumSize()) {
                seed(deadline);
            }
        } finally {
            seedLock.unlock();
        }
    }

    /**
     * Replaces the pool with a seed's list (SPEC §1.2): seeds in random order, each for at most its timeout, the
     * whole list of seeds up to {@link PoolSettings#seedRounds()} times with a pause of 1 s, then 2 s, … between
     * rounds (desktop retries its seeds with exponential backoff from 1 s).
     *
     * @throws SnodePoolUnavailableException if no seed gave a usable list before the deadline; the message
     *     lists what each seed did
     * @throws RequestCancelledException if the thread was interrupted
     */
    public void seed(Deadline deadline) throws SnodePoolUnavailableException, RequestCancelledException {
        seedLock.lock();
        try {
            lock.lock();
            try {
                lastSeeding = clock.instant();
            } finally {
                lock.unlock();
            }
            List<String> failures = new ArrayList<>();
            SwarmException last = null;
            for (int round = 0; round < settings.seedRounds() && !deadline.isExpired(); round++) {
                if (round > 0) {
                    pauseBeforeRound(round, deadline);
                }
                List<URI> order = new ArrayList<>(settings.seeds());
                shuffle(order);
                for (URI seed : order) {
                    if (deadline.isExpired()) {
                        break;
                    }
                    try {
                        List<Snode> list = seeds.fetch(seed, deadline);
                        if (list.isEmpty()) {
                            failures.add(seed + ": empty list");
                            continue;
                        }
                        replace(list, "seed " + seed);
                        return;
                    } catch (RequestCancelledException e) {
                        throw e;
                    } catch (SwarmException e) {
                        failures.add(e.getMessage());
                        last = e;
                    }
                }
            }
            if (!bundled.isEmpty() && size() == 0) {
                // SPEC §1.1: the bundled snapshot, only when every seed failed. Its refresh time stays at the
                // epoch, so that the first request starts a refresh from these nodes, which replaces the snapshot.
                LOG.warn("no seed gave a node list ({}); using the bundled list of {} nodes",
                        String.join("; ", failures), bundled.size());
                replaceWithBundled();
                return;
            }
            throw new SnodePoolUnavailableException("no seed gave a node list ("
                    + (failures.isEmpty() ? "no seeds configured or no time left" : String.join("; ", failures))
                    + ")", last);
        } finally {
            seedLock.unlock();
        }
    }

    private static void pauseBeforeRound(int round, Deadline deadline) throws RequestCancelledException {
        Duration pause = ROUND_PAUSE.multipliedBy(1L << Math.min(round - 1, 4));
        if (pause.compareTo(deadline.remaining()) >= 0) {
            return;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestCancelledException("waiting to ask the seeds again");
        }
    }

    /**
     * Refreshes from three random pool nodes under the agreement rule, falling back to the seeds when fewer than
     * three answer or their lists do not agree (desktop's behaviour). Failure counts are cleared on success.
     *
     * @throws SnodePoolUnavailableException if the nodes did not agree and no seed answered either
     * @throws RequestCancelledException if the thread was interrupted
     */
    public void refresh(Deadline deadline) throws SnodePoolUnavailableException, RequestCancelledException {
        List<Snode> candidates = new ArrayList<>(snapshot());
        shuffle(candidates);
        List<List<Snode>> replies = new ArrayList<>();
        for (int i = 0; i < candidates.size() && i < REFRESH_ATTEMPTS && replies.size() < REFRESH_QUERIES; i++) {
            Snode node = candidates.get(i);
            try {
                replies.add(source.fetchFrom(node, deadline));
            } catch (RequestCancelledException e) {
                throw e;
            } catch (SwarmException e) {
                LOG.info("pool refresh: {} did not give its node list: {}", node, e.getMessage());
                strike(node.ed25519(), "no node list: " + e.getMessage());
            }
        }
        Optional<List<Snode>> agreed = replies.size() == REFRESH_QUERIES
                ? PoolAgreement.agree(replies, settings.agreementThreshold()) : Optional.empty();
        if (agreed.isPresent()) {
            replace(agreed.get(), replies.size() + " agreeing nodes");
        } else {
            LOG.info("pool refresh: {} replies did not agree on at least {} nodes; asking the seeds", replies.size(),
                    settings.agreementThreshold());
            seed(deadline);
        }
    }

    private void refreshInBackground() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                refresh(Deadline.after(settings.refreshTimeout()));
            } catch (SwarmException e) {
                LOG.warn("background pool refresh failed: {}", e.getMessage());
            } finally {
                refreshing.set(false);
            }
        });
    }

    private void replaceWithBundled() {
        lock.lock();
        try {
            nodes.clear();
            bundled.forEach(n -> nodes.put(n.ed25519(), n));
            dropped.clear();
            strikes.reset();
            refreshedAt = Instant.EPOCH;
        } finally {
            lock.unlock();
        }
    }

    private void replace(List<Snode> list, String from) {
        List<Snode> saved;
        lock.lock();
        try {
            nodes.clear();
            list.forEach(n -> nodes.put(n.ed25519(), n));
            dropped.clear();
            distrusted.clear();
            strikes.reset();
            refreshedAt = clock.instant();
            saved = List.copyOf(nodes.values());
        } finally {
            lock.unlock();
        }
        LOG.info("pool now holds {} nodes from {}", saved.size(), from);
        store.save(new PoolSnapshot(saved, refreshedAt));
    }

    /** The nodes now in the pool. */
    public List<Snode> snapshot() {
        lock.lock();
        try {
            return List.copyOf(nodes.values());
        } finally {
            lock.unlock();
        }
    }

    /** How many nodes the pool holds. */
    public int size() {
        lock.lock();
        try {
            return nodes.size();
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code node} is in the pool. */
    public boolean contains(Ed25519PublicKey node) {
        lock.lock();
        try {
            return nodes.containsKey(node);
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@code node} was dropped for failures since the last refresh. */
    public boolean isDropped(Ed25519PublicKey node) {
        lock.lock();
        try {
            return dropped.contains(node);
        } finally {
            lock.unlock();
        }
    }

    /** Up to {@code count} distinct random pool nodes not in {@code exclude}. */
    public List<Snode> random(int count, Collection<Ed25519PublicKey> exclude) {
        List<Snode> candidates = new ArrayList<>(snapshot());
        candidates.removeIf(n -> exclude.contains(n.ed25519()));
        shuffle(candidates);
        return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
    }

    /**
     * Counts a failure of {@code node}; on the third it is dropped.
     *
     * @return whether the node was dropped
     */
    public boolean strike(Ed25519PublicKey node, String why) {
        if (strikes.strike(node)) {
            drop(node, why + " (strike " + strikes.threshold() + ")");
            return true;
        }
        LOG.debug("strike {} for {}: {}", strikes.count(node), node.hex(), why);
        return false;
    }

    /**
     * Drops {@code node} for a reply that no honest node sends (a signature of its own that does not verify, a hash
     * that does not match, a body beyond any honest size, a 421 naming its own swarm). One such reply is proof
     * enough: TLS and the onion layers keep others from altering it. Bytes that merely fail to parse are not proof:
     * a broken node sends them too, and they get {@link #strike}. Unlike a node dropped for
     * failing, it is not readmitted by a swarm list until the next pool refresh, and answering other requests
     * honestly does not clear it; a hostile swarm member would otherwise come back with every {@code get_swarm}.
     */
    public void strikeForLying(Ed25519PublicKey node, String why) {
        lock.lock();
        try {
            distrusted.add(node);
        } finally {
            lock.unlock();
        }
        drop(node, "lied: " + why);
    }

    /** Whether {@code node} was dropped for lying since the last refresh. */
    public boolean isDistrusted(Ed25519PublicKey node) {
        lock.lock();
        try {
            return distrusted.contains(node);
        } finally {
            lock.unlock();
        }
    }

    /** Drops {@code node} at once (a relay said it does not exist, or it refused connections). */
    public void drop(Ed25519PublicKey node, String why) {
        List<Snode> saved;
        lock.lock();
        try {
            dropped.add(node);
            if (nodes.remove(node) == null) {
                return;
            }
            strikes.clear(node);
            saved = List.copyOf(nodes.values());
        } finally {
            lock.unlock();
        }
        LOG.info("dropped {} from the pool ({}); {} nodes left", node.hex(), why, saved.size());
        store.save(new PoolSnapshot(saved, refreshedAt));
    }

    /**
     * Takes back nodes that the network has just listed as members of a swarm ({@code get_swarm}, or a 421 that
     * named the swarm): dropped ones get a fresh set of strikes, and members the pool did not know are added.
     * Without this, a swarm whose members were all dropped while they were briefly down stays unreachable until
     * the next pool refresh, up to an hour; desktop likewise uses what {@code get_swarm} returns. Nodes dropped for
     * lying ({@link #strikeForLying}) stay out.
     */
    public void readmit(Collection<Snode> members) {
        List<Snode> saved = null;
        lock.lock();
        try {
            boolean changed = false;
            for (Snode member : members) {
                if (distrusted.contains(member.ed25519())) {
                    continue;
                }
                changed |= dropped.remove(member.ed25519());
                changed |= nodes.putIfAbsent(member.ed25519(), member) == null;
                strikes.clear(member.ed25519());
            }
            if (changed) {
                saved = List.copyOf(nodes.values());
            }
        } finally {
            lock.unlock();
        }
        if (saved != null) {
            LOG.debug("readmitted the members of a freshly listed swarm; pool holds {}", saved.size());
            store.save(new PoolSnapshot(saved, refreshedAt));
        }
    }

    /** Clears {@code node}'s failure count: it just answered. */
    public void recordSuccess(Ed25519PublicKey node) {
        strikes.clear(node);
    }

    /** The failures counted against {@code node} since the last refresh. */
    public int strikes(Ed25519PublicKey node) {
        return strikes.count(node);
    }

    /** Whether {@code node} can be reached through the pool: the pool entry, if any. */
    public Optional<Snode> find(Ed25519PublicKey node) {
        lock.lock();
        try {
            return Optional.ofNullable(nodes.get(node));
        } finally {
            lock.unlock();
        }
    }

    /** When the list was last fetched. */
    public Instant refreshedAt() {
        lock.lock();
        try {
            return refreshedAt;
        } finally {
            lock.unlock();
        }
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
