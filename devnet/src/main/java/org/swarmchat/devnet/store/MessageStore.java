package org.swarmchat.devnet.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * One storage node's messages in its own SQLite file (WAL mode), with the semantics of oxen-storage-server's
 * {@code Database}: a unique hash per message, insertion order for retrieval, {@code last_hash} paging, expiry
 * extension on duplicates and single-message public outboxes.
 *
 * <p>The connection is opened on first use and may be closed again by {@link OpenStores} when many stores are in
 * use; callers do not notice. Thread-safe: one connection per store, one caller at a time.
 */
public final class MessageStore implements AutoCloseable {
    /** The bytes a message adds to a retrieve response besides its hash and base64 data (JSON members). */
    static final int PER_MESSAGE_OVERHEAD = 100;

    private static final int SCHEMA_VERSION = 1;
    private static final String COLUMNS = "hash, owner, namespace, timestamp, expiry, data";

    private final Path file;
    private final OpenStores openStores;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private Connection connection;
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
        if (Namespaces.isPublicOutbox(m.namespace())) {
            return withConnection(c -> transaction(c, () -> storeOne(c, m)));
        }
        // A new message is one statement in autocommit mode; this store's lock keeps the duplicate path consistent.
        return withConnection(c -> storeOne(c, m));
    }

    /** Stores messages pushed by a peer, keeping existing rows (with the later expiry) as {@link #store} does. */
    public void storeAll(Collection<StoredMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        withConnection(c -> transaction(c, () -> {
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
                lastId = queryLong(c, "SELECT id FROM messages WHERE owner = ? AND namespace = ? AND hash = ?",
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
            try (ResultSet rs = prepare(c, sql, args.toArray()).executeQuery()) {
                while (rs.next()) {
                    StoredMessage m = read(rs);
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
        return withConnection(c -> list(c, "SELECT " + COLUMNS + " FROM messages ORDER BY id"));
    }

    /** Every owner that has messages here. */
    public List<String> owners() {
        return withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = prepare(c, "SELECT DISTINCT owner FROM messages").executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Every message of the given owners, in insertion order. */
    public List<StoredMessage> ofOwners(Collection<String> owners) {
        List<StoredMessage> out = new ArrayList<>();
        for (String owner : owners) {
            out.addAll(withConnection(c -> list(c,
                    "SELECT " + COLUMNS + " FROM messages WHERE owner = ? ORDER BY id", owner)));
        }
        return out;
    }

    /** The message with this hash, if stored (expired or not). */
    public Optional<StoredMessage> find(String hash) {
        return withConnection(c -> list(c, "SELECT " + COLUMNS + " FROM messages WHERE hash = ?", hash))
                .stream().findFirst();
    }

    /** Deletes the owner's messages with these hashes; returns the hashes that were there, in request order. */
    public List<String> deleteByHashes(String owner, List<String> hashes) {
        return withConnection(c -> transaction(c, () -> {
            List<String> deleted = new ArrayList<>();
            for (String hash : hashes) {
                if (update(c, "DELETE FROM messages WHERE hash = ? AND owner = ?", hash, owner) > 0) {
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
        return withConnection(c -> transaction(c, () -> {
            List<Map.Entry<String, Long>> updated = new ArrayList<>();
            for (int i = 0; i < hashes.size(); i++) {
                long expiry = expiries.get(expiries.size() == 1 ? 0 : i);
                Object[] args = condition.isEmpty() ? new Object[] {expiry, hashes.get(i), owner}
                        : new Object[] {expiry, hashes.get(i), owner, expiry};
                if (update(c, "UPDATE messages SET expiry = ? WHERE hash = ? AND owner = ?" + condition, args) > 0) {
                    updated.add(Map.entry(hashes.get(i), expiry));
                }
            }
            return updated;
        }));
    }

    /** Shortens to {@code expiry} every message of the owner in {@code namespace} (null: all) that expires later. */
    public List<NamespacedHash> shortenAll(String owner, Integer namespace, long expiry) {
        String nsCondition = namespace != null ? " AND namespace = ?" : "";
        return withConnection(c -> transaction(c, () -> {
            List<Object> args = new ArrayList<>(List.of(owner, expiry));
            if (namespace != null) {
                args.add(namespace);
            }
            List<NamespacedHash> affected = namespacedHashes(c,
                    "SELECT namespace, hash FROM messages WHERE owner = ? AND expiry > ?" + nsCondition, args);
            List<Object> updateArgs = new ArrayList<>(List.of(expiry));
            updateArgs.addAll(args);
            update(c, "UPDATE messages SET expiry = ? WHERE owner = ? AND expiry > ?" + nsCondition,
                    updateArgs.toArray());
            return affected;
        }));
    }

    /** The expiries of the owner's messages among {@code hashes}, by hash (sorted). */
    public SortedMap<String, Long> expiries(String owner, Collection<String> hashes) {
        return withConnection(c -> {
            SortedMap<String, Long> out = new TreeMap<>();
            for (String hash : hashes) {
                Long expiry = queryLong(c, "SELECT expiry FROM messages WHERE hash = ? AND owner = ?", hash, owner);
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
        return withConnection(c -> update(c, "DELETE FROM messages WHERE expiry <= ?", now));
    }

    /** How many messages are stored, expired or not. */
    public int count() {
        if (!exists()) {
            return 0;
        }
        return withConnection(c -> {
            Long n = queryLong(c, "SELECT COUNT(*) FROM messages");
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
        return withConnection(c -> transaction(c, () -> {
            List<NamespacedHash> affected = namespacedHashes(c,
                    "SELECT namespace, hash FROM messages WHERE owner = ?" + condition + nsCondition, args);
            update(c, "DELETE FROM messages WHERE owner = ?" + condition + nsCondition, args.toArray());
            return affected;
        }));
    }

    private StoreResult storeOne(Connection c, StoredMessage m) throws SQLException {
        if (Namespaces.isPublicOutbox(m.namespace())) {
            Long newest = queryLong(c, "SELECT MAX(timestamp) FROM messages WHERE owner = ? AND namespace = ?",
                    m.owner(), m.namespace());
            if (newest != null && findExpiry(c, m.hash()) == null) {
                if (newest >= m.timestamp()) {
                    return new StoreResult(StoreResult.Outcome.OBSOLETE, m.expiry());
                }
                update(c, "DELETE FROM messages WHERE owner = ? AND namespace = ?", m.owner(), m.namespace());
            }
        }
        if (update(c, "INSERT OR IGNORE INTO messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                m.hash(), m.owner(), m.namespace(), m.timestamp(), m.expiry(), m.data()) == 1) {
            return new StoreResult(StoreResult.Outcome.NEW, m.expiry());
        }
        long existing = findExpiry(c, m.hash());
        if (existing < m.expiry()) {
            update(c, "UPDATE messages SET expiry = ? WHERE hash = ?", m.expiry(), m.hash());
            return new StoreResult(StoreResult.Outcome.EXTENDED, m.expiry());
        }
        return new StoreResult(StoreResult.Outcome.EXISTS, existing);
    }

    private Long findExpiry(Connection c, String hash) throws SQLException {
        return queryLong(c, "SELECT expiry FROM messages WHERE hash = ?", hash);
    }

    /** A step that may throw SQL errors. */
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** A step on the open connection. */
    private interface SqlFunction<T> {
        T apply(Connection c) throws SQLException;
    }

    private <T> T withConnection(SqlFunction<T> work) {
        lock.lock();
        try {
            if (destroyed) {
                throw new MessageStoreException("store destroyed: " + file);
            }
            if (connection == null) {
                connection = open();
            }
            openStores.used(this);
            return work.apply(connection);
        } catch (SQLException e) {
            throw new MessageStoreException("SQLite failure on " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private static <T> T transaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private Connection open() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setCacheSize(-256); // KiB: thousands of stores share one process
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (var st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                c.close();
                throw new MessageStoreException(file + " was written by a newer devnet (schema " + version + ")");
            }
            st.executeUpdate("CREATE TABLE IF NOT EXISTS messages ("
                    + " id INTEGER PRIMARY KEY,"
                    + " hash TEXT NOT NULL UNIQUE,"
                    + " owner TEXT NOT NULL,"
                    + " namespace INTEGER NOT NULL,"
                    + " timestamp INTEGER NOT NULL,"
                    + " expiry INTEGER NOT NULL,"
                    + " data BLOB NOT NULL)");
            st.executeUpdate("CREATE INDEX IF NOT EXISTS messages_owner ON messages (owner, namespace, id)");
            st.executeUpdate("CREATE INDEX IF NOT EXISTS messages_expiry ON messages (expiry)");
            st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
        }
        return c;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                for (PreparedStatement st : statements.values()) {
                    st.close();
                }
                statements.clear();
                connection.close();
            } catch (SQLException e) {
                throw new MessageStoreException("cannot close " + file, e);
            } finally {
                connection = null;
                openStores.closed(this);
            }
        }
    }

    /** A statement prepared once per open connection, with its parameters set. */
    private PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = c.prepareStatement(sql);
            statements.put(sql, st);
        }
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }

    private int update(Connection c, String sql, Object... args) throws SQLException {
        return prepare(c, sql, args).executeUpdate();
    }

    private Long queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (ResultSet rs = prepare(c, sql, args).executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
            return null;
        }
    }

    private List<StoredMessage> list(Connection c, String sql, Object... args) throws SQLException {
        List<StoredMessage> out = new ArrayList<>();
        try (ResultSet rs = prepare(c, sql, args).executeQuery()) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    private List<NamespacedHash> namespacedHashes(Connection c, String sql, List<Object> args)
            throws SQLException {
        List<NamespacedHash> out = new ArrayList<>();
        try (ResultSet rs = prepare(c, sql, args.toArray()).executeQuery()) {
            while (rs.next()) {
                out.add(new NamespacedHash(rs.getInt(1), rs.getString(2)));
            }
        }
        return out;
    }

    private static StoredMessage read(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                rs.getBytes(6));
    }

    @Override
    public String toString() {
        return "MessageStore[" + file + "]";
    }
}
