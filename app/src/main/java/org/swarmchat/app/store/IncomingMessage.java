package org.swarmchat.app.store;

import java.util.Objects;
import org.swarmchat.crypto.AccountId;

/**
 * A received message to store; its conversation's peer is the sender.
 *
 * @param sender who sent it
 * @param hash the network message hash: the deduplication key
 * @param text the text
 * @param sentAtMillis the sender's timestamp
 * @param receivedAtMillis when it was retrieved
 * @param expiresAtMillis when the network forgets it
 */
public record IncomingMessage(AccountId sender, String hash, String text, long sentAtMillis, long receivedAtMillis,
        long expiresAtMillis) {
    /** Checks for nulls. */
    public IncomingMessage {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(text, "text");
    }
}
