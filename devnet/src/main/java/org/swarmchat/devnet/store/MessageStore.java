package org.swarmchat.devnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One storage node's messages in its own SQLite file (WAL mode), with the semantics of oxen-storage-server's
 * {@code Database}: a unique hash per message, insertion order for retrieval, {@code last_hash} paging, expiry
 * extension on duplicates and single-message public outboxes.
 *
 * <p>The connection is opened on first use and may be closed again by {@link OpenStores} when many stores are in
 * use; callers do not notice. Thread-safe: one connection per store, one caller at a time. Stores that arrive while
 * another caller holds the connection are committed together in one transaction by whichever caller gets it next
 * (group commit): a commit costs about as much as the inserts it carries, so a busy node writes several messages
 * for the price of one. Each caller still returns only after its message is committed.
 */
public final class MessageStore implements AutoCloseable {
    /** The bytes a message adds to a retrieve response besides its hash and base64 data (JSON members). */
    static final int PER_MESSAGE_OVERHEAD = 100;

    /** The most messages one group commit carries; the rest wait for the next. */
    static final int MAX_GROUP = 256;
    private static final String COLUMNS = StoreConnection.COLUMNS;

    private final Path file;
    private final OpenStores openStores;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<QueuedStore> queued = new ConcurrentLinkedQueue<>();
    private StoreConnection connection;
    private boolean destroyed;

