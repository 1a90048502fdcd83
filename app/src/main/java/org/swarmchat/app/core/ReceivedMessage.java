package org.swarmchat.app.core;

import java.util.Objects;
import java.util.Optional;
import org.swarmchat.app.store.Message;

/**
 * A message just received and stored.
 *
 * @param message the stored message
 * @param displayName the name its sender attached, if any
 * @param request whether it landed in message requests (its sender is not a contact yet)
 */
public record ReceivedMessage(Message message, Optional<String> displayName, boolean request) {
    /** Checks that nothing is missing. */
    public ReceivedMessage {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(displayName, "displayName");
    }
}
