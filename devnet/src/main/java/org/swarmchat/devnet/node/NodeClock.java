package org.swarmchat.devnet.node;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node's idea of the time: the devnet's clock plus a skew that fault injection can set. Every tolerance check
 * and every {@code t} the node answers with uses it, so a skewed node rejects honest clients as a real node with a
 * wrong clock would. Thread-safe.
 */
public final class NodeClock {
    private final Clock base;
    private final AtomicLong skewMillis = new AtomicLong();

    /** A clock that follows {@code base} until a skew is set. */
    public NodeClock(Clock base) {
        this.base = base;
    }

    /** Now, in ms since the epoch, skew included. */
    public long millis() {
        return base.millis() + skewMillis.get();
    }

    /** Sets how far this node's clock is ahead (negative: behind). */
    public void setSkew(Duration skew) {
        skewMillis.set(skew.toMillis());
    }

    /** The current skew. */
    public Duration skew() {
        return Duration.ofMillis(skewMillis.get());
    }
}
