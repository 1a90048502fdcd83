package org.swarmchat.swarm.api;

import java.util.Map;
import java.util.Objects;
import org.swarmchat.crypto.Ed25519PublicKey;

/**
 * The outcome of a {@code store}: the message hash and what each swarm member reported (SPEC §3.4.1). A member
 * counts as holding the message only if it reported the expected hash and signed it with its key.
 *
 * @param hash the message hash, as computed locally from the request
 * @param swarm each member's report, by member identity
 */
public record StoreResult(String hash, Map<Ed25519PublicKey, NodeResult<StoredCopy>> swarm) {
    /** Copies the map. */
    public StoreResult {
        Objects.requireNonNull(hash, "hash");
        swarm = Map.copyOf(swarm);
    }

    /** How many members confirmed, with a valid signature, that they hold the message. */
    public int storedCount() {
        return (int) swarm.values().stream().filter(NodeResult::isConfirmed).count();
    }

    /** How many members the entry node reported on, including failed ones. */
    public int memberCount() {
        return swarm.size();
    }

    /**
     * One member's copy.
     *
     * @param hash the hash it computed
     * @param expiryMs when it will drop the message, ms since the epoch
     * @param already whether it had the message before this request
     */
    public record StoredCopy(String hash, long expiryMs, boolean already) {
        /** Checks the hash is present. */
        public StoredCopy {
            Objects.requireNonNull(hash, "hash");
        }
    }
}
