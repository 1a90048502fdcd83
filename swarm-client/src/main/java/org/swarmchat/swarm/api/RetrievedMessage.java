package org.swarmchat.swarm.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A message as a swarm returns it (SPEC §3.4.2).
 *
 * @param hash its hash, also the next {@code last_hash}
 * @param timestampMs the timestamp it was stored with, ms since the epoch
 * @param expirationMs when the swarm drops it, ms since the epoch
 * @param data the stored bytes
 */
public record RetrievedMessage(String hash, long timestampMs, long expirationMs, byte[] data) {
    /** Copies the data. */
    public RetrievedMessage {
        Objects.requireNonNull(hash, "hash");
        data = data.clone();
    }

    /** A copy of the stored bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievedMessage m && hash.equals(m.hash) && timestampMs == m.timestampMs
                && expirationMs == m.expirationMs && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievedMessage[" + hash + ", " + data.length + " bytes, expires " + expirationMs + "]";
    }
}
