package org.swarmchat.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.directory.PoolSnapshot;
import org.swarmchat.swarm.directory.SnodePoolStore;

/** The swarm client's node pool in {@code node_pool}, in the pool's order; the refresh time in {@code store_meta}. */
final class SqlSnodePoolStore implements SnodePoolStore {
    private static final String REFRESHED_AT = "node_pool_refreshed_at";

    private final Store store;

    SqlSnodePoolStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<PoolSnapshot> load() {
        return store.readTx(tx -> {
            Optional<Long> refreshed = tx.db().queryOne("SELECT value FROM store_meta WHERE name = ?",
                    ps -> ps.setString(1, REFRESHED_AT), rs -> rs.getLong(1));
            if (refreshed.isEmpty()) {
                return Optional.empty();
            }
            List<Snode> nodes = tx.db().query("SELECT ed25519, x25519, ip, port FROM node_pool ORDER BY position",
                    ps -> { }, rs -> new Snode(Ed25519PublicKey.fromHex(rs.getString(1)),
                            X25519PublicKey.fromHex(rs.getString(2)), rs.getString(3), rs.getInt(4)));
            return Optional.of(new PoolSnapshot(nodes, Instant.ofEpochMilli(refreshed.get())));
        });
    }

    @Override
    public void save(PoolSnapshot snapshot) {
        store.writeTx(tx -> {
            tx.db().update("DELETE FROM node_pool", ps -> { });
            int position = 0;
            for (Snode node : snapshot.nodes()) {
                int p = position++;
                tx.db().update("INSERT INTO node_pool (position, ed25519, x25519, ip, port) VALUES (?, ?, ?, ?, ?)",
                        ps -> {
                            ps.setInt(1, p);
                            ps.setString(2, node.ed25519().hex());
                            ps.setString(3, node.x25519().hex());
                            ps.setString(4, node.ip());
                            ps.setInt(5, node.port());
                        });
            }
            tx.db().update("INSERT OR REPLACE INTO store_meta (name, value) VALUES (?, ?)", ps -> {
                ps.setString(1, REFRESHED_AT);
                ps.setLong(2, snapshot.refreshedAt().toEpochMilli());
            });
            return null;
        });
    }
}
