package org.swarmchat.app.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/**
 * A 1:1 conversation as the conversation list shows it.
 *
 * @param peer the other account
 * @param displayName the peer's name from the contact row, if any
 * @param request whether this is a message request (not accepted yet)
 * @param last the newest message, if any
 * @param unread incoming messages not read yet
 * @param lastActivity when a message was last added, or the conversation created
 */
public record Conversation(AccountId peer, Optional<String> displayName, boolean request, Optional<Message> last,
        int unread, Instant lastActivity) {
    /** Checks for nulls. */
    public Conversation {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(lastActivity, "lastActivity");
    }
}
