package org.swarmchat.swarm.onion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.swarm.api.Observable;
import org.swarmchat.swarm.api.PathUnavailableException;
import org.swarmchat.swarm.api.ReadOnlyObservable;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.transport.Deadline;

/**
 * Keeps the onion paths (SPEC §4.1): {@code pathCount} paths of {@code hops} nodes, each on a guard that passed
 * a direct test, no two paths sharing a node, never a path through the request's destination, and never a guard
 * from the destination's swarm (stricter than desktop: see {@link #pathFor(Snode, Set, Deadline)}).
 *
 * <p>Failures are counted per path; at {@code failureThreshold} consecutive failures the path is dropped with
 * its guard, and every failure also strikes the relays in the pool's strike table, as desktop does. A guard that
 * refuses connections and a hop a relay reports unknown ("Next node not found") are dropped at once; a lost
 * relay is replaced in place, a lost guard means a new path. Missing paths are rebuilt in the background while
 * requests use the remaining one. The state is published as a {@link PathStatus}.
 *
 * <p>Thread-safe: path state under one lock, builds serialized by another, guard tests outside the state lock.
 */
public final class PathManager {
    /** Candidate guards tried per build (desktop: up to 6 attempts). */
    static final int GUARD_ATTEMPTS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(PathManager.class);

    private final SnodePool pool;
    private final GuardTester tester;
    private final PathSettings settings;
    private final RandomGenerator random;
    private final Executor background;

    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock buildLock = new ReentrantLock();
    private final AtomicBoolean backgroundBuild = new AtomicBoolean();
    private final List<Entry> paths = new ArrayList<>();
    private final Observable<PathStatus> status =
            new Observable<>(new PathStatus(PathStatus.State.DOWN, List.of(), "no path built yet"));
    private volatile boolean building;
    private volatile String lastError = "no path built yet";

    /** A path on a guard, with its consecutive failures. Guarded by {@link #lock}. */
    private static final class Entry {
        private OnionPath path;
        private int failures;

        Entry(OnionPath path) {
            this.path = path;
        }
    }

    /**
     * A manager with no paths yet.
     *
     * @param background runs background rebuilds (a virtual-thread executor)
     */
    public PathManager(SnodePool pool, GuardTester tester, PathSettings settings, RandomGenerator random,
            Executor background) {
        this.pool = pool;
        this.tester = tester;
        this.settings = settings;
        this.random = random;
        this.background = background;
    }

    /** The observable path state. */
    public ReadOnlyObservable<PathStatus> status() {
        return status;
    }

