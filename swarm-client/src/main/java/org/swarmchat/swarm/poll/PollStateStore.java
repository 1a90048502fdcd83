package org.swarmchat.swarm.poll;

import java.util.Optional;
import org.swarmchat.crypto.Ed25519PublicKey;
import org.swarmchat.crypto.request.Namespace;

/**
 * What the poller remembers between polls and runs (SPEC §7; the app keeps it in its {@code poll_state} table):
 * the last hash retrieved per (node, pubkey, namespace), and the hashes already delivered. Both kinds of rows
 * carry an expiry (the message's own): an expired last hash is forgotten, after which the node is asked for
 * everything again, and an expired seen hash can no longer come back, so it need not be kept.
 *
 * <p>Implementations must be thread-safe; the poller calls from virtual threads.
 */
public interface PollStateStore {
    /** The last hash retrieved from {@code node} for {@code pubkey} in {@code namespace}, unless expired. */
    Optional<String> lastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, long nowMillis);

    /** Records the last hash retrieved, valid until {@code expiresAtMillis}. */
    void saveLastHash(Ed25519PublicKey node, String pubkey, Namespace namespace, String hash, long expiresAtMillis);

    /** Whether the message {@code hash} was delivered before (and has not expired since). */
    boolean isSeen(String hash);

    /** Marks the message {@code hash} as delivered, until {@code expiresAtMillis}. */
    void markSeen(String hash, long expiresAtMillis);

    /** Deletes rows that expired before {@code nowMillis}. */
    void purgeExpired(long nowMillis);
}
