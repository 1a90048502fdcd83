package org.swarmchat.swarm.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * Failure counts per node: a node that fails {@code threshold} times is out (SPEC §1.4: three strikes, desktop's
 * {@code snodeFailureThreshold}). Counts are cleared when the pool is refreshed successfully, as desktop clears
 * them, so a node that was briefly down gets another chance with the next list.
 *
 * <p>Thread-safe.
 */
public final class StrikeTable {
    private final int threshold;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Ed25519PublicKey, Integer> strikes = new HashMap<>();

    /**
     * A table that puts a node out on its {@code threshold}-th strike.
     *
     * @throws IllegalArgumentException if {@code threshold} is less than 1
     */
    public StrikeTable(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * Counts one failure of {@code node}.
     *
     * @return whether this strike reached the threshold (the node should go)
     */
    public boolean strike(Ed25519PublicKey node) {
        lock.lock();
        try {
            int count = strikes.merge(node, 1, Integer::sum);
            return count >= threshold;
        } finally {
            lock.unlock();
        }
    }

    /** The failures counted for {@code node}. */
    public int count(Ed25519PublicKey node) {
        lock.lock();
        try {
            return strikes.getOrDefault(node, 0);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code node}'s failures (it answered, or it was dropped). */
    public void clear(Ed25519PublicKey node) {
        lock.lock();
        try {
            strikes.remove(node);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every failure. */
    public void reset() {
        lock.lock();
        try {
            strikes.clear();
        } finally {
            lock.unlock();
        }
    }

    /** The number of strikes that puts a node out. */
    public int threshold() {
        return threshold;
    }
}
