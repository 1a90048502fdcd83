package org.swarmchat.app.store;

import java.util.Objects;
import org.swarmchat.crypto.AccountId;

/** What changed in a committed transaction; delivered after the commit, in commit order. */
public sealed interface StoreEvent {
    /**
     * A message was stored.
     *
     * @param message the message as stored
     */
    record MessageAdded(Message message) implements StoreEvent {
        /** Checks for null. */
        public MessageAdded {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A message's delivery state changed.
     *
     * @param message the message as updated
     */
    record MessageUpdated(Message message) implements StoreEvent {
        /** Checks for null. */
        public MessageUpdated {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * A conversation was created, changed or deleted.
     *
     * @param peer its peer
     */
    record ConversationChanged(AccountId peer) implements StoreEvent {
        /** Checks for null. */
        public ConversationChanged {
            Objects.requireNonNull(peer, "peer");
        }
    }

    /**
     * A contact was added or changed.
     *
     * @param id the contact's account
     */
    record ContactChanged(AccountId id) implements StoreEvent {
        /** Checks for null. */
        public ContactChanged {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The account was created or changed. */
    record AccountChanged() implements StoreEvent {
    }
}
