package org.swarmchat.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer thread and its FIFO queue. It owns the writable connection. Units of work queued together are
 * committed together (up to {@value #GROUP}): each runs in a savepoint of its own, so one that throws is rolled back
 * alone, and the others share one commit, which is where the time of a small transaction goes. Futures complete and
 * events are published, in queue order, only after the commit.
 */
final class Writer {
    private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
    private static final int GROUP = 64;

    private record Job<T>(Function<Tx, T> work, CompletableFuture<T> future) {
    }

    private static final Job<Void> STOP = new Job<>(tx -> null, new CompletableFuture<>());

    private final DbConnection db;
    private final Function<DbConnection, Tx> transactions;
    private final EventBus events;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread thread;
    private boolean stopping;

    Writer(DbConnection db, Function<DbConnection, Tx> transactions, EventBus events) {
        this.db = db;
        this.transactions = transactions;
        this.events = events;
        this.thread = Thread.ofPlatform().name("swarmchat-store-writer").daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    boolean isWriterThread() {
        return Thread.currentThread() == thread;
    }

    <T> CompletableFuture<T> submit(Function<Tx, T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        lock.lock();
        try {
            if (stopping) {
                future.completeExceptionally(new StoreException("The store is closed"));
            } else {
                queue.add(new Job<>(work, future));
            }
        } finally {
            lock.unlock();
        }
        return future;
    }

    /** Runs what is queued, then stops the thread and waits for it. */
    void stop() {
        lock.lock();
        try {
            if (stopping) {
                return;
            }
            stopping = true;
            queue.add(STOP);
        } finally {
            lock.unlock();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Job<?>> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, GROUP - 1);
            int end = batch.indexOf(STOP);
            if (end >= 0) {
                stop = true;
                batch.subList(end, batch.size()).clear();
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
        }
    }

    private void commit(List<Job<?>> batch) {
        Object[] results = new Object[batch.size()];
        Throwable[] failures = new Throwable[batch.size()];
        List<List<StoreEvent>> recorded = new ArrayList<>();
        try {
            db.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < batch.size(); i++) {
                Tx tx = transactions.apply(db);
                db.execute("SAVEPOINT job");
                try {
                    results[i] = batch.get(i).work().apply(tx);
                    db.execute("RELEASE job");
                    recorded.add(tx.events());
                } catch (RuntimeException | Error e) {
                    db.execute("ROLLBACK TO job");
                    db.execute("RELEASE job");
                    failures[i] = e;
                    recorded.add(List.of());
                }
            }
            db.execute("COMMIT");
        } catch (RuntimeException e) {
            LOG.error("A write transaction failed to commit on {}", db.file(), e);
            try {
                db.execute("ROLLBACK");
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            for (Job<?> job : batch) {
                job.future().completeExceptionally(e);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            events.publish(recorded.get(i));
            complete(batch.get(i), results[i], failures[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Job<T> job, Object result, Throwable failure) {
        if (failure != null) {
            job.future().completeExceptionally(failure);
        } else {
            job.future().complete((T) result);
        }
    }
}
