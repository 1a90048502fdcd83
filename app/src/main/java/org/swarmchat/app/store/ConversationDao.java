package org.swarmchat.app.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The {@code conversations} table; the display name comes from the contact row, the last message from messages. */
final class ConversationDao implements ConversationTable {
    private static final String SELECT = "SELECT c.peer, c.request, c.unread, c.last_activity, k.display_name_sealed "
            + "FROM conversations c LEFT JOIN contacts k ON k.account_id = c.peer ";

    private final Tx tx;

    ConversationDao(Tx tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Conversation> get(AccountId peer) {
        return tx.db().queryOne(SELECT + "WHERE c.peer = ?", ps -> ps.setString(1, peer.hex()), this::map);
    }

    @Override
    public List<Conversation> list(boolean requests) {
        return tx.db().query(SELECT + "WHERE c.request = ? ORDER BY c.last_activity DESC, c.peer",
                ps -> ps.setInt(1, requests ? 1 : 0), this::map);
    }

    @Override
    public void ensure(AccountId peer, boolean request, Instant at) {
        tx.requireWritable();
        if (insertIfAbsent(peer, request, at.toEpochMilli())) {
            tx.record(new StoreEvent.ConversationChanged(peer));
        }
    }

    /** Creates the conversation if absent, without an event; whether it did. */
    boolean insertIfAbsent(AccountId peer, boolean request, long atMillis) {
        return tx.db().update("INSERT OR IGNORE INTO conversations (peer, request, unread, last_activity) "
                + "VALUES (?, ?, 0, ?)", ps -> {
                    ps.setString(1, peer.hex());
                    ps.setInt(2, request ? 1 : 0);
                    ps.setLong(3, atMillis);
                }) > 0;
    }

    @Override
    public void setRequest(AccountId peer, boolean request) {
        tx.requireWritable();
        changed(peer, tx.db().update("UPDATE conversations SET request = ? WHERE peer = ? AND request <> ?", ps -> {
            ps.setInt(1, request ? 1 : 0);
            ps.setString(2, peer.hex());
            ps.setInt(3, request ? 1 : 0);
        }));
    }

    @Override
    public void markRead(AccountId peer) {
        tx.requireWritable();
        changed(peer, tx.db().update("UPDATE conversations SET unread = 0 WHERE peer = ? AND unread <> 0",
                ps -> ps.setString(1, peer.hex())));
    }

    @Override
    public void delete(AccountId peer) {
        tx.requireWritable();
        tx.messages().deleteAllWith(peer);
        changed(peer, tx.db().update("DELETE FROM conversations WHERE peer = ?", ps -> ps.setString(1, peer.hex())));
    }

    /** Records activity: the last activity moves forward to {@code atMillis}, the unread count up by {@code unread}. */
    void touch(AccountId peer, long atMillis, int unread) {
        tx.db().update("UPDATE conversations SET last_activity = max(last_activity, ?), unread = unread + ? "
                + "WHERE peer = ?", ps -> {
                    ps.setLong(1, atMillis);
                    ps.setInt(2, unread);
                    ps.setString(3, peer.hex());
                });
        tx.record(new StoreEvent.ConversationChanged(peer));
    }

    private void changed(AccountId peer, int rows) {
        if (rows > 0) {
            tx.record(new StoreEvent.ConversationChanged(peer));
        }
    }

    private Conversation map(ResultSet rs) throws SQLException {
        String hex = rs.getString(1);
        AccountId peer = AccountId.parse(hex);
        return new Conversation(peer, tx.contacts().openName(rs.getBytes(5), hex), rs.getInt(2) != 0,
                tx.messages().newest(peer), rs.getInt(3), Instant.ofEpochMilli(rs.getLong(4)));
    }
}
