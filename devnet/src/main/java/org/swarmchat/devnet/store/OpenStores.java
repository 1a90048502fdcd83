package org.swarmchat.devnet.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Caps how many node stores keep their SQLite connection open at once, closing the least recently used ones.
 * Each open connection holds two file descriptors (database and WAL; its WAL index is in memory, see
 * {@link StoreConnection}) and a page cache; a devnet of
 * 2,000 nodes in one process would otherwise run out of descriptors. A closed store reopens on its next use.
 *
 * <p>Thread-safe. A store that is busy when it should be closed is skipped and closed on a later round.
 */
public final class OpenStores {
    private final int maxOpen;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashSet<MessageStore> open = new LinkedHashSet<>();

    /**
     * A cap of {@code maxOpen} connections.
     *
     * @throws IllegalArgumentException if {@code maxOpen < 1}
     */
    public OpenStores(int maxOpen) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("maxOpen must be at least 1");
        }
        this.maxOpen = maxOpen;
    }

    /** How many stores are open now. */
    public int openCount() {
        lock.lock();
        try {
            return open.size();
        } finally {
            lock.unlock();
        }
    }

    /** Every store that is open now, least recently used first. */
    List<MessageStore> snapshot() {
        lock.lock();
        try {
            return new ArrayList<>(open);
        } finally {
            lock.unlock();
        }
    }

    /** Marks {@code store} as just used (and open), then closes idle stores beyond the cap. */
    void used(MessageStore store) {
        List<MessageStore> victims = new ArrayList<>();
        lock.lock();
        try {
            open.remove(store);
            open.add(store);
            int excess = open.size() - maxOpen;
            Iterator<MessageStore> eldest = open.iterator();
            while (excess-- > 0 && eldest.hasNext()) {
                MessageStore candidate = eldest.next();
                if (candidate != store) {
                    victims.add(candidate);
                }
            }
        } finally {
            lock.unlock();
        }
        // Close outside our lock: closing takes the victim's own lock, which its user may hold while calling us.
        for (MessageStore victim : victims) {
            victim.closeIfIdle();
        }
    }

    /** Forgets a store that closed. */
    void closed(MessageStore store) {
        lock.lock();
        try {
            open.remove(store);
        } finally {
            lock.unlock();
        }
    }
}
