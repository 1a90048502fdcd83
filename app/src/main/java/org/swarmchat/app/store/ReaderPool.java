package org.swarmchat.app.store;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A few read-only connections; each read takes one, runs in a transaction (one WAL snapshot), and gives it back. */
final class ReaderPool {
    private static final int CACHE_KIB = 32 * 1024;

    private final BlockingQueue<DbConnection> idle;
    private final int size;
    private volatile boolean closed;

    ReaderPool(Path file, int size) {
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            idle.add(DbConnection.open(file, true, CACHE_KIB));
        }
    }

    <T> T read(Function<DbConnection, T> work) {
        DbConnection db = null;
        try {
            while (db == null) {
                if (closed) {
                    throw new StoreException("The store is closed");
                }
                db = idle.poll(100, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database reader", e);
        }
        try {
            db.execute("BEGIN");
            try {
                return work.apply(db);
            } finally {
                db.execute("COMMIT");
            }
        } finally {
            idle.add(db);
        }
    }

    /** Closes every connection, waiting for those in use. */
    void close() {
        closed = true;
        for (int i = 0; i < size; i++) {
            try {
                idle.take().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
