package org.swarmchat.app.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The conversations, one per peer. Each mutating call publishes {@link StoreEvent.ConversationChanged}. */
public interface ConversationTable {
    /** The conversation with {@code peer}, if any. */
    Optional<Conversation> get(AccountId peer);

    /**
     * The accepted conversations ({@code requests} false) or the message requests (true), newest activity first.
     */
    List<Conversation> list(boolean requests);

    /** Creates the conversation if absent; changes nothing if present. */
    void ensure(AccountId peer, boolean request, Instant at);

    /** Moves the conversation between requests and accepted ones; nothing if absent. */
    void setRequest(AccountId peer, boolean request);

    /** Sets the unread count to zero; nothing if absent. */
    void markRead(AccountId peer);

    /** Deletes the conversation with its messages, their search-index rows and their outbox rows. */
    void delete(AccountId peer);
}
