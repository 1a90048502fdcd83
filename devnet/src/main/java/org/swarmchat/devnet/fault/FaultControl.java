package org.swarmchat.devnet.fault;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Explicit fault injection for one devnet node, in the spirit of MockWebServer's {@code SocketPolicy}: stop and
 * start the node (its HTTPS socket is closed, then reopened on the same port), drop a share of requests (the
 * connection is closed without an answer), delay a share, skew the node's clock, or answer a share with garbage
 * (200 with bytes that are not JSON). Faults apply to every request that reaches the node: client requests over
 * HTTPS and requests forwarded by swarm peers alike; a stopped node is unreachable for both. Hand-over pushes
 * between nodes are not dropped, delayed or garbled, but a stopped node does not receive them.
 *
 * <p>Hostile behaviours ({@link HostilePolicy}) make a node lie rather than fail: answer 421 with a wrong swarm,
 * add forged or replayed messages to retrieve replies, send a huge body or trickle the reply out, answer JSON of the
 * wrong shape, or sign results with the wrong key. They act on what the node answers as a destination, to clients
 * directly or through onion paths; the signature and misdirection behaviours also act on its answers to swarm
 * peers. Relaying onion requests is not affected, except by the oversized and slow replies, which hit every HTTP
 * answer of the node.
 *
 * <p>The control exists only in-process (there is no remote control endpoint) and the nodes listen on loopback
 * only. Thread-safe.
 */
public final class FaultControl {
    private static final byte[] GARBAGE_PREFIX = "\u00ff\u00fe<garbage>".getBytes(StandardCharsets.ISO_8859_1);

    private final RandomGenerator random;
    private final ReentrantLock randomLock = new ReentrantLock();
    private final Lifecycle lifecycle;
    private final Consumer<Duration> clockSkew;
    private final AtomicReference<FaultPolicy> policy = new AtomicReference<>(FaultPolicy.NONE);
    private final AtomicReference<HostilePolicy> hostile = new AtomicReference<>(HostilePolicy.NONE);

    /** What stopping and starting act on. */
    public interface Lifecycle {
        /** Closes the listening socket and every open connection. */
        void stop();

        /** Listens again on the same port. */
        void start();

        /** Whether the node listens now. */
        boolean isRunning();
    }

    /**
     * Faults for one node.
     *
     * @param random draws which requests a share hits; seed it for reproducible runs
     * @param lifecycle the node's stop and start
     * @param clockSkew sets the node's clock skew
     */
    public FaultControl(RandomGenerator random, Lifecycle lifecycle, Consumer<Duration> clockSkew) {
        this.random = Objects.requireNonNull(random);
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.clockSkew = Objects.requireNonNull(clockSkew);
    }

    /** Stops the node: its port refuses connections until {@link #start()}. Its data stays. */
    public void stop() {
        lifecycle.stop();
    }

    /** Starts a stopped node again on the same port. Does nothing if it runs. */
    public void start() {
        lifecycle.start();
    }

    /** Whether the node listens now. */
    public boolean isRunning() {
        return lifecycle.isRunning();
    }

    /** Drops {@code share} (0..1) of the requests: the connection closes without an answer. */
    public FaultControl dropRequests(double share) {
        update(p -> new FaultPolicy(share, p.delayShare(), p.delay(), p.garbageShare(), p.clockSkew()));
        return this;
    }

    /** Holds {@code share} (0..1) of the requests for {@code delay} before handling them. */
    public FaultControl delayRequests(double share, Duration delay) {
        update(p -> new FaultPolicy(p.dropShare(), share, delay, p.garbageShare(), p.clockSkew()));
        return this;
    }

    /** Answers {@code share} (0..1) of the requests with 200 and bytes that are not JSON, without handling them. */
    public FaultControl answerGarbage(double share) {
        update(p -> new FaultPolicy(p.dropShare(), p.delayShare(), p.delay(), share, p.clockSkew()));
        return this;
    }

    /** Sets the node's clock {@code skew} ahead (negative: behind); its checks and {@code t} use it. */
    public FaultControl skewClock(Duration skew) {
        update(p -> new FaultPolicy(p.dropShare(), p.delayShare(), p.delay(), p.garbageShare(), skew));
        clockSkew.accept(skew);
        return this;
    }

    /**
     * Answers {@code share} (0..1) of the requests naming a pubkey with 421 and a swarm that does not serve the
     * pubkey: another swarm, or one made of this node alone, which leads back here (a 421 loop). {@code get_swarm}
     * is answered 200 with such a swarm.
     */
    public FaultControl misdirect(double share) {
        updateHostile(h -> new HostilePolicy(share, h.forgeShare(), h.replayShare(), h.oversizedShare(),
                h.oversizedBytes(), h.slowLorisShare(), h.slowLorisBytesPerSecond(), h.invalidJsonShare(),
                h.wrongSignatureShare()));
        return this;
    }

