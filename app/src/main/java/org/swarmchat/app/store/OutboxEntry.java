package org.swarmchat.app.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.swarmchat.crypto.AccountId;

/**
 * A sealed message waiting to be stored on the network; the data is sealed again on disk.
 *
 * @param messageId the message it carries
 * @param recipient whose swarm to store it in
 * @param namespace the namespace to store it in
 * @param data the bytes to store; copied in and out
 * @param ttl how long the network keeps it
 * @param expectedHash the hash the network will give it
 * @param attempts store attempts so far
 * @param lastError why the last attempt failed, if it did
 * @param createdAt when it was queued
 */
public record OutboxEntry(long messageId, AccountId recipient, int namespace, byte[] data, Duration ttl,
        String expectedHash, int attempts, Optional<String> lastError, Instant createdAt) {
    /** Checks for nulls and copies the data. */
    public OutboxEntry {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(expectedHash, "expectedHash");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        data = data.clone();
    }

    /** A copy of the data. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutboxEntry e && messageId == e.messageId && recipient.equals(e.recipient)
                && namespace == e.namespace && java.util.Arrays.equals(data, e.data) && ttl.equals(e.ttl)
                && expectedHash.equals(e.expectedHash) && attempts == e.attempts && lastError.equals(e.lastError)
                && createdAt.equals(e.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, recipient, namespace, java.util.Arrays.hashCode(data), ttl, expectedHash,
                attempts, lastError, createdAt);
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + messageId + " to " + recipient + ", ns " + namespace + ", " + data.length
                + " B, attempts " + attempts + lastError.map(e -> ", " + e).orElse("") + "]";
    }
}
