package org.swarmchat.swarm.transport;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Network time: the local clock corrected by the offset that storage nodes report. Storage nodes refuse a store
 * whose timestamp is more than 10 s ahead and a signature more than 60 s off (SPEC §3.3), so every timestamp the
 * client sends comes from here, not from the machine's clock. The offset is learnt from the {@code t} member of
 * node replies and from a 406 reply's {@code t}, as the official clients do.
 *
 * <p>Thread-safe; lock-free.
 */
public final class NetworkClock {
    /** Offsets smaller than this are noise from request latency and are not worth a correction. */
    static final Duration IGNORED_OFFSET = Duration.ofMillis(500);

    private final Clock local;
    private final AtomicLong offsetMillis = new AtomicLong();

    /** A network clock over {@code local}, with no offset until a node reports its time. */
    public NetworkClock(Clock local) {
        this.local = local;
    }

    /** The system clock, corrected as nodes report. */
    public static NetworkClock system() {
        return new NetworkClock(Clock.systemUTC());
    }

    /** Network time now, in milliseconds since the epoch. */
    public long nowMillis() {
        return local.millis() + offsetMillis.get();
    }

    /** The current correction added to the local clock. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis.get());
    }

    /**
     * Learns from a node's reported time {@code t} (ms), seen at local time {@code localMillisAtReply}. Values
     * before 2010 or after 2100 are a broken node, not a clock: they are ignored.
     *
     * @return whether the offset changed
     */
    public boolean observe(long nodeMillis, long localMillisAtReply) {
        if (nodeMillis < 1_262_304_000_000L || nodeMillis > 4_102_444_800_000L) {
            return false;
        }
        long newOffset = nodeMillis - localMillisAtReply;
        long old = offsetMillis.get();
        if (Math.abs(newOffset - old) < IGNORED_OFFSET.toMillis()) {
            return false;
        }
        return offsetMillis.compareAndSet(old, newOffset);
    }

    /** Learns from a node's reported time {@code t} (ms), seen now. */
    public boolean observe(long nodeMillis) {
        return observe(nodeMillis, local.millis());
    }
}
