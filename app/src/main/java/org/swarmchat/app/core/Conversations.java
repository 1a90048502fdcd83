package org.swarmchat.app.core;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.swarmchat.app.store.Contact;
import org.swarmchat.app.store.ContactState;
import org.swarmchat.app.store.Conversation;
import org.swarmchat.app.store.Message;
import org.swarmchat.app.store.PageCursor;
import org.swarmchat.app.store.Store;
import org.swarmchat.crypto.AccountId;

/**
 * Conversations, message requests and blocking, read and changed through the store. A first message from an
 * account that is not a contact opens a message request; accepting makes it a conversation, deleting removes it
 * (a later message opens a new request), blocking removes it and drops everything the account sends from then on.
 */
public final class Conversations {
    /** The most messages one history page holds. */
    public static final int MAX_PAGE = 500;

    private final Store store;
    private final Clock clock;

    /** Conversations of the profile whose store is {@code store}. */
    public Conversations(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Accepted conversations, newest activity first. */
    public List<Conversation> list() {
        return store.read(tables -> tables.conversations().list(false));
    }

    /** Message requests, newest first. */
    public List<Conversation> requests() {
        return store.read(tables -> tables.conversations().list(true));
    }

    /** The conversation with {@code peer}, if there is one. */
    public Optional<Conversation> find(AccountId peer) {
        return store.read(tables -> tables.conversations().get(peer));
    }

    /**
     * A page of the conversation with {@code peer}, newest first, older than {@code before} when given.
     *
     * @throws IllegalArgumentException if {@code limit} is not 1 to {@value #MAX_PAGE}
     */
    public List<Message> history(AccountId peer, Optional<PageCursor> before, int limit) {
        checkLimit(limit);
        return store.read(tables -> tables.messages().page(peer, before, limit));
    }

    /**
     * Messages whose words start with every word of {@code query}, newest first.
     *
     * @throws IllegalArgumentException if the query has no word or {@code limit} is out of range
     */
    public List<Message> search(String query, int limit) {
        checkLimit(limit);
        if (query == null || query.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("a search needs at least one word");
        }
        return store.read(tables -> tables.messages().search(query, limit));
    }

    /** Marks every message of the conversation read. */
    public void markRead(AccountId peer) {
        store.writeAndWait(tables -> {
            tables.conversations().markRead(peer);
            return null;
        });
    }

    /**
     * Accepts the message request of {@code peer}: it becomes a conversation and {@code peer} a contact.
     *
     * @throws IllegalArgumentException if there is no request from {@code peer}
     */
    public void accept(AccountId peer) {
        store.writeAndWait(tables -> {
            Conversation request = requireRequest(tables.conversations().get(peer), peer);
            tables.conversations().setRequest(request.peer(), false);
            Optional<Contact> contact = tables.contacts().get(peer);
            tables.contacts().upsert(new Contact(peer, contact.flatMap(Contact::displayName), ContactState.ACCEPTED,
                    clock.instant()));
            return null;
        });
    }

    /**
     * Deletes the conversation or request with {@code peer} and its messages. The account is not blocked: a later
     * message from it opens a new request.
     *
     * @throws IllegalArgumentException if there is no conversation with {@code peer}
     */
    public void delete(AccountId peer) {
        store.writeAndWait(tables -> {
            if (tables.conversations().get(peer).isEmpty()) {
                throw new IllegalArgumentException("there is no conversation with " + peer.hex());
            }
            tables.conversations().delete(peer);
            Optional<Contact> contact = tables.contacts().get(peer);
            if (contact.isPresent() && contact.get().state() == ContactState.ACCEPTED) {
                tables.contacts().upsert(new Contact(peer, contact.get().displayName(), ContactState.REQUEST,
                        clock.instant()));
            }
            return null;
        });
    }

    /** Blocks {@code peer}: its conversation goes, and what it sends from now on is dropped. */
    public void block(AccountId peer) {
        store.writeAndWait(tables -> {
            Optional<Contact> contact = tables.contacts().get(peer);
            tables.contacts().upsert(new Contact(peer, contact.flatMap(Contact::displayName), ContactState.BLOCKED,
                    clock.instant()));
            if (tables.conversations().get(peer).isPresent()) {
                tables.conversations().delete(peer);
            }
            return null;
        });
    }

    /**
     * Unblocks {@code peer}; it becomes a contact again.
     *
     * @throws IllegalArgumentException if {@code peer} is not blocked
     */
    public void unblock(AccountId peer) {
        store.writeAndWait(tables -> {
            Optional<Contact> contact = tables.contacts().get(peer);
            if (contact.isEmpty() || contact.get().state() != ContactState.BLOCKED) {
                throw new IllegalArgumentException(peer.hex() + " is not blocked");
            }
            tables.contacts().upsert(new Contact(peer, contact.get().displayName(), ContactState.ACCEPTED,
                    clock.instant()));
            return null;
        });
    }

    /** Blocked accounts. */
    public List<Contact> blocked() {
        return store.read(tables -> tables.contacts().all().stream()
                .filter(c -> c.state() == ContactState.BLOCKED).toList());
    }

    private static Conversation requireRequest(Optional<Conversation> conversation, AccountId peer) {
        if (conversation.isEmpty() || !conversation.get().request()) {
            throw new IllegalArgumentException("there is no message request from " + peer.hex());
        }
        return conversation.get();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " messages, not " + limit);
        }
    }
}
