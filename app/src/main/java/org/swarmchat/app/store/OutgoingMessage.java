package org.swarmchat.app.store;

import java.util.Objects;
import org.swarmchat.crypto.AccountId;

/**
 * A message the account sends, to store before any network call.
 *
 * @param peer the recipient
 * @param sender the account
 * @param text the text
 * @param sentAtMillis the timestamp in the message
 * @param expectedHash the hash the network will give the stored message
 */
public record OutgoingMessage(AccountId peer, AccountId sender, String text, long sentAtMillis, String expectedHash) {
    /** Checks for nulls. */
    public OutgoingMessage {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectedHash, "expectedHash");
    }
}
