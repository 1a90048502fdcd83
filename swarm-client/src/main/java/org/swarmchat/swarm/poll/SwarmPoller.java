package org.swarmchat.swarm.poll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarmchat.crypto.AccountId;
import org.swarmchat.crypto.Ed25519KeyPair;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.api.DeadlineExceededException;
import org.swarmchat.swarm.api.RequestCancelledException;
import org.swarmchat.swarm.api.RetrieveRequest;
import org.swarmchat.swarm.api.RetrieveResult;
import org.swarmchat.swarm.api.RetrievedMessage;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.SnodeRequest;
import org.swarmchat.swarm.api.SnodeRequestException;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.api.SwarmUnavailableException;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.directory.SwarmDirectory;
import org.swarmchat.swarm.exec.BatchReply;
import org.swarmchat.swarm.exec.FailureDecision;
import org.swarmchat.swarm.exec.Failures;
import org.swarmchat.swarm.exec.RequestPipeline;
import org.swarmchat.swarm.exec.SwarmBatch;
import org.swarmchat.swarm.exec.Target;
import org.swarmchat.swarm.transport.Deadline;
import org.swarmchat.swarm.transport.NetworkClock;

/**
 * Polls an account's own swarm for new messages (SPEC §7, desktop {@code swarmPolling.ts}): every interval,
 * {@value #NODES_PER_POLL} members (those asked longest ago first, in random order otherwise), each asked in one
 * {@code batch} for all the configured namespaces with the last hash that member gave per namespace and
 * desktop's {@code max_size} split. Results are merged,
 * de-duplicated by hash and handed to the {@link PollListener}; only after the listener returns are the hashes
 * marked seen and the last hashes saved, so that a message the listener failed on comes again (at least once,
 * never lost). Polls again at once while a node says it has more; after a poll where every member failed, the
 * pause doubles up to {@link PollSettings#maxBackoff()}.
 *
 * <p>Runs on its own virtual thread between {@link #start()} and {@link #stop()}. Thread-safe.
 */
