package org.swarmchat.devnet.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * One open SQLite connection of a {@link MessageStore}, with the schema, the pragmas and a cache of prepared
 * statements (each SQL text is parsed once per open connection). Not thread-safe: the store's lock guards it.
 */
final class StoreConnection implements AutoCloseable {
    static final String COLUMNS = "hash, owner, namespace, timestamp, expiry, data";
    private static final int SCHEMA_VERSION = 1;
    private static final int WAL_CHECKPOINT_PAGES = 4_000;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private StoreConnection(Connection connection) {
        this.connection = connection;
    }

    /** A step that may throw SQL errors. */
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Opens (and if need be creates) the database in WAL mode.
     *
     * @throws MessageStoreException if the file was written by a newer schema
     */
    static StoreConnection open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        try (Statement st = c.createStatement()) {
            // The pragmas are set here, in this order, not through the config: sqlite-jdbc applies a config's
            // synchronous and cache size in a way that reads the file, and the exclusive lock must come first.
            // One connection per file, ever: an exclusive lock taken before the file is first read keeps the WAL
            // index in the connection's memory instead of a shared-memory file locked and unlocked at every
            // transaction, and a second devnet on the same data dir gets "database is locked" instead of a share
            // of the writes.
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("PRAGMA journal_mode = WAL");
            // A committed store survives a crash of the process, which is all the devnet promises; syncing at each
            // WAL checkpoint (NORMAL) would also survive a crash of the machine, and halved the insert rate.
            st.execute("PRAGMA synchronous = OFF");
            st.execute("PRAGMA cache_size = -256"); // KiB: thousands of stores share one process
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
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
            // Checkpoint every 4,000 pages (16 MiB of WAL) rather than 1,000: a busy node rewrites the same index
            // pages again and again, and a checkpoint copies each page once however often it changed. Measured on
            // the store benchmark: 5 % less CPU per store.
            st.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
        } catch (SQLException | RuntimeException e) {
            c.close(); // a store that cannot be set up must not keep its file (and now its lock) open
            throw e;
        }
        return new StoreConnection(c);
    }

    <T> T transaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    int update(String sql, Object... args) throws SQLException {
        return prepare(sql, args).executeUpdate();
    }

    /** The first column of the first row as a long; null if there is no row or the value is NULL. */
    Long queryLong(String sql, Object... args) throws SQLException {
        try (ResultSet rs = query(sql, args)) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? null : v;
            }
            return null;
        }
    }

    /** Rows of {@link #COLUMNS} as messages. */
    List<StoredMessage> messages(String sql, Object... args) throws SQLException {
        List<StoredMessage> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Rows of (namespace, hash). */
    List<NamespacedHash> namespacedHashes(String sql, Object... args) throws SQLException {
        List<NamespacedHash> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) {
                out.add(new NamespacedHash(rs.getInt(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The first column of every row as text. */
    List<String> strings(String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = query(sql, args)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** A result set the caller closes. */
    ResultSet query(String sql, Object... args) throws SQLException {
        return prepare(sql, args).executeQuery();
    }

    static StoredMessage read(ResultSet rs) throws SQLException {
        return new StoredMessage(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                rs.getBytes(6));
    }

    @Override
    public void close() throws SQLException {
        try {
            for (PreparedStatement st : statements.values()) {
                st.close();
            }
        } finally {
            statements.clear();
            connection.close();
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement st = statements.get(sql);
        if (st == null) {
            st = connection.prepareStatement(sql);
            statements.put(sql, st);
        }
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }
}
