package org.swarmchat.app.store;

import java.util.List;
import java.util.Optional;

/** Outgoing messages not yet stored on the network, one row per message. Publishes no events. */
public interface OutboxTable {
    /** Adds the entry; its message must exist. */
    void add(OutboxEntry entry);

    /** Every row, oldest first. */
    List<OutboxEntry> unfinished();

    /** The entry of this message, if any. */
    Optional<OutboxEntry> get(long messageId);

    /** Records another attempt. */
    void update(long messageId, int attempts, Optional<String> lastError);

    /** Removes the entry, e.g. once stored. */
    void remove(long messageId);
}