    /** The current paths. */
    public List<OnionPath> paths() {
        lock.lock();
        try {
            prune();
            return paths.stream().map(e -> e.path).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A path that does not pass through {@code destination}: a random usable one, or a new one built now when
     * none qualifies. Missing paths are built in the background.
     *
     * @throws PathUnavailableException if no path could be built (pool too small, no guard answered)
     * @throws RequestCancelledException if the thread was interrupted during a guard test
     */
    public OnionPath pathFor(Snode destination, Deadline deadline)
            throws PathUnavailableException, RequestCancelledException {
        return pathFor(destination, Set.of(), deadline);
    }

    /**
     * A path for a request to {@code destination} about the swarm {@code destinationSwarm}: it does not pass
     * through the destination (desktop's rule), and its guard, the one hop that sees the client's address, is not
     * a member of that swarm, which would receive the message by replication and could tie the two together.
     * A random usable path, or a new one built now when none qualifies; missing paths are built in the background.
     *
     * @throws PathUnavailableException if no path could be built (pool too small, no guard answered)
     * @throws RequestCancelledException if the thread was interrupted during a guard test
     */
    public OnionPath pathFor(Snode destination, Set<Ed25519PublicKey> destinationSwarm, Deadline deadline)
            throws PathUnavailableException, RequestCancelledException {
        Avoid avoid = new Avoid(destination.ed25519(), Set.copyOf(destinationSwarm));
        Optional<OnionPath> usable = usable(avoid);
        if (usable.isPresent()) {
            if (count() < settings.pathCount()) {
                buildMissingInBackground();
            }
            return usable.get();
        }
        return build(Optional.of(avoid), deadline);
    }

    /** What a path for one request must stay clear of. */
    private record Avoid(Ed25519PublicKey destination, Set<Ed25519PublicKey> swarm) {
        boolean allows(OnionPath path) {
            return !path.contains(destination) && !swarm.contains(path.guard().ed25519());
        }
    }

    /**
     * Builds paths until there are {@code pathCount} of them (the client's start-up).
     *
     * @throws PathUnavailableException if not even one path could be built
     * @throws RequestCancelledException if the thread was interrupted
     */
    public void buildPaths(Deadline deadline) throws PathUnavailableException, RequestCancelledException {
        PathUnavailableException failure = null;
        while (count() < settings.pathCount() && !deadline.isExpired()) {
            try {
                build(Optional.empty(), deadline);
            } catch (PathUnavailableException e) {
                failure = e;
                break;
            }
        }
        if (count() == 0) {
            throw failure != null ? failure : new PathUnavailableException("no path built before the deadline");
        }
    }

    private Optional<OnionPath> usable(Avoid avoid) {
        lock.lock();
        try {
            prune();
            // Among the allowed paths, those with the fewest recent failures: a path that just failed is tried
            // again only when no sound one is left.
            List<Entry> allowed = paths.stream().filter(e -> avoid.allows(e.path)).toList();
            int fewest = allowed.stream().mapToInt(e -> e.failures).min().orElse(0);
            List<OnionPath> ok = allowed.stream().filter(e -> e.failures == fewest).map(e -> e.path).toList();
            return ok.isEmpty() ? Optional.empty() : Optional.of(ok.get(random.nextInt(ok.size())));
        } finally {
            lock.unlock();
        }
    }

    private int count() {
        lock.lock();
        try {
            prune();
            return paths.size();
        } finally {
            lock.unlock();
        }
    }

    /** Drops paths with a hop the pool no longer has (dropped elsewhere). Caller holds {@link #lock}. */
    private void prune() {
        paths.removeIf(e -> e.path.hops().stream().anyMatch(h -> !pool.contains(h.ed25519())));
    }

    private OnionPath build(Optional<Avoid> avoid, Deadline deadline)
            throws PathUnavailableException, RequestCancelledException {
        buildLock.lock();
        try {
            // Another caller may have built what we need while we waited for the build lock.
            if (avoid.isPresent()) {
                Optional<OnionPath> usable = usable(avoid.get());
                if (usable.isPresent()) {
                    return usable.get();
                }
            }
            building = true;
            publish();
            return buildLocked(avoid, deadline);
        } catch (PathUnavailableException e) {
            lastError = e.getMessage();
            throw e;
        } finally {
            building = false;
            publish();
            buildLock.unlock();
        }
    }

    private OnionPath buildLocked(Optional<Avoid> avoid, Deadline deadline)
            throws PathUnavailableException, RequestCancelledException {
        Set<Ed25519PublicKey> exclude = new HashSet<>();
        lock.lock();
        try {
            paths.forEach(e -> e.path.hops().forEach(h -> exclude.add(h.ed25519())));
        } finally {
            lock.unlock();
        }
        avoid.ifPresent(a -> exclude.add(a.destination()));
        List<Snode> poolNodes = pool.snapshot();
        Set<Ed25519PublicKey> notGuards = new HashSet<>(exclude);
        avoid.ifPresent(a -> notGuards.addAll(a.swarm()));
        List<Snode> candidates = PathSelection.candidates(poolNodes, notGuards, random);
        if (candidates.size() < settings.hops()) {
            throw new PathUnavailableException("the pool has " + poolNodes.size() + " nodes, of which "
                    + candidates.size() + " are free; a path needs " + settings.hops()
                    + " nodes besides the destination and the other paths");
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < candidates.size() && i < GUARD_ATTEMPTS && !deadline.isExpired(); i++) {
            Snode guard = candidates.get(i);
            try {
                tester.test(guard, deadline.atMost(settings.guardTestTimeout()));
            } catch (RequestCancelledException e) {
                throw e;
            } catch (SwarmException e) {
                failures.add(guard.shortId() + ": " + e.getMessage());
                pool.strike(guard.ed25519(), "guard test failed");
                continue;
            }
            Optional<List<Snode>> relays = PathSelection.relays(pool.snapshot(), guard, exclude,
                    settings.hops() - 1, random);
            if (relays.isEmpty()) {
                throw new PathUnavailableException("too few nodes left in the pool for the relays of a path");
            }
            List<Snode> hops = new ArrayList<>();
            hops.add(guard);
            hops.addAll(relays.get());
            OnionPath path = new OnionPath(hops);
            add(path, avoid);
            LOG.info("built onion path {}", path);
            return path;
        }
        throw new PathUnavailableException("no candidate guard answered its test"
                + (failures.isEmpty() ? " before the deadline" : ": " + String.join("; ", failures)));
    }

    private void add(OnionPath path, Optional<Avoid> avoid) {
        lock.lock();
        try {
            if (paths.size() >= settings.pathCount() && avoid.isPresent()) {
                paths.stream().filter(e -> !avoid.get().allows(e.path)).findFirst().ifPresent(paths::remove);
            }
            paths.add(new Entry(path));
        } finally {
            lock.unlock();
        }
    }

    private void buildMissingInBackground() {
        if (!backgroundBuild.compareAndSet(false, true)) {
            return;
        }
        background.execute(() -> {
            try {
                buildPaths(Deadline.after(settings.buildTimeout()));
            } catch (SwarmException e) {
                LOG.warn("background path build failed: {}", e.getMessage());
            } finally {
                backgroundBuild.set(false);
                publish();
            }
        });
    }

    /** {@code path} carried a request: its failure count starts again. */
    public void reportSuccess(OnionPath path) {
        lock.lock();
        try {
            find(path).ifPresent(e -> e.failures = 0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code path} failed to carry a request (timeout, relay error, undecryptable reply). At the threshold the
     * path and its guard go.
     *
     * @param strikeRelays whether the relays share the blame (desktop strikes them on every path failure); not
     *     for failures the destination may have caused
     */
    public void reportFailure(OnionPath path, String why, boolean strikeRelays) {
        boolean dropped = false;
        lock.lock();
        try {
            Optional<Entry> entry = find(path);
            if (entry.isEmpty()) {
                return;
            }
            entry.get().failures++;
            if (entry.get().failures >= settings.failureThreshold()) {
                paths.remove(entry.get());
                dropped = true;
            }
        } finally {
            lock.unlock();
        }
        LOG.info("onion path {} failed: {}", path, why);
        if (strikeRelays) {
            path.hops().stream().skip(1).forEach(h -> pool.strike(h.ed25519(), "on a failing path"));
        }
        if (dropped) {
            pool.drop(path.guard().ed25519(), "guard of a path that failed " + settings.failureThreshold()
                    + " times");
            lastError = "path on " + path.guard().shortId() + " failed " + settings.failureThreshold() + " times: "
                    + why;
        }
        afterChange();
    }

    /** The guard of {@code path} refused the connection: it is down, so the path and the guard go at once. */
    public void reportGuardUnreachable(OnionPath path, String why) {
        lock.lock();
        try {
            find(path).ifPresent(paths::remove);
        } finally {
            lock.unlock();
        }
        pool.drop(path.guard().ed25519(), "guard unreachable: " + why);
        lastError = "guard " + path.guard().shortId() + " unreachable: " + why;
        afterChange();
    }

    /**
     * A relay reported hop {@code node} of {@code path} unknown or unreachable: the node leaves the pool at once
     * and is replaced in the path by a random free node (a lost guard means a new path).
     */
    public void reportHopUnreachable(OnionPath path, Ed25519PublicKey node, String why) {
        pool.drop(node, why);
        lock.lock();
        try {
            Optional<Entry> entry = find(path);
            if (entry.isPresent() && !path.guard().ed25519().equals(node)) {
                Set<Ed25519PublicKey> exclude = new HashSet<>();
                paths.forEach(e -> e.path.hops().forEach(h -> exclude.add(h.ed25519())));
                exclude.add(node);
                Optional<List<Snode>> replacement = PathSelection.relays(pool.snapshot(), path.guard(), exclude, 1,
                        random);
                if (replacement.isPresent()) {
                    entry.get().path = path.replacing(node, replacement.get().getFirst());
                    LOG.info("patched onion path {} into {}", path, entry.get().path);
                } else {
                    paths.remove(entry.get());
                }
            } else {
                entry.ifPresent(paths::remove);
            }
        } finally {
            lock.unlock();
        }
        afterChange();
    }

    private Optional<Entry> find(OnionPath path) {
        return paths.stream().filter(e -> e.path.equals(path)).findFirst();
    }

    private void afterChange() {
        publish();
        if (count() < settings.pathCount()) {
            buildMissingInBackground();
        }
    }

    private void publish() {
        List<OnionPath> current = paths();
        PathStatus.State state;
        if (current.size() >= settings.pathCount()) {
            state = PathStatus.State.READY;
        } else if (!current.isEmpty()) {
            state = PathStatus.State.DEGRADED;
        } else if (building || backgroundBuild.get()) {
            state = PathStatus.State.BUILDING;
        } else {
            state = PathStatus.State.DOWN;
        }
        status.set(new PathStatus(state, current, state == PathStatus.State.READY ? "" : lastError));
    }
}
