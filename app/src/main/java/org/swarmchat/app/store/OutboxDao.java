package org.swarmchat.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The {@code outbox} table; the data sealed, bound to the message id. Rows go with their message. */
final class OutboxDao implements OutboxTable {
    private static final String TABLE = "outbox";
    private static final String SELECT = "SELECT message_id, recipient, namespace, data_sealed, ttl_millis, "
            + "expected_hash, attempts, last_error, created_at FROM outbox ";

    private final Tx tx;

    OutboxDao(Tx tx) {
        this.tx = tx;
    }

    @Override
    public void add(OutboxEntry e) {
        tx.requireWritable();
        tx.db().update("INSERT INTO outbox (message_id, recipient, namespace, data_sealed, ttl_millis, expected_hash, "
                + "attempts, last_error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, e.messageId());
                    ps.setString(2, e.recipient().hex());
                    ps.setInt(3, e.namespace());
                    ps.setBytes(4, tx.sealer().seal(e.data(), TABLE, "data", e.messageId()));
                    ps.setLong(5, e.ttl().toMillis());
                    ps.setString(6, e.expectedHash());
                    ps.setInt(7, e.attempts());
                    ps.setString(8, e.lastError().orElse(null));
                    ps.setLong(9, e.createdAt().toEpochMilli());
                });
    }

    @Override
    public List<OutboxEntry> unfinished() {
        return tx.db().query(SELECT + "ORDER BY created_at, message_id", ps -> { }, this::map);
    }

    @Override
    public Optional<OutboxEntry> get(long messageId) {
        return tx.db().queryOne(SELECT + "WHERE message_id = ?", ps -> ps.setLong(1, messageId), this::map);
    }

    @Override
    public void update(long messageId, int attempts, Optional<String> lastError) {
        tx.requireWritable();
        tx.db().update("UPDATE outbox SET attempts = ?, last_error = ? WHERE message_id = ?", ps -> {
            ps.setInt(1, attempts);
            ps.setString(2, lastError.orElse(null));
            ps.setLong(3, messageId);
        });
    }

    @Override
    public void remove(long messageId) {
        tx.requireWritable();
        tx.db().update("DELETE FROM outbox WHERE message_id = ?", ps -> ps.setLong(1, messageId));
    }

    private OutboxEntry map(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new OutboxEntry(id, AccountId.parse(rs.getString(2)), rs.getInt(3),
                tx.sealer().open(rs.getBytes(4), TABLE, "data", id), Duration.ofMillis(rs.getLong(5)),
                rs.getString(6), rs.getInt(7), Optional.ofNullable(rs.getString(8)),
                Instant.ofEpochMilli(rs.getLong(9)));
    }
}
