package org.swarmchat.app.store;

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
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite connection with its cache of prepared statements and small query helpers. Used by one thread at a
 * time: the writer thread, or the reader that took it from the pool.
 */
final class DbConnection implements AutoCloseable {
    /** Binds the parameters of a statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Maps the current row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final Binder NONE = ps -> { };
    private static final int WAL_CHECKPOINT_PAGES = 16_384;

    private final Connection connection;
    private final Path file;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    private DbConnection(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Opens a connection. Read-only ones apply no pragma that writes; writable ones switch to WAL.
     *
     * @param cacheKiB the page cache size in KiB
     */
    static DbConnection open(Path file, boolean readOnly, int cacheKiB) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setCacheSize(-cacheKiB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        try {
            DbConnection db = new DbConnection(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()), file);
            if (!readOnly) {
                // A message dirties a page of the search index per term, all over the tree: checkpointing every
                // 1,000 pages (the default) would copy most of those pages after every commit.
                db.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
            }
            return db;
        } catch (SQLException e) {
            throw translate(file, e, "opening");
        }
    }

    Path file() {
        return file;
    }

    Connection raw() {
        return connection;
    }

    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    int update(String sql, Binder binder) {
        try {
            PreparedStatement ps = prepare(sql);
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(file, e, sql);
        }
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try {
            PreparedStatement ps = prepare(sql);
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw translate(file, e, sql);
        }
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        try {
            PreparedStatement ps = prepare(sql);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw translate(file, e, sql);
        }
    }

    long queryLong(String sql, Binder binder, long absent) {
        return queryOne(sql, binder, rs -> rs.getLong(1)).orElse(absent);
    }

    long queryLong(String sql) {
        return queryLong(sql, NONE, 0);
    }

    /** Runs a statement that is not worth caching (pragmas, transaction control, migrations). */
    void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw translate(file, e, sql);
        }
    }

    /** The first column of every row of a statement that is not worth caching. */
    List<String> strings(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw translate(file, e, sql);
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(file, e, "closing");
        }
    }

    /** A store exception for {@code e}: corruption as {@link CorruptDatabaseException}, naming the file. */
    static StoreException translate(Path file, SQLException e, String doing) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
                return new CorruptDatabaseException("The database " + file + " is damaged: SQLite says \""
                        + se.getMessage() + "\". It was left as it is; restore it from a backup or move it away "
                        + "to start afresh.", e);
            }
        }
        return new StoreException("SQLite failed on " + file + " (" + abbreviate(doing) + "): " + e.getMessage(), e);
    }

    private static String abbreviate(String sql) {
        String s = sql.replaceAll("\\s+", " ").strip();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
