package org.swarmchat.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.IntStream;
import org.swarmchat.crypto.AccountId;

/**
 * The {@code messages} table and its blind index {@code search_index}. The text is sealed, bound to the message id,
 * which is therefore chosen before the insert ({@code max(id) + 1}: only the writer thread inserts).
 */
final class MessageDao implements MessageTable {
    static final String TABLE = "messages";
    static final String TEXT = "text";

    private static final String COLUMNS = "m.id, m.peer, m.direction, m.sender, m.text_sealed, m.sent_at, "
            + "m.received_at, m.hash, m.state, m.stored_on, m.failure, m.expires_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM messages m ";
    private static final String OLDER = "(m.sent_at, m.id) < (?, ?)";
    private static final int INDEX_ROWS = 64;
    private static final List<String> INDEX_INSERTS = IntStream.rangeClosed(1, INDEX_ROWS)
            .mapToObj(n -> "INSERT OR IGNORE INTO search_index (token, message_id) VALUES "
                    + String.join(", ", Collections.nCopies(n, "(?, ?)")))
            .toList();

    private final Tx tx;

    MessageDao(Tx tx) {
        this.tx = tx;
    }

    @Override
    public Message insertOutgoing(OutgoingMessage m) {
        tx.requireWritable();
        tx.conversations().insertIfAbsent(m.peer(), false, m.sentAtMillis());
        Message message = new Message(nextId(), m.peer(), Direction.OUT, m.sender(), m.text(), m.sentAtMillis(),
                m.sentAtMillis(), Optional.of(m.expectedHash()), DeliveryState.PENDING, 0, Optional.empty(), 0);
        if (!insert(message)) {
            throw new IllegalStateException("a message with hash " + m.expectedHash() + " is already stored");
        }
        tx.conversations().touch(m.peer(), m.sentAtMillis(), 0);
        return message;
    }

    @Override
    public Optional<Message> insertIncoming(IncomingMessage m) {
        tx.requireWritable();
        tx.conversations().insertIfAbsent(m.sender(), true, m.sentAtMillis());
        Message message = new Message(nextId(), m.sender(), Direction.IN, m.sender(), m.text(), m.sentAtMillis(),
                m.receivedAtMillis(), Optional.of(m.hash()), DeliveryState.RECEIVED, 0, Optional.empty(),
                m.expiresAtMillis());
        if (!insert(message)) {
            return Optional.empty();
        }
        tx.conversations().touch(m.sender(), m.sentAtMillis(), 1);
        return Optional.of(message);
    }

    @Override
    public Optional<Message> get(long id) {
        return tx.db().queryOne(SELECT + "WHERE m.id = ?", ps -> ps.setLong(1, id), this::map);
    }

    @Override
    public Optional<Message> byHash(String hash) {
        return tx.db().queryOne(SELECT + "WHERE m.hash = ?", ps -> ps.setString(1, hash), this::map);
    }

    @Override
    public Message setState(long id, DeliveryState state, int storedOn, Optional<String> failure) {
        tx.requireWritable();
        int rows = tx.db().update("UPDATE messages SET state = ?, stored_on = ?, failure = ? WHERE id = ?", ps -> {
            ps.setString(1, state.name());
            ps.setInt(2, storedOn);
            ps.setString(3, failure.orElse(null));
            ps.setLong(4, id);
        });
        if (rows == 0) {
            throw new NoSuchElementException("no message " + id);
        }
        Message updated = get(id).orElseThrow();
        tx.record(new StoreEvent.MessageUpdated(updated));
        return updated;
    }

    @Override
    public List<Message> page(AccountId peer, Optional<PageCursor> before, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        PageCursor cursor = before.orElse(new PageCursor(Long.MAX_VALUE, Long.MAX_VALUE));
        return tx.db().query(SELECT + "INDEXED BY messages_by_peer WHERE m.peer = ? AND " + OLDER
                + " ORDER BY m.sent_at DESC, m.id DESC LIMIT ?", ps -> {
                    ps.setString(1, peer.hex());
                    ps.setLong(2, cursor.sentAtMillis());
                    ps.setLong(3, cursor.id());
                    ps.setInt(4, limit);
                }, this::map);
    }

