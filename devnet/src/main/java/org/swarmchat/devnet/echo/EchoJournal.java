package org.swarmchat.devnet.echo;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * What the echo contact has done, in a SQLite file of its own, so that it answers each message exactly once, also
 * across restarts: every message hash it has handled (answered or skipped as unreadable), each answer's sealed bytes
 * before they are sent (an outbox: a restart re-sends the same bytes, which the swarm de-duplicates by hash), and
 * the {@code last_hash} per node it polls. Rows go when their message has expired, as the nodes' copies do.
 *
 * <p>Thread-safe (one lock; the echo contact's thread is the only regular user).
 */
final class EchoJournal implements AutoCloseable {
    static final String FILE = "journal.sqlite";
    private static final int SCHEMA_VERSION = 1;
    /** Kept a little past expiry: a node may still return a message until its next purge (every 10 s). */
    private static final long EXPIRY_MARGIN_MS = 60_000;

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    /** An answer stored in the journal but not yet confirmed by the recipient's swarm. */
    record PendingReply(String hash, String recipient, String data) {
    }

    private EchoJournal(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens (and if need be creates) the journal in {@code dir}.
     *
     * @throws IOException if the file cannot be opened, or was written by a newer devnet
     */
    static EchoJournal open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(10_000);
            Connection c = config.createConnection("jdbc:sqlite:" + file);
            try (Statement st = c.createStatement()) {
                int version;
                try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version > SCHEMA_VERSION) {
                    c.close();
                    throw new IOException(file + " was written by a newer devnet (schema " + version + ")");
                }
                st.executeUpdate("CREATE TABLE IF NOT EXISTS handled ("
                        + " hash TEXT PRIMARY KEY,"
                        + " expires_at INTEGER NOT NULL,"
                        + " reply_to TEXT,"
                        + " reply_data TEXT,"
                        + " sent INTEGER NOT NULL DEFAULT 0)");
                st.executeUpdate("CREATE INDEX IF NOT EXISTS handled_expiry ON handled (expires_at)");
                st.executeUpdate("CREATE TABLE IF NOT EXISTS last_hash ("
                        + " node TEXT PRIMARY KEY,"
                        + " hash TEXT NOT NULL,"
                        + " expires_at INTEGER NOT NULL)");
                st.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
            }
            return new EchoJournal(c);
        } catch (SQLException e) {
            throw new IOException("cannot open the echo contact's journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the message was handled before; if so, its row is kept at least until {@code expiresAt} (a sender
     * may have extended the message's expiry by storing it again).
     */
    boolean handled(String hash, long expiresAt) throws SQLException {
        return locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE handled SET expires_at = max(expires_at, ?) WHERE hash = ?")) {
                st.setLong(1, expiresAt);
                st.setString(2, hash);
                return st.executeUpdate() > 0;
            }
        });
    }

    /** Records a message that gets no answer (unreadable, or the echo's own). */
    void skipped(String hash, long expiresAt) throws SQLException {
        locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT OR IGNORE INTO handled (hash, expires_at, sent) VALUES (?, ?, 1)")) {
                st.setString(1, hash);
                st.setLong(2, expiresAt);
                return st.executeUpdate();
            }
        });
    }

    /** Records the answer to a message, before it is sent. */
    void replyPending(String hash, long expiresAt, String recipient, String data) throws SQLException {
        locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT OR IGNORE INTO handled (hash, expires_at, reply_to, reply_data, sent)"
                            + " VALUES (?, ?, ?, ?, 0)")) {
                st.setString(1, hash);
                st.setLong(2, expiresAt);
                st.setString(3, recipient);
                st.setString(4, data);
                return st.executeUpdate();
            }
        });
    }

    /** Marks an answer as stored by the recipient's swarm; its bytes are no longer needed. */
    void replySent(String hash) throws SQLException {
        locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE handled SET sent = 1, reply_data = NULL WHERE hash = ?")) {
                st.setString(1, hash);
                return st.executeUpdate();
            }
        });
    }

    /** The answers not yet confirmed, oldest first. */
    List<PendingReply> pendingReplies() throws SQLException {
        return locked(() -> {
            List<PendingReply> out = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT hash, reply_to, reply_data FROM handled WHERE sent = 0 ORDER BY rowid");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingReply(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** The last hash retrieved from {@code node}, unless that message has expired. */
    Optional<String> lastHash(String node, long now) throws SQLException {
        return locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT hash FROM last_hash WHERE node = ? AND expires_at > ?")) {
                st.setString(1, node);
                st.setLong(2, now);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Remembers the last hash retrieved from {@code node}. */
    void lastHash(String node, String hash, long expiresAt) throws SQLException {
        locked(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT OR REPLACE INTO last_hash (node, hash, expires_at) VALUES (?, ?, ?)")) {
                st.setString(1, node);
                st.setString(2, hash);
                st.setLong(3, expiresAt);
                return st.executeUpdate();
            }
        });
    }

    /**
     * Forgets expired messages (answered or not: an answer to a message gone from the network is not sent) and
     * expired last hashes.
     *
     * @return how many rows went
     */
    int purge(long now) throws SQLException {
        return locked(() -> {
            int removed;
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM handled WHERE expires_at < ?")) {
                st.setLong(1, now - EXPIRY_MARGIN_MS);
                removed = st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM last_hash WHERE expires_at < ?")) {
                st.setLong(1, now);
                removed += st.executeUpdate();
            }
            return removed;
        });
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is pending: every write above is committed (auto-commit) when it returns.
        } finally {
            lock.unlock();
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T locked(SqlWork<T> work) throws SQLException {
        lock.lock();
        try {
            return work.run();
        } finally {
            lock.unlock();
        }
    }
}