    /**
     * A store in {@code file}, created on first use.
     *
     * @param file the SQLite database file; its directory must exist
     * @param openStores the cap on open connections this store counts against
     */
    public MessageStore(Path file, OpenStores openStores) {
        this.file = file;
        this.openStores = openStores;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Whether the database file exists (a store never used has none and holds nothing). */
    public boolean exists() {
        return Files.exists(file);
    }

    /**
     * Stores a message. A message with the same hash keeps its row and gets the later of the two expiries; in a
     * public outbox namespace a newer message replaces the one there and an older one is refused.
     */
    public StoreResult store(StoredMessage m) {
        QueuedStore mine = new QueuedStore(m, new CompletableFuture<>());
        queued.add(mine);
        lock.lock();
        try {
            if (!mine.result().isDone()) {
                commitQueued();
            }
        } finally {
            lock.unlock();
        }
        try {
            return mine.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new MessageStoreException(e.getMessage(), e);
        }
    }

    /** A message waiting for a group commit, and what became of it. */
    private record QueuedStore(StoredMessage message, CompletableFuture<StoreResult> result) {
    }

    /**
     * Stores the queued messages, up to {@link #MAX_GROUP}, in one transaction. If the transaction fails, each is
     * stored on its own, so that one bad message fails alone. Call with {@link #lock} held.
     */
    private void commitQueued() {
        List<QueuedStore> group = new ArrayList<>();
        for (QueuedStore q = queued.poll(); q != null; q = group.size() < MAX_GROUP ? queued.poll() : null) {
            group.add(q);
        }
        if (group.size() > 1) {
            try {
                List<StoreResult> results = withConnection(c -> c.transaction(() -> {
                    List<StoreResult> out = new ArrayList<>();
                    for (QueuedStore q : group) {
                        out.add(storeOne(c, q.message()));
                    }
                    return out;
                }));
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).result().complete(results.get(i));
                }
                return;
            } catch (RuntimeException e) {
                // fall through: one at a time
            }
        }
        for (QueuedStore q : group) {
            try {
                q.result().complete(storeAlone(q.message()));
            } catch (RuntimeException e) {
                q.result().completeExceptionally(e);
            }
        }
    }

    private StoreResult storeAlone(StoredMessage m) {
        if (Namespaces.isPublicOutbox(m.namespace())) {
            return withConnection(c -> c.transaction(() -> storeOne(c, m)));
        }
        // A new message is one statement in autocommit mode; this store's lock keeps the duplicate path consistent.
        return withConnection(c -> storeOne(c, m));
    }

    /** Stores messages pushed by a peer, keeping existing rows (with the later expiry) as {@link #store} does. */
    public void storeAll(Collection<StoredMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        withConnection(c -> c.transaction(() -> {
            for (StoredMessage m : messages) {
                storeOne(c, m);
            }
            return null;
        }));
    }

    /**
     * Messages of {@code owner} in {@code namespace} that have not expired at {@code now}, in insertion order:
     * after {@code lastHash} if that message is there, else from the start. At most {@code maxCount} messages
     * (null: any number) and, beyond the first, no more than {@code maxSize} bytes as JSON (null: unlimited).
     */
    public RetrieveResult retrieve(String owner, int namespace, String lastHash, Integer maxCount, Integer maxSize,
            long now) {
        return withConnection(c -> {
            Long lastId = null;
            if (lastHash != null) {
                lastId = c.queryLong("SELECT id FROM messages WHERE owner = ? AND namespace = ? AND hash = ?",
                        owner, namespace, lastHash);
            }
            String sql = "SELECT " + COLUMNS + " FROM messages WHERE owner = ? AND namespace = ? AND expiry > ?"
                    + (lastId != null ? " AND id > ?" : "") + " ORDER BY id LIMIT ?";
            List<Object> args = new ArrayList<>(List.of(owner, namespace, now));
            if (lastId != null) {
                args.add(lastId);
            }
            args.add(maxCount != null ? maxCount + 1 : -1);
            List<StoredMessage> page = new ArrayList<>();
            boolean more = false;
            long size = 0;
            try (ResultSet rs = c.query(sql, args.toArray())) {
                while (rs.next()) {
                    StoredMessage m = StoreConnection.read(rs);
                    if (maxCount != null && page.size() >= maxCount) {
                        more = true;
                        break;
                    }
                    size += PER_MESSAGE_OVERHEAD + m.hash().length() + (m.data().length + 2L) / 3 * 4;
                    if (maxSize != null && !page.isEmpty() && size > maxSize) {
                        more = true;
                        break;
                    }
                    page.add(m);
                }
            }
            return new RetrieveResult(page, more);
        });
    }

    /** Every message, expired or not, in insertion order. */
    public List<StoredMessage> all() {
        return withConnection(c -> c.messages("SELECT " + COLUMNS + " FROM messages ORDER BY id"));
    }

    /** Every owner that has messages here. */
    public List<String> owners() {
        return withConnection(c -> {
            return c.strings("SELECT DISTINCT owner FROM messages");
        });
    }

    /** Every message of the given owners, in insertion order. */
    public List<StoredMessage> ofOwners(Collection<String> owners) {
        List<StoredMessage> out = new ArrayList<>();
        for (String owner : owners) {
            out.addAll(withConnection(c -> c.messages(
                    "SELECT " + COLUMNS + " FROM messages WHERE owner = ? ORDER BY id", owner)));
        }
        return out;
    }

    /** The message with this hash, if stored (expired or not). */
    public Optional<StoredMessage> find(String hash) {
        return withConnection(c -> c.messages("SELECT " + COLUMNS + " FROM messages WHERE hash = ?", hash))
                .stream().findFirst();
    }

    /** Deletes the owner's messages with these hashes; returns the hashes that were there, in request order. */
    public List<String> deleteByHashes(String owner, List<String> hashes) {
        return withConnection(c -> c.transaction(() -> {
            List<String> deleted = new ArrayList<>();
            for (String hash : hashes) {
                if (c.update("DELETE FROM messages WHERE hash = ? AND owner = ?", hash, owner) > 0) {
                    deleted.add(hash);
                }
            }
            return deleted;
        }));
    }

    /** Deletes the owner's messages in {@code namespace} (null: every namespace); returns what went. */
    public List<NamespacedHash> deleteAll(String owner, Integer namespace) {
        return deleteWhere(owner, namespace, "", List.of());
    }

    /** Deletes the owner's messages with {@code timestamp <= before} in {@code namespace} (null: all). */
    public List<NamespacedHash> deleteBefore(String owner, Integer namespace, long before) {
        return deleteWhere(owner, namespace, " AND timestamp <= ?", List.of(before));
    }

    /**
     * Sets the expiry of the owner's messages with these hashes; {@code expiries} holds one value for all or one
     * per hash. With {@code extendOnly} only later expiries are applied, with {@code shortenOnly} only earlier
     * ones. Returns the updated hashes (request order) with the expiry each now has.
     */
    public List<Map.Entry<String, Long>> updateExpiry(String owner, List<String> hashes, List<Long> expiries,
            boolean extendOnly, boolean shortenOnly) {
        if (expiries.size() != 1 && expiries.size() != hashes.size()) {
            throw new IllegalArgumentException("one expiry, or one per hash");
        }
        String condition = extendOnly ? " AND expiry < ?" : shortenOnly ? " AND expiry > ?" : "";
        return withConnection(c -> c.transaction(() -> {
            List<Map.Entry<String, Long>> updated = new ArrayList<>();
            for (int i = 0; i < hashes.size(); i++) {
                long expiry = expiries.get(expiries.size() == 1 ? 0 : i);
                Object[] args = condition.isEmpty() ? new Object[] {expiry, hashes.get(i), owner}
                        : new Object[] {expiry, hashes.get(i), owner, expiry};
                if (c.update("UPDATE messages SET expiry = ? WHERE hash = ? AND owner = ?" + condition, args) > 0) {
                    updated.add(Map.entry(hashes.get(i), expiry));
                }
            }
            return updated;
        }));
    }

    /** Shortens to {@code expiry} every message of the owner in {@code namespace} (null: all) that expires later. */
    public List<NamespacedHash> shortenAll(String owner, Integer namespace, long expiry) {
        String nsCondition = namespace != null ? " AND namespace = ?" : "";
        return withConnection(c -> c.transaction(() -> {
            List<Object> args = new ArrayList<>(List.of(owner, expiry));
            if (namespace != null) {
                args.add(namespace);
            }
            List<NamespacedHash> affected = c.namespacedHashes(
                    "SELECT namespace, hash FROM messages WHERE owner = ? AND expiry > ?" + nsCondition,
                    args.toArray());
            List<Object> updateArgs = new ArrayList<>(List.of(expiry));
            updateArgs.addAll(args);
            c.update("UPDATE messages SET expiry = ? WHERE owner = ? AND expiry > ?" + nsCondition,
                    updateArgs.toArray());
            return affected;
        }));
    }

    /** The expiries of the owner's messages among {@code hashes}, by hash (sorted). */
    public SortedMap<String, Long> expiries(String owner, Collection<String> hashes) {
        return withConnection(c -> {
            SortedMap<String, Long> out = new TreeMap<>();
            for (String hash : hashes) {
                Long expiry = c.queryLong("SELECT expiry FROM messages WHERE hash = ? AND owner = ?", hash, owner);
                if (expiry != null) {
                    out.put(hash, expiry);
                }
            }
            return out;
        });
    }

    /** Deletes every message expired at {@code now}; returns how many. Does nothing for a store never used. */
    public int purgeExpired(long now) {
        if (!exists()) {
            return 0;
        }
        return withConnection(c -> c.update("DELETE FROM messages WHERE expiry <= ?", now));
    }

    /** How many messages are stored, expired or not. */
    public int count() {
        if (!exists()) {
            return 0;
        }
        return withConnection(c -> {
            Long n = c.queryLong("SELECT COUNT(*) FROM messages");
            return n == null ? 0 : n.intValue();
        });
    }

    /** Whether the connection is open now. */
    public boolean isOpen() {
        lock.lock();
        try {
            return connection != null;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the connection; the next call reopens it. */
    @Override
    public void close() {
        lock.lock();
        try {
            closeConnection();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the store for good and deletes its files. */
    public void destroy() {
        lock.lock();
        try {
            closeConnection();
            destroyed = true;
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new MessageStoreException("cannot delete " + file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the connection unless another thread is using it right now. */
    void closeIfIdle() {
        if (lock.tryLock()) {
            try {
                closeConnection();
            } finally {
                lock.unlock();
            }
        }
    }

    private List<NamespacedHash> deleteWhere(String owner, Integer namespace, String condition, List<Object> extra) {
        String nsCondition = namespace != null ? " AND namespace = ?" : "";
        List<Object> args = new ArrayList<>();
        args.add(owner);
        args.addAll(extra);
        if (namespace != null) {
            args.add(namespace);
        }
        return withConnection(c -> c.transaction(() -> {
            List<NamespacedHash> affected = c.namespacedHashes(
                    "SELECT namespace, hash FROM messages WHERE owner = ?" + condition + nsCondition, args.toArray());
            c.update("DELETE FROM messages WHERE owner = ?" + condition + nsCondition, args.toArray());
            return affected;
        }));
    }

    private StoreResult storeOne(StoreConnection c, StoredMessage m) throws SQLException {
        if (Namespaces.isPublicOutbox(m.namespace())) {
            Long newest = c.queryLong("SELECT MAX(timestamp) FROM messages WHERE owner = ? AND namespace = ?",
                    m.owner(), m.namespace());
            if (newest != null && findExpiry(c, m.hash()) == null) {
                if (newest >= m.timestamp()) {
                    return new StoreResult(StoreResult.Outcome.OBSOLETE, m.expiry());
                }
                c.update("DELETE FROM messages WHERE owner = ? AND namespace = ?", m.owner(), m.namespace());
            }
        }
        if (c.update("INSERT OR IGNORE INTO messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                m.hash(), m.owner(), m.namespace(), m.timestamp(), m.expiry(), m.data()) == 1) {
            return new StoreResult(StoreResult.Outcome.NEW, m.expiry());
        }
        long existing = findExpiry(c, m.hash());
        if (existing < m.expiry()) {
            c.update("UPDATE messages SET expiry = ? WHERE hash = ?", m.expiry(), m.hash());
            return new StoreResult(StoreResult.Outcome.EXTENDED, m.expiry());
        }
        return new StoreResult(StoreResult.Outcome.EXISTS, existing);
    }

    private static Long findExpiry(StoreConnection c, String hash) throws SQLException {
        return c.queryLong("SELECT expiry FROM messages WHERE hash = ?", hash);
    }

    /** A step on the open connection. */
    private interface SqlFunction<T> {
        T apply(StoreConnection c) throws SQLException;
    }

    private <T> T withConnection(SqlFunction<T> work) {
        lock.lock();
        try {
            if (destroyed) {
                throw new MessageStoreException("store destroyed: " + file);
            }
            if (connection == null) {
                connection = StoreConnection.open(file);
            }
            openStores.used(this);
            return work.apply(connection);
        } catch (SQLException e) {
            throw new MessageStoreException("SQLite failure on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new MessageStoreException("cannot close " + file, e);
            } finally {
                connection = null;
                openStores.closed(this);
            }
        }
    }

    @Override
    public String toString() {
        return "MessageStore[" + file + "]";
    }
}
