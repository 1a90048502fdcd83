package org.swarmchat.app.store;

import java.util.List;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/** The messages of all conversations, with their blind search index. */
public interface MessageTable {
    /**
     * Stores an outgoing message as {@link DeliveryState#PENDING} with {@code hash = expectedHash}, creates its
     * conversation if absent (not a request) and bumps its last activity. Publishes
     * {@link StoreEvent.MessageAdded} and {@link StoreEvent.ConversationChanged}.
     *
     * @throws IllegalStateException if a message with the expected hash is already stored
     */
    Message insertOutgoing(OutgoingMessage m);

    /**
     * Stores a received message unless its hash is already stored (then returns empty and changes nothing).
     * Otherwise adds one to the conversation's unread count and sets its last activity; the caller ensures the
     * conversation (if it did not, it is created as a request). Publishes {@link StoreEvent.MessageAdded} and
     * {@link StoreEvent.ConversationChanged}.
     */
    Optional<Message> insertIncoming(IncomingMessage m);

    /** The message with this id, if any. */
    Optional<Message> get(long id);

    /** The message with this network hash, if any. */
    Optional<Message> byHash(String hash);

    /**
     * Sets the delivery state. Publishes {@link StoreEvent.MessageUpdated}.
     *
     * @return the updated message
     * @throws java.util.NoSuchElementException if there is no message {@code id}
     */
    Message setState(long id, DeliveryState state, int storedOn, Optional<String> failure);

    /** Up to {@code limit} messages with {@code peer}, newest first, strictly older than {@code before} if given. */
    List<Message> page(AccountId peer, Optional<PageCursor> before, int limit);

    /**
     * Up to {@code limit} messages, newest first, in which every token of {@code query} matches a word: a token
     * of one character matches that word exactly, a longer one any word it begins. Case and Unicode
     * compatibility forms do not matter. An empty query finds nothing.
     */
    List<Message> search(String query, int limit);

    /** How many messages the conversation with {@code peer} holds. */
    int count(AccountId peer);
}
