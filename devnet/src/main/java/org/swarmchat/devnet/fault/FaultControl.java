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

    /** Removes every fault except a stop (use {@link #start()} for that). */
    public FaultControl clear() {
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
}
