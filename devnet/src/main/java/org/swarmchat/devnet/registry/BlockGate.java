package org.swarmchat.devnet.registry;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Makes every block atomic for the whole devnet: requests that touch messages pass the gate for reading, and the
 * {@link Registry} closes it while it applies a block and its listeners hand records over.
 *
 * <p>This is stronger than the real network, where nodes see a new block a few seconds apart and a store can slip
 * between one node's hand-over and another's. Here a store is processed, forwarded and replicated entirely under
 * one view, and a hand-over sees every record stored before it, which is what lets the churn tests demand that no
 * message is lost. Work started under a hold (forwarded peer requests, batch subrequests) must not try to enter
 * the gate again from another thread: a closing gate queues new readers behind it.
 */
public final class BlockGate {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** A pass through the gate; closing it lets a waiting block proceed. */
    public interface Hold extends AutoCloseable {
        /** Leaves the gate. */
        @Override
        void close();
    }

    /** Enters for a request, waiting while a block is being applied. */
    public Hold enter() {
        Lock read = lock.readLock();
        read.lock();
        return read::unlock;
    }

    /** Closes the gate for a block, waiting for requests inside to finish. */
    Hold close() {
        Lock write = lock.writeLock();
        write.lock();
        return write::unlock;
    }
}
