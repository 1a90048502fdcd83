package org.swarmchat.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.X25519PublicKey;
import org.swarmchat.swarm.api.Snode;
import org.swarmchat.swarm.api.Swarm;
import org.swarmchat.swarm.directory.SwarmCacheStore;

/**
 * The swarm client's swarm cache in {@code swarm_cache}: one row per pubkey, the members as lines of
 * {@code ed25519 x25519 ip port}.
 */
final class SqlSwarmCacheStore implements SwarmCacheStore {
    private final Store store;

    SqlSwarmCacheStore(Store store) {
        this.store = store;
    }

    @Override
    public Optional<Swarm> load(String pubkey) {
        return store.readTx(tx -> tx.db().queryOne("SELECT swarm_id, members FROM swarm_cache WHERE pubkey = ?",
                ps -> ps.setString(1, pubkey), rs -> new Swarm(rs.getString(1), decode(rs.getString(2)))));
    }

    @Override
    public void save(String pubkey, Swarm swarm) {
        store.writeTx(tx -> tx.db().update("INSERT OR REPLACE INTO swarm_cache (pubkey, swarm_id, members) "
                + "VALUES (?, ?, ?)", ps -> {
                    ps.setString(1, pubkey);
                    ps.setString(2, swarm.id());
                    ps.setString(3, encode(swarm.members()));
                }));
    }

    @Override
    public void remove(String pubkey) {
        store.writeTx(tx -> tx.db().update("DELETE FROM swarm_cache WHERE pubkey = ?",
                ps -> ps.setString(1, pubkey)));
    }

    private static String encode(List<Snode> members) {
        StringBuilder out = new StringBuilder();
        for (Snode m : members) {
            out.append(m.ed25519().hex()).append(' ').append(m.x25519().hex()).append(' ').append(m.ip()).append(' ')
                    .append(m.port()).append('\n');
        }
        return out.toString();
    }

    private static List<Snode> decode(String text) {
        List<Snode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            out.add(new Snode(Ed25519PublicKey.fromHex(f[0]), X25519PublicKey.fromHex(f[1]), f[2],
                    Integer.parseInt(f[3])));
        }
        return out;
    }
}
