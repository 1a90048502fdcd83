package org.swarmchat.swarm.api;

import java.util.List;
import java.util.Optional;

/**
 * The reply to a {@code retrieve}.
 *
 * @param messages the messages in the order the node stored them
 * @param more whether the node has more than it returned (ask again with the last hash)
 */
public record RetrieveResult(List<RetrievedMessage> messages, boolean more) {
    /** Copies the list. */
    public RetrieveResult {
        messages = List.copyOf(messages);
    }

    /** The hash to retrieve after next time: the last message's, if any. */
    public Optional<String> lastHash() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.getLast().hash());
    }
}
