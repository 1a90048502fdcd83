package org.swarmchat.app.store;

import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/**
 * A stored message. The text is sealed on disk; everything else is in clear (see ADR 0005).
 *
 * @param id the row id, assigned by the store
 * @param peer the conversation's peer
 * @param direction in or out
 * @param sender who wrote it (the peer for incoming messages, the account for outgoing ones)
 * @param text the text
 * @param sentAtMillis the sender's timestamp
 * @param receivedAtMillis when it was stored here
 * @param hash the network message hash, if known
 * @param state the delivery state
 * @param storedOn how many swarm members confirmed the store
 * @param failure why sending failed, for {@link DeliveryState#FAILED}
 * @param expiresAtMillis when the network forgets it; 0 if unknown
 */
public record Message(long id, AccountId peer, Direction direction, AccountId sender, String text, long sentAtMillis,
        long receivedAtMillis, Optional<String> hash, DeliveryState state, int storedOn, Optional<String> failure,
        long expiresAtMillis) {
    /** Checks for nulls. */
    public Message {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(failure, "failure");
    }
}
