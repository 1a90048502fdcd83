package org.swarmchat.swarm.transport;

import java.time.Duration;

/**
 * The moment by which a call must have finished, on the monotonic clock ({@link System#nanoTime()}). Every
 * network call in the client carries one, so that nothing hangs: layers pass it down, and each HTTP attempt
 * gets the smaller of what is left and its own per-attempt limit ({@link #atMost}). Immutable.
 */
public final class Deadline {
    private final long expiresAtNanos;

    private Deadline(long expiresAtNanos) {
        this.expiresAtNanos = expiresAtNanos;
    }

    /**
     * The deadline {@code timeout} from now.
     *
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    public static Deadline after(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a deadline cannot lie in the past: " + timeout);
        }
        long now = System.nanoTime();
        long nanos = timeout.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : timeout.toNanos();
        return new Deadline(now + nanos);
    }

    /** Time left, zero once expired. */
    public Duration remaining() {
        long left = expiresAtNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Whether the deadline has passed. */
    public boolean isExpired() {
        return expiresAtNanos - System.nanoTime() <= 0;
    }

    /** This deadline or the one {@code limit} from now, whichever comes first: the deadline of one attempt. */
    public Deadline atMost(Duration limit) {
        Deadline other = after(limit);
        return expiresAtNanos - other.expiresAtNanos <= 0 ? this : other;
    }

    @Override
    public String toString() {
        return "Deadline[" + remaining().toMillis() + " ms left]";
    }
}
