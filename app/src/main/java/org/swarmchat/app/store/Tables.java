package org.swarmchat.app.store;

/**
 * The tables as one transaction sees them. Handed to the work of {@link Store#write} (on the writer thread) or
 * {@link Store#read} (on a reader connection, where every mutating call throws {@link IllegalStateException}).
 * Valid only while that work runs.
 */
public interface Tables {
    /** The profile's account. */
    AccountTable account();

    /** The contacts. */
    ContactTable contacts();

    /** The conversations, one per peer. */
    ConversationTable conversations();

    /** The messages of all conversations. */
    MessageTable messages();

    /** Outgoing messages not yet stored on the network. */
    OutboxTable outbox();
}