    /**
     * Adds messages that were never stored to {@code share} (0..1) of the retrieve replies: random bytes, and real
     * messages of the account with their ciphertext altered, each under its correct hash, so that only opening the
     * message can tell.
     */
    public FaultControl forgeMessages(double share) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), share, h.replayShare(), h.oversizedShare(),
                h.oversizedBytes(), h.slowLorisShare(), h.slowLorisBytesPerSecond(), h.invalidJsonShare(),
                h.wrongSignatureShare()));
        return this;
    }

    /**
     * Repeats stored messages in {@code share} (0..1) of the retrieve replies, even ones the client already has: the
     * same message under the same hash, the same bytes under a made-up hash, and the bytes with an unknown protobuf
     * field appended (the same message to the reader) under their correct, new hash.
     */
    public FaultControl replayMessages(double share) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), h.forgeShare(), share, h.oversizedShare(),
                h.oversizedBytes(), h.slowLorisShare(), h.slowLorisBytesPerSecond(), h.invalidJsonShare(),
                h.wrongSignatureShare()));
        return this;
    }

    /** Answers {@code share} (0..1) of the requests with 200 and a JSON object padded to {@code bytes} bytes. */
    public FaultControl oversizedReplies(double share, int bytes) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), h.forgeShare(), h.replayShare(), share, bytes,
                h.slowLorisShare(), h.slowLorisBytesPerSecond(), h.invalidJsonShare(), h.wrongSignatureShare()));
        return this;
    }

    /**
     * Sends {@code share} (0..1) of the replies slowly: the head at once, then the body at {@code bytesPerSecond},
     * one byte at a time.
     */
    public FaultControl slowLoris(double share, int bytesPerSecond) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), h.forgeShare(), h.replayShare(), h.oversizedShare(),
                h.oversizedBytes(), share, bytesPerSecond, h.invalidJsonShare(), h.wrongSignatureShare()));
        return this;
    }

    /**
     * Replaces {@code share} (0..1) of the successful storage RPC answers with JSON that parses but has wrong types
     * or misses required fields ({@link #answerGarbage} sends bytes that do not parse at all).
     */
    public FaultControl invalidJson(double share) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), h.forgeShare(), h.replayShare(), h.oversizedShare(),
                h.oversizedBytes(), h.slowLorisShare(), h.slowLorisBytesPerSecond(), share,
                h.wrongSignatureShare()));
        return this;
    }

    /**
     * Spoils the node signatures in {@code share} (0..1) of the answers that carry them (store, delete and expire
     * results): signed by another key, or bytes that are no signature. The node's own result always; as an entry
     * node, half the time its peers' results too.
     */
    public FaultControl wrongSignatures(double share) {
        updateHostile(h -> new HostilePolicy(h.misdirectShare(), h.forgeShare(), h.replayShare(), h.oversizedShare(),
                h.oversizedBytes(), h.slowLorisShare(), h.slowLorisBytesPerSecond(), h.invalidJsonShare(), share));
        return this;
    }

    /** The hostile behaviours set now. */
    public HostilePolicy hostility() {
        return hostile.get();
    }

    /** Draws whether a behaviour with {@code share} (0..1) hits this time. */
    public boolean hits(double share) {
        return hit(share);
    }

    /** A random number in {@code [0, bound)}, from the node's fault generator. */
    public int randomInt(int bound) {
        randomLock.lock();
        try {
            return random.nextInt(bound);
        } finally {
            randomLock.unlock();
        }
    }

    /** Fills {@code bytes} from the node's fault generator. */
    public void randomBytes(byte[] bytes) {
        randomLock.lock();
        try {
            random.nextBytes(bytes);
        } finally {
            randomLock.unlock();
        }
    }

    /** Removes every fault except a stop (use {@link #start()} for that). */
    public FaultControl clear() {
        hostile.set(HostilePolicy.NONE);
        policy.set(FaultPolicy.NONE);
        clockSkew.accept(Duration.ZERO);
        return this;
    }

    /** The faults set now. */
    public FaultPolicy policy() {
        return policy.get();
    }

    /** Decides what happens to the next request. */
    public FaultAction next() {
        FaultPolicy p = policy.get();
        if (p.dropShare() == 0 && p.delayShare() == 0 && p.garbageShare() == 0) {
            return FaultAction.PASS;
        }
        Duration delay = hit(p.delayShare()) ? p.delay() : Duration.ZERO;
        FaultAction.Outcome outcome = hit(p.dropShare()) ? FaultAction.Outcome.DROP
                : hit(p.garbageShare()) ? FaultAction.Outcome.GARBAGE : FaultAction.Outcome.PASS;
        return new FaultAction(delay, outcome);
    }

    /** A garbage body: a fixed prefix that no JSON parser accepts, then random bytes. */
    public byte[] garbage() {
        byte[] out = new byte[GARBAGE_PREFIX.length + 32];
        System.arraycopy(GARBAGE_PREFIX, 0, out, 0, GARBAGE_PREFIX.length);
        byte[] tail = new byte[32];
        randomLock.lock();
        try {
            random.nextBytes(tail);
        } finally {
            randomLock.unlock();
        }
        System.arraycopy(tail, 0, out, GARBAGE_PREFIX.length, tail.length);
        return out;
    }

    private boolean hit(double share) {
        if (share <= 0) {
            return false;
        }
        if (share >= 1) {
            return true;
        }
        randomLock.lock();
        try {
            return random.nextDouble() < share;
        } finally {
            randomLock.unlock();
        }
    }

    private void update(UnaryOperator<FaultPolicy> change) {
        policy.updateAndGet(change);
    }

    private void updateHostile(UnaryOperator<HostilePolicy> change) {
        hostile.updateAndGet(change);
    }
}
