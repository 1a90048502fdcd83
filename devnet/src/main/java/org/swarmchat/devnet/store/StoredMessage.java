package org.swarmchat.devnet.store;

import java.util.Objects;

/**
 * One message as a storage node keeps it.
 *
 * @param hash the message hash of SPEC §3.5 (43 characters of unpadded base64), unique per store
 * @param owner the owner's pubkey as 66 lower-case hex characters, type prefix included
 * @param namespace the namespace, -32768..32767
 * @param timestamp the store request's timestamp, ms since the epoch
 * @param expiry when the message expires, ms since the epoch
 * @param data the message bytes (not base64)
 */
public record StoredMessage(String hash, String owner, int namespace, long timestamp, long expiry, byte[] data) {
    /** Checks that nothing is missing. */
    public StoredMessage {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(data, "data");
    }

    /** The same message with another expiry. */
    public StoredMessage withExpiry(long newExpiry) {
        return new StoredMessage(hash, owner, namespace, timestamp, newExpiry, data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredMessage m && m.hash.equals(hash) && m.owner.equals(owner)
                && m.namespace == namespace && m.timestamp == timestamp && m.expiry == expiry
                && java.util.Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "StoredMessage[" + hash + ", ns=" + namespace + ", " + data.length + " bytes]";
    }
}
