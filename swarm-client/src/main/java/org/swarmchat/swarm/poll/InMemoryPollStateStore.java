package org.swarmchat.swarm.poll;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;

/** A {@link PollStateStore} in memory: for tests and throw-away clients. */
public final class InMemoryPollStateStore implements PollStateStore {
    private record Key(Ed25519PublicKey node, String pubkey, int namespace) {
    }

    private record Row(String hash, long expiresAtMillis) {
    }

    private final Map<Key, Row> lastHashes = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    @Override
    public Optional<String> lastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, long nowMillis) {
        Row row = lastHashes.get(new Key(node, pubkey, namespace.value()));
        return row == null || row.expiresAtMillis() <= nowMillis ? Optional.empty() : Optional.of(row.hash());
    }

    @Override
    public void saveLastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, String hash,
            long expiresAtMillis) {
        lastHashes.put(new Key(node, pubkey, namespace.value()), new Row(hash, expiresAtMillis));
    }

    @Override
    public boolean isSeen(String hash) {
        return seen.containsKey(hash);
    }

    @Override
    public void markSeen(String hash, long expiresAtMillis) {
        seen.merge(hash, expiresAtMillis, Math::max);
    }

    @Override
    public void purgeExpired(long nowMillis) {
        lastHashes.values().removeIf(r -> r.expiresAtMillis() <= nowMillis);
        seen.values().removeIf(expiry -> expiry <= nowMillis);
    }
}
