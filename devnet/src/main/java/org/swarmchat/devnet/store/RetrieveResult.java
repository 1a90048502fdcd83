package org.swarmchat.devnet.store;

import java.util.List;

/**
 * A page of messages, oldest first, and whether more were left out by the count or size limit.
 *
 * @param messages the messages in insertion order
 * @param more whether the limits cut the page short
 */
public record RetrieveResult(List<StoredMessage> messages, boolean more) {
    /** Copies the list. */
    public RetrieveResult {
        messages = List.copyOf(messages);
    }
}