    @Override
    public List<Message> search(String query, int limit) {
        return new MessageSearch(tx, this).search(query, limit);
    }

    @Override
    public int count(AccountId peer) {
        return (int) tx.db().queryLong("SELECT count(*) FROM messages WHERE peer = ?",
                ps -> ps.setString(1, peer.hex()), 0);
    }

    /** The newest message with {@code peer}, if any. */
    Optional<Message> newest(AccountId peer) {
        List<Message> page = page(peer, Optional.empty(), 1);
        return page.isEmpty() ? Optional.empty() : Optional.of(page.getFirst());
    }

    /** Deletes every message with {@code peer} and their index rows (their outbox rows go by cascade). */
    void deleteAllWith(AccountId peer) {
        List<long[]> ids = new ArrayList<>();
        List<byte[]> texts = new ArrayList<>();
        tx.db().query("SELECT id, text_sealed FROM messages WHERE peer = ?", ps -> ps.setString(1, peer.hex()),
                rs -> {
                    ids.add(new long[] {rs.getLong(1)});
                    texts.add(rs.getBytes(2));
                    return null;
                });
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i)[0];
            long[] terms;
            try {
                terms = tx.index().terms(tx.sealer().openText(texts.get(i), TABLE, TEXT, id));
            } catch (CorruptDatabaseException e) {
                // Without the text its terms are unknown: find the rows the slow way rather than keep them.
                tx.db().update("DELETE FROM search_index WHERE message_id = ?", ps -> ps.setLong(1, id));
                continue;
            }
            for (long term : terms) {
                tx.db().update("DELETE FROM search_index WHERE token = ? AND message_id = ?", ps -> {
                    ps.setLong(1, term);
                    ps.setLong(2, id);
                });
            }
        }
        tx.db().update("DELETE FROM messages WHERE peer = ?", ps -> ps.setString(1, peer.hex()));
    }

    Message map(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        String hash = rs.getString(8);
        String failure = rs.getString(11);
        return new Message(id, AccountId.parse(rs.getString(2)), Direction.valueOf(rs.getString(3)),
                AccountId.parse(rs.getString(4)), tx.sealer().openText(rs.getBytes(5), TABLE, TEXT, id),
                rs.getLong(6), rs.getLong(7), Optional.ofNullable(hash), DeliveryState.valueOf(rs.getString(9)),
                rs.getInt(10), Optional.ofNullable(failure), rs.getLong(12));
    }

    private long nextId() {
        return tx.db().queryLong("SELECT max(id) FROM messages") + 1;
    }

    /** Inserts the message and its index terms, unless its hash is already stored; whether it did. */
    private boolean insert(Message m) {
        int rows = tx.db().update("INSERT INTO messages (id, peer, direction, sender, text_sealed, sent_at, "
                + "received_at, hash, state, stored_on, failure, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING", ps -> {
                    ps.setLong(1, m.id());
                    ps.setString(2, m.peer().hex());
                    ps.setString(3, m.direction().name());
                    ps.setString(4, m.sender().hex());
                    ps.setBytes(5, tx.sealer().sealText(m.text(), TABLE, TEXT, m.id()));
                    ps.setLong(6, m.sentAtMillis());
                    ps.setLong(7, m.receivedAtMillis());
                    ps.setString(8, m.hash().orElse(null));
                    ps.setString(9, m.state().name());
                    ps.setInt(10, m.storedOn());
                    ps.setString(11, m.failure().orElse(null));
                    ps.setLong(12, m.expiresAtMillis());
                });
        if (rows == 0) {
            return false;
        }
        long[] terms = tx.index().terms(m.text());
        // One statement for up to INDEX_ROWS terms: a statement per row costs more than the row itself.
        for (int from = 0; from < terms.length; from += INDEX_ROWS) {
            int count = Math.min(INDEX_ROWS, terms.length - from);
            int first = from;
            tx.db().update(INDEX_INSERTS.get(count - 1), ps -> {
                for (int i = 0; i < count; i++) {
                    ps.setLong(2 * i + 1, terms[first + i]);
                    ps.setLong(2 * i + 2, m.id());
                }
            });
        }
        tx.record(new StoreEvent.MessageAdded(m));
        return true;
    }
}