public final class SwarmPoller {
    /** Desktop's {@code RETRIEVE_SNODES_COUNT}. */
    public static final int NODES_PER_POLL = 2;
    /** Rounds of members one poll asks at most: the first pick, and one more if all of it failed. */
    static final int ROUNDS_PER_POLL = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SwarmPoller.class);

    private final Ed25519KeyPair account;
    private final String pubkey;
    private final List<Namespace> namespaces;
    private final Map<Namespace, Integer> maxSizes;
    private final PollListener listener;
    private final SwarmDirectory directory;
    private final SnodePool pool;
    private final RequestPipeline pipeline;
    private final PollStateStore store;
    private final NetworkClock clock;
    private final RandomGenerator random;
    private final ThreadFactory threads;
    private final Duration timeout;
    private final Duration maxBackoff;
    private final Duration ownSwarmRefresh;

    private final Map<Ed25519PublicKey, Long> lastAsked = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile Duration interval;
    private Thread thread;
    private boolean running;
    private boolean pollRequested;

    /** What the poller needs from the client, wired by the composition root. */
    public record Wiring(SwarmDirectory directory, SnodePool pool, RequestPipeline pipeline, PollStateStore store,
            NetworkClock clock, RandomGenerator random, ThreadFactory threads) {
    }

    /**
     * A stopped poller for {@code account}.
     *
     * @param namespaces 1 to 20 namespaces, polled in this order (desktop: 0, 2, 3, 5, 4)
     * @throws IllegalArgumentException if the namespace list is empty, too long or repeats one
     */
    public SwarmPoller(Ed25519KeyPair account, List<Namespace> namespaces, PollListener listener,
            PollSettings settings, Wiring wiring) {
        this.account = Objects.requireNonNull(account, "account");
        this.pubkey = AccountId.of(account).hex();
        this.namespaces = List.copyOf(namespaces);
        if (namespaces.isEmpty() || namespaces.size() > SwarmBatch.MAX_REQUESTS
                || new HashSet<>(namespaces).size() != namespaces.size()) {
            throw new IllegalArgumentException("poll 1 to " + SwarmBatch.MAX_REQUESTS
                    + " distinct namespaces, not " + namespaces);
        }
        this.maxSizes = RetrieveSizes.maxSizes(this.namespaces);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.directory = wiring.directory();
        this.pool = wiring.pool();
        this.pipeline = wiring.pipeline();
        this.store = wiring.store();
        this.clock = wiring.clock();
        this.random = wiring.random();
        this.threads = wiring.threads();
        this.interval = settings.interval();
        this.timeout = settings.timeout();
        this.maxBackoff = settings.maxBackoff();
        this.ownSwarmRefresh = settings.ownSwarmRefresh();
    }

    /** Starts polling on a virtual thread; does nothing if already running. */
    public void start() {
        lock.lock();
        try {
            if (running) {
                return;
            }
            running = true;
            thread = threads.newThread(this::loop);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    /** Stops polling and waits up to a few seconds for the poll in progress to end; idempotent. */
    public void stop() {
        Thread t;
        lock.lock();
        try {
            running = false;
            t = thread;
            thread = null;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the poller is running. */
    public boolean isRunning() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** Changes the pause between polls (desktop: 5 s active, 60 s medium, 120 s inactive). */
    public void setInterval(Duration newInterval) {
        if (newInterval.isZero() || newInterval.isNegative()) {
            throw new IllegalArgumentException("the poll interval must be positive, not " + newInterval);
        }
        this.interval = newInterval;
        pollNow();
    }

    /** Polls as soon as possible instead of waiting out the interval. */
    public void pollNow() {
        lock.lock();
        try {
            pollRequested = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        int failures = 0;
        while (isRunning()) {
            boolean more = false;
            try {
                more = pollOnce();
                failures = 0;
            } catch (RequestCancelledException e) {
                if (!isRunning()) {
                    return;
                }
                Thread.interrupted();
            } catch (SwarmException e) {
                failures++;
                LOG.info("poll of {} failed ({} in a row): {}", pubkey, failures, e.getMessage());
                try {
                    listener.onPollFailed(e);
                } catch (RuntimeException listenerFailure) {
                    LOG.warn("poll listener failed on a failure", listenerFailure);
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.error("unexpected failure while polling {}", pubkey, e);
            }
            Duration pause = more ? Duration.ZERO : backoff(failures);
            if (!await(pause)) {
                return;
            }
        }
    }

    private Duration backoff(int failures) {
        Duration pause = interval;
        for (int i = 0; i < failures && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 && failures > 0 ? maxBackoff : pause;
    }

    /** Waits {@code pause} or until woken; false if the poller was stopped. */
    private boolean await(Duration pause) {
        lock.lock();
        try {
            long nanos = pause.toNanos();
            while (running && !pollRequested && nanos > 0) {
                nanos = wake.awaitNanos(nanos);
            }
            pollRequested = false;
            return running;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * One poll: asks {@value #NODES_PER_POLL} random members, delivers what is new. If every member asked fails
     * (down, or caught lying), up to {@value #NODES_PER_POLL} members not asked yet are tried, once, so that a
     * pick of hostile members does not cost the whole poll.
     *
     * @return whether a node has more to give (poll again at once)
     * @throws SwarmUnavailableException if every member asked failed; the message says how
     * @throws SwarmException if there is no node pool or the swarm itself could not be found
     */
    public boolean pollOnce() throws SwarmException {
        Deadline deadline = Deadline.after(timeout);
        pool.ensureReady(deadline);
        long now = clock.nowMillis();
        store.purgeExpired(now);
        Swarm swarm = directory.freshSwarmOf(pubkey, ownSwarmRefresh, deadline);
        Set<Ed25519PublicKey> asked = new HashSet<>();
        List<NodePoll> polls = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        SwarmException lastFailure = null;
        boolean resynced = false;
        for (int round = 0; round < ROUNDS_PER_POLL && polls.isEmpty() && !deadline.isExpired(); round++) {
            List<Snode> members = pick(swarm, asked);
            if (members.isEmpty()) {
                break;
            }
            members.forEach(m -> asked.add(m.ed25519()));
            SwarmException failure = ask(members, now, deadline, polls, failures);
            lastFailure = failure != null ? failure : lastFailure;
            if (polls.isEmpty() && !resynced && failure != null
                    && Failures.classify(failure) == FailureDecision.RESYNC_CLOCK) {
                // The members reject our timestamps: learn the network's time again and ask them again. Without
                // this a client whose clock went wrong would poll in vain until a send re-synced it.
                pipeline.resyncClock(deadline);
                resynced = true;
                asked.clear();
            }
        }
        if (polls.isEmpty()) {
            throw new SwarmUnavailableException(pubkey, "polling the swarm of " + pubkey + " failed on "
                    + asked.size() + " members: " + String.join("; ", failures), lastFailure);
        }
        return deliver(polls);
    }

    /** Polls {@code members} in parallel into {@code polls}; the last failure, if any. */
    private SwarmException ask(List<Snode> members, long now, Deadline deadline, List<NodePoll> polls,
            List<String> failures) throws RequestCancelledException {
        List<FutureTask<NodePoll>> tasks = new ArrayList<>();
        for (Snode member : members) {
            FutureTask<NodePoll> task = new FutureTask<>(() -> pollNode(member, now, deadline));
            threads.newThread(task).start();
            tasks.add(task);
        }
        SwarmException lastFailure = null;
        for (FutureTask<NodePoll> task : tasks) {
            try {
                polls.add(task.get(Math.max(1, deadline.remaining().toMillis()), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                tasks.forEach(t -> t.cancel(true));
                throw new RequestCancelledException("poll of " + pubkey + " stopped");
            } catch (ExecutionException e) {
                failures.add(e.getCause().getMessage());
                lastFailure = e.getCause() instanceof SwarmException s ? s : lastFailure;
            } catch (TimeoutException e) {
                task.cancel(true);
                failures.add("no answer before the poll deadline");
                lastFailure = new DeadlineExceededException("poll deadline passed", null);
            }
        }
        return lastFailure;
    }

    private List<Snode> pick(Swarm swarm, Set<Ed25519PublicKey> asked) throws SwarmUnavailableException {
        List<Snode> usable = new ArrayList<>(swarm.members());
        usable.removeIf(m -> pool.isDropped(m.ed25519()) || asked.contains(m.ed25519()));
        if (!asked.isEmpty()) {
            return pickFrom(usable);
        }
        if (usable.isEmpty()) {
            directory.invalidate(pubkey);
            throw new SwarmUnavailableException(pubkey, "every member of the swarm of " + pubkey
                    + " has been dropped for failures", null);
        }
        return pickFrom(usable);
    }

    private List<Snode> pickFrom(List<Snode> usable) {
        // Random order, then the members asked longest ago first: a message that only some members hold (stored
        // while the others were down; storage nodes do not catch up on what they missed) is found within a few
        // polls, where a purely random choice may keep missing its holders.
        List<Snode> shuffled = new ArrayList<>();
        while (!usable.isEmpty()) {
            shuffled.add(usable.remove(random.nextInt(usable.size())));
        }
        shuffled.sort(Comparator.comparingLong(m -> lastAsked.getOrDefault(m.ed25519(), 0L)));
        List<Snode> picked = List.copyOf(shuffled.subList(0, Math.min(NODES_PER_POLL, shuffled.size())));
        long now = System.nanoTime();
        picked.forEach(m -> lastAsked.put(m.ed25519(), now));
        return picked;
    }

    private record NamespaceResult(Namespace namespace, RetrieveResult result) {
    }

    private record NodePoll(Snode node, List<NamespaceResult> results) {
    }

    private NodePoll pollNode(Snode member, long now, Deadline deadline) throws SwarmException {
        List<SnodeRequest<?>> requests = new ArrayList<>();
        List<RetrieveRequest> retrieves = new ArrayList<>();
        for (Namespace ns : namespaces) {
            Optional<String> last = store.lastHash(member.ed25519(), pubkey, ns, now);
            RetrieveRequest r = new RetrieveRequest(account, ns, last, OptionalInt.of(maxSizes.get(ns)));
            requests.add(r);
            retrieves.add(r);
        }
        BatchReply reply = pipeline.executeOnce(new SwarmBatch(new Target.Node(member, pubkey), requests), deadline);
        List<NamespaceResult> results = new ArrayList<>();
        for (int i = 0; i < retrieves.size(); i++) {
            try {
                results.add(new NamespaceResult(namespaces.get(i), reply.result(i, retrieves.get(i))));
            } catch (SnodeRequestException e) {
                LOG.info("{} refused retrieving namespace {}: {}", member, namespaces.get(i).value(),
                        e.getMessage());
            }
        }
        return new NodePoll(member, results);
    }

    private boolean deliver(List<NodePoll> polls) {
        List<PolledMessage> fresh = new ArrayList<>();
        Set<String> thisRound = new HashSet<>();
        boolean more = false;
        for (NodePoll poll : polls) {
            for (NamespaceResult r : poll.results()) {
                more |= r.result().more();
                for (RetrievedMessage m : r.result().messages()) {
                    if (!store.isSeen(m.hash()) && thisRound.add(m.hash())) {
                        fresh.add(new PolledMessage(pubkey, r.namespace(), m));
                    }
                }
            }
        }
        if (!fresh.isEmpty()) {
            try {
                listener.onMessages(List.copyOf(fresh));
            } catch (RuntimeException e) {
                LOG.warn("poll listener failed on {} messages; they will be delivered again", fresh.size(), e);
                return false;
            }
            fresh.forEach(p -> store.markSeen(p.message().hash(), p.message().expirationMs()));
        }
        for (NodePoll poll : polls) {
            for (NamespaceResult r : poll.results()) {
                List<RetrievedMessage> messages = r.result().messages();
                if (!messages.isEmpty()) {
                    RetrievedMessage last = messages.getLast();
                    store.saveLastHash(poll.node().ed25519(), pubkey, r.namespace(), last.hash(),
                            last.expirationMs());
                }
            }
        }
        return more;
    }
}
