package org.swarmchat.devnet.store;

/**
 * What a store did with a message, and the expiry the message now has.
 *
 * @param outcome new, extended, already there, or older than a public outbox's current message
 * @param expiry the stored expiry after the call, ms since the epoch
 */
public record StoreResult(Outcome outcome, long expiry) {
    /** The four ways a store can end, as in oxen-storage-server's {@code StoreResult}. */
    public enum Outcome {
        /** The message was not there and is now. */
        NEW,
        /** The message was there; its expiry was raised to the new one. */
        EXTENDED,
        /** The message was there with an expiry at least as late. */
        EXISTS,
        /** A public outbox already holds a newer message; nothing was stored. */
        OBSOLETE
    }

    /** Whether the message was already stored (the {@code "already": true} of the store response). */
    public boolean already() {
        return outcome != Outcome.NEW;
    }
}
