package org.swarmchat.app.store;

import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;
import org.swarmchat.swarm.poll.PollStateStore;

/** The poller's state in {@code poll_state} and {@code seen_hashes}, with the in-memory store's semantics. */
final class SqlPollStateStore implements PollStateStore {
    private final Store store;

    SqlPollStateStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> lastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, long nowMillis) {
        return store.readTx(tx -> tx.db().queryOne("SELECT last_hash FROM poll_state WHERE node = ? AND pubkey = ? "
                + "AND namespace = ? AND expires > ?", ps -> {
                    ps.setString(1, node.hex());
                    ps.setString(2, pubkey);
                    ps.setInt(3, namespace.value());
                    ps.setLong(4, nowMillis);
                }, rs -> rs.getString(1)));
    }

    @Override
    public void saveLastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, String hash,
            long expiresAtMillis) {
        store.writeTx(tx -> tx.db().update("INSERT OR REPLACE INTO poll_state (node, pubkey, namespace, last_hash, "
                + "expires) VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, node.hex());
                    ps.setString(2, pubkey);
                    ps.setInt(3, namespace.value());
                    ps.setString(4, hash);
                    ps.setLong(5, expiresAtMillis);
                }));
    }

    @Override
    public boolean isSeen(String hash) {
        return store.readTx(tx -> tx.db().queryLong("SELECT count(*) FROM seen_hashes WHERE hash = ?",
                ps -> ps.setString(1, hash), 0) > 0);
    }

    @Override
    public void markSeen(String hash, long expiresAtMillis) {
        store.writeTx(tx -> tx.db().update("INSERT INTO seen_hashes (hash, expires) VALUES (?, ?) "
                + "ON CONFLICT (hash) DO UPDATE SET expires = max(expires, excluded.expires)", ps -> {
                    ps.setString(1, hash);
                    ps.setLong(2, expiresAtMillis);
                }));
    }

    @Override
    public void purgeExpired(long nowMillis) {
        store.writeTx(tx -> {
            tx.db().update("DELETE FROM poll_state WHERE expires <= ?", ps -> ps.setLong(1, nowMillis));
            return tx.db().update("DELETE FROM seen_hashes WHERE expires <= ?", ps -> ps.setLong(1, nowMillis));
        });
    }
}
